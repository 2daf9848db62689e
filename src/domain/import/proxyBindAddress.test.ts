// kube-proxy's bindAddress was added as one row of the field table (plus its plan field and
// default): this follows it through every consumer of the table.
import { describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../plan/defaults.ts';
import { renderPlanFiles } from '../render/files.ts';
import { validatePlan } from '../validation/plan/validatePlan.ts';
import { importConfigFiles } from './importConfig.ts';

function proxyPlan(bindAddress: string) {
  const plan = createDefaultPlan();
  plan.components.kubeProxy = true;
  plan.components.proxyBindAddress = bindAddress;
  return plan;
}

describe('kube-proxy bindAddress, a field of the table', () => {
  it('is written into the KubeProxyConfiguration, canonical, and left out when empty', () => {
    const [init] = renderPlanFiles(proxyPlan('FD00::0010'));
    const at = init?.documents.findIndex((d) => d.document.kind === 'KubeProxyConfiguration');
    expect(init?.documents[at ?? -1]?.document).toMatchObject({ bindAddress: 'fd00::10' });
    expect(init?.sources).toEqual(
      expect.arrayContaining([
        { document: at, path: 'bindAddress', field: 'components.proxyBindAddress' },
      ]),
    );
    const [plain] = renderPlanFiles(proxyPlan(''));
    expect(plain?.text).not.toContain('bindAddress');
  });

  it('is read back from a file into the plan, not kept as an unmodelled field', () => {
    const [init] = renderPlanFiles(proxyPlan('::'));
    const imported = importConfigFiles([{ name: 'kubeadm-config.yaml', text: init?.text ?? '' }]);
    expect(imported.plan?.components.proxyBindAddress).toBe('::');
    expect(imported.unmodelled).toEqual([]);
  });

  it('is checked as kube-proxy checks it, with the issue on the field', () => {
    const issues = validatePlan(proxyPlan('0.0.0.0.0')).filter((i) => i.severity === 'error');
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['ip_syntax', 'components.proxyBindAddress'],
    ]);
  });
});
