import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * A running cluster's pasted objects, shared with the domain's unit tests: the kubeadm-config
 * ConfigMap, `kubectl get nodes -o json`, pods and Services (src/domain/validation/diagnose/__fixtures__).
 */
export function clusterFixture(name: string): string {
  const url = new URL(`../src/domain/validation/diagnose/__fixtures__/${name}`, import.meta.url);
  return readFileSync(fileURLToPath(url), 'utf8');
}
