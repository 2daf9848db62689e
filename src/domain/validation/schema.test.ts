import { describe, expect, it } from 'vitest';
import { createDefaultPlan, createNode } from '../plan/defaults.ts';
import { validatePlan } from './plan/validatePlan.ts';
import { blocksNext, createPlanSchema } from './schema.ts';

describe('createPlanSchema', () => {
  it('accepts a plan whose only findings are warnings', () => {
    const plan = createDefaultPlan();
    plan.networking.podSubnet.ipv6 = '2001:db8:42::/56';
    expect(createPlanSchema().safeParse(plan).success).toBe(true);
  });

  it('puts each error on its field path with the catalogue message and the rule code', () => {
    const plan = createDefaultPlan();
    plan.networking.serviceSubnet.ipv6 = 'fd00::/64';
    const result = createPlanSchema().safeParse(plan);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: ['networking', 'serviceSubnet', 'ipv6'],
        message:
          'Service subnet fd00::/64 is too large; for 128-bit addresses the prefix must be /108 or longer.',
        params: { rule: 'service_subnet_too_large' },
      }),
    ]);
  });

  it('uses numbers for list indices in paths', () => {
    const plan = createDefaultPlan();
    plan.nodes[0]!.ips.ipv4 = '192.168.10.300';
    const result = createPlanSchema().safeParse(plan);
    expect(result.error?.issues[0]?.path).toEqual(['nodes', 0, 'ips', 'ipv4']);
  });

  it('does not stop Next for a CA hash, which exists only after kubeadm init, but does for the token', () => {
    const plan = createDefaultPlan();
    plan.nodes.push(createNode('worker', 'w-1'));
    plan.nodes[1]!.ips = { ipv4: '192.168.10.21', ipv6: 'fd00:192:168:10::21' };
    const errors = validatePlan(plan).filter((i) => i.severity === 'error');
    const hash = errors.find((i) => i.code === 'ca_cert_hash_missing');
    const token = errors.find((i) => i.code === 'token_format');
    expect(hash?.path).toBe('discovery.caCertHashes');
    expect(blocksNext(hash!)).toBe(false);
    expect(blocksNext(token!)).toBe(true);
    const paths = createPlanSchema()
      .safeParse(plan)
      .error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(['discovery.token']);
    // With the token given, the missing hash alone does not stop Next.
    plan.discovery.token = 'abcdef.0123456789abcdef';
    expect(createPlanSchema().safeParse(plan).success).toBe(true);
  });
});
