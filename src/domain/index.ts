// The domain's public surface: the UI and the CLI import from here only.
export * from './net/types.ts';
export * from './plan/plan.ts';
export * from './plan/defaults.ts';
export * from './kubeadm/documents.ts';
export * from './validation/issues.ts';
