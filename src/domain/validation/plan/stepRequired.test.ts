import { describe, expect, it } from 'vitest';
import { createDefaultPlan } from '../../plan/defaults.ts';
import { checkStepRequired } from './stepRequired.ts';
import { validatePlan } from './validatePlan.ts';

describe('checkStepRequired', () => {
  it('asks for the token on Joining while it is empty, and nowhere else', () => {
    const plan = createDefaultPlan();
    expect(checkStepRequired('discovery', plan)).toEqual([
      {
        code: 'required',
        severity: 'error',
        path: 'discovery.token',
        params: { field: 'discovery.token' },
      },
    ]);
    expect(checkStepRequired('networking', plan)).toEqual([]);
    // The plan itself stays free of errors: only Next asks.
    expect(validatePlan(plan).filter((i) => i.severity === 'error')).toEqual([]);
    plan.discovery.token = '  ';
    expect(checkStepRequired('discovery', plan)).toHaveLength(1);
    plan.discovery.token = 'abcdef.0123456789abcdef';
    expect(checkStepRequired('discovery', plan)).toEqual([]);
  });
});
