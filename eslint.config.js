import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import playwright from 'eslint-plugin-playwright';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import domainLayers from './eslint/domain-layers.js';

const libraryBans = [
  { name: 'ipaddr.js', message: 'Only src/domain/net/ip.ts imports ipaddr.js.' },
  {
    name: 'yaml',
    message:
      'Only src/domain/text/yaml.ts (reading) and src/domain/render/yaml.ts (writing) import yaml.',
  },
];

const domainBans = [
  {
    group: ['react', 'react-*', 'react/*', 'react-dom/*'],
    message: 'src/domain is pure: no React.',
  },
  { group: ['react-hook-form', '@hookform/*'], message: 'src/domain is pure: no form library.' },
  { group: ['**/ui/**', '**/cli/**'], message: 'src/domain must not import the UI or the CLI.' },
];

// src/domain's layers, lowest first: a file in one may import only its own layer and those before
// it (README, Layout). __fixtures__ at the domain root holds test data any layer may read.
const domainLayerOrder = ['net', 'text', 'kubeadm', 'plan', 'render', 'validation', 'import'];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-cli',
      'node_modules',
      'reports',
      'test-results',
      'playwright-report',
      'eslint.config.js',
      '.scratch',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      'no-console': 'error',
    },
  },
  {
    files: ['src/**'],
    rules: { 'no-restricted-imports': ['error', { paths: libraryBans }] },
  },
  {
    files: ['src/domain/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': ['error', { paths: libraryBans, patterns: domainBans }],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'process',
      ],
    },
  },
  {
    files: ['src/domain/**'],
    plugins: { domain: domainLayers },
    rules: {
      'domain/layers': [
        'error',
        {
          root: `${import.meta.dirname}/src/domain`,
          layers: domainLayerOrder,
          shared: ['__fixtures__'],
        },
      ],
    },
  },
  {
    files: ['src/domain/net/ip.ts', 'src/domain/text/yaml.ts', 'src/domain/render/yaml.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: domainBans }] },
  },
  {
    files: ['src/ui/**', 'src/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: libraryBans,
          patterns: [
            {
              group: ['**/domain/**', '!**/domain/index.ts', '!**/domain/core.ts'],
              message:
                'Import the domain through src/domain/index.ts (or its light part, core.ts) only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: { ...reactHooks.configs.recommended.rules, 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['src/cli/**', 'scripts/**', '*.config.ts', '**/*.mjs'],
    languageOptions: { globals: globals.node },
    rules: { 'no-console': 'off' },
  },
  {
    files: ['e2e/**'],
    ...playwright.configs['flat/recommended'],
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
);
