import { describe, expect, it } from 'vitest';
import { checkInitConfiguration } from './init-configuration.ts';

const ctx = { file: 'init.yaml', document: 1, apiVersion: 'kubeadm.k8s.io/v1beta4' };

describe('checkInitConfiguration', () => {
  it('treats a bindPort of 0 as the default and checks any other value', () => {
    const at = (bindPort: number) =>
      checkInitConfiguration(
        { kind: 'InitConfiguration', localAPIEndpoint: { bindPort } },
        ctx,
      ).map((i) => i.path);
    expect(at(0)).toEqual([]);
    expect(at(6443)).toEqual([]);
    expect(at(-1)).toEqual(['localAPIEndpoint.bindPort']);
  });

  it('places bootstrap token issues under the entry index', () => {
    const issues = checkInitConfiguration(
      {
        kind: 'InitConfiguration',
        bootstrapTokens: [
          { token: 'abcdef.0123456789abcdef' },
          { token: 'nope', ttl: 'soon', usages: ['signing'], groups: ['system:bootstrappers:x'] },
        ],
      },
      ctx,
    );
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['token_format', 'bootstrapTokens.1.token'],
      ['bootstrap_token_ttl', 'bootstrapTokens.1.ttl'],
      expect.arrayContaining(['bootstrapTokens.1.groups']),
    ]);
    expect(issues.every((i) => i.file === 'init.yaml' && i.document === 1)).toBe(true);
  });

  it('checks the node name, CRI socket, certificate key and patches directory', () => {
    const issues = checkInitConfiguration(
      {
        kind: 'InitConfiguration',
        nodeRegistration: { name: '   ', criSocket: 'tcp://x' },
        certificateKey: 'xyz',
        patches: { directory: 'patches' },
      },
      ctx,
    );
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['dns_name', 'nodeRegistration.name'],
      ['cri_socket', 'nodeRegistration.criSocket'],
      ['certificate_key_format', 'certificateKey'],
      ['absolute_path', 'patches.directory'],
    ]);
  });

  it('accepts an empty InitConfiguration, which kubeadm fills with defaults', () => {
    expect(checkInitConfiguration({ kind: 'InitConfiguration' }, ctx)).toEqual([]);
  });

  it('refuses "all" next to individual checks in nodeRegistration.ignorePreflightErrors', () => {
    const at = (ignorePreflightErrors: string[]) =>
      checkInitConfiguration(
        { kind: 'InitConfiguration', nodeRegistration: { ignorePreflightErrors } },
        ctx,
      ).map((i) => [i.code, i.document, i.path]);
    expect(at(['all', 'NumCPU', 'Mem'])).toEqual([
      ['ignore_preflight_errors', 1, 'nodeRegistration.ignorePreflightErrors'],
    ]);
    expect(at(['ALL', ''])).toEqual([
      ['ignore_preflight_errors', 1, 'nodeRegistration.ignorePreflightErrors'],
    ]);
    expect(at(['all'])).toEqual([]);
    expect(at(['NumCPU', 'Mem'])).toEqual([]);
  });
});
