import { describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../plan/defaults.ts';
import { createPlanSchema } from './schema.ts';

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
});
