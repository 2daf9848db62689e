import { describe, expect, it } from 'vitest';
import { STEP_IDS, type StepId } from '../../domain/core.ts';
import type { Issue } from '../../domain/index.ts';
import { stepOfField } from './fieldPaths.ts';
import { stepStatuses } from './stepStatus.ts';

const steps = STEP_IDS.map((id) => ({ id }));
const issue = (path: string, severity: Issue['severity'] = 'error'): Issue => ({
  code: 'cidr_syntax',
  severity,
  path,
  params: { value: 'x' },
});
const kinds = (issues: Issue[], current: number, reached: number) =>
  stepStatuses(steps, issues, current, reached, stepOfField).map((s) => s.kind);
const at = (id: StepId) => STEP_IDS.indexOf(id);

describe('stepStatuses', () => {
  it('counts each issue on the step that shows its field, errors before warnings', () => {
    const statuses = stepStatuses(
      steps,
      [
        issue('networking.podSubnet.ipv4'),
        issue('networking.serviceSubnet.ipv4'),
        issue('clusterName', 'warning'),
        issue('', 'error'),
      ],
      at('nodes'),
      at('nodes') + 1,
      stepOfField,
    );
    expect(statuses[at('networking')]).toEqual({ kind: 'errors', count: 2 });
    expect(statuses[at('cluster')]).toEqual({ kind: 'warnings', count: 1 });
    expect(statuses[at('controlPlane')]).toEqual({ kind: 'done' });
    expect(statuses[at('nodes')]).toEqual({ kind: 'current' });
  });

  it('keeps the errors of a step not visited yet to itself', () => {
    expect(kinds([issue('discovery.token')], at('networking'), at('networking') + 1)).toEqual([
      'done',
      'current',
      'notVisited',
      'notVisited',
      'notVisited',
      'notVisited',
    ]);
    expect(kinds([issue('discovery.token')], at('review'), STEP_IDS.length)[at('discovery')]).toBe(
      'errors',
    );
  });

  it('shows the errors of the step on screen', () => {
    expect(kinds([issue('networking.podSubnet.ipv4')], at('networking'), 2)[1]).toBe('errors');
  });
});
