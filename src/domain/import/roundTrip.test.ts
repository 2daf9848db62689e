import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderPlanFiles } from '../render/files.ts';
import { fullPlanArbitrary } from './__fixtures__/arbitraries.ts';
import { importConfigFiles } from './importConfig.ts';
import type { ClusterPlan } from '../plan/plan.ts';

const texts = (plan: ClusterPlan) =>
  renderPlanFiles(plan).map((file) => ({ name: file.name, text: file.text }));

describe('importConfigFiles (round trip)', () => {
  it('imports rendered files to a plan that renders the identical YAML, file by file', () => {
    fc.assert(
      fc.property(fullPlanArbitrary, (plan) => {
        const files = texts(plan);
        const imported = importConfigFiles(files);
        expect(imported.plan).toBeDefined();
        expect(imported.unmodelled).toEqual([]);
        expect(imported.plan?.extras).toEqual({});
        expect(texts(imported.plan ?? plan)).toEqual(files);
      }),
      { numRuns: 200 },
    );
    // 200 full render-and-import round trips: seconds on a loaded 2-core machine.
  }, 30_000);

  it('covers both API versions, every stack and control-plane joins', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(fullPlanArbitrary, (plan) => {
        const joins = plan.nodes.slice(1).some((n) => n.role === 'control-plane');
        seen.add(`${plan.apiVersion}/${plan.networking.stack}/${joins ? 'cp-join' : 'no-cp-join'}`);
      }),
      { numRuns: 300 },
    );
    expect(seen.size).toBe(16);
  });
});
