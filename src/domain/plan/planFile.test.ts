import { describe, expect, it } from 'vitest';
import { createDefaultPlan } from './defaults.ts';
import { parsePlanText, planToJson } from './planFile.ts';

describe('parsePlanText', () => {
  it('reads back exactly what planToJson wrote', () => {
    const plan = createDefaultPlan();
    plan.nodes.push({ ...plan.nodes[0]!, name: 'w-1', role: 'worker' });
    expect(parsePlanText('p.json', planToJson(plan))).toEqual({ plan, issues: [] });
  });

  it('fills fields an older file lacks with their defaults', () => {
    const { plan, issues } = parsePlanText(
      'p.json',
      '{"schemaVersion":1,"networking":{"stack":"ipv4"}}',
    );
    expect(issues).toEqual([]);
    expect(plan?.networking.stack).toBe('ipv4');
    expect(plan?.networking.serviceSubnet).toEqual(createDefaultPlan().networking.serviceSubnet);
  });

  it('reports wrong types, unknown fields and bad choices with their paths', () => {
    const text = JSON.stringify({
      schemaVersion: 1,
      networking: { stack: 'triple', dnsDomain: 5 },
      nodes: [{ name: 'a', role: 'boss', extra: true }],
    });
    const { plan, issues } = parsePlanText('p.json', text);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_choice', 'networking.stack'],
      ['field_type', 'networking.dnsDomain'],
      ['invalid_choice', 'nodes.0.role'],
      ['unknown_field', 'nodes.0.extra'],
    ]);
    expect(plan?.networking.stack).toBe(createDefaultPlan().networking.stack);
    expect(plan?.nodes[0]?.role).toBe('worker');
  });

  it('refuses text that is not JSON, JSON that is not a plan, and plans from a newer format', () => {
    expect(parsePlanText('p.json', '{"schemaVersion":').issues[0]?.params).toEqual({
      reason: 'not_json',
    });
    expect(parsePlanText('p.json', '[1,2]').issues[0]?.params).toEqual({ reason: 'not_a_plan' });
    expect(
      parsePlanText('p.json', '{"schemaVersion":99,"networking":{}}').issues[0]?.params,
    ).toEqual({
      reason: 'unsupported_version',
      version: '99',
    });
  });
});
