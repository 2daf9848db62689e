import {
  makeIssue,
  type ActualShape,
  type ExpectedShape,
  type Issue,
} from '../validation/issues.ts';
import { createDefaultPlan, createNode } from '../plan/defaults.ts';
import { FIELD_TABLE } from '../plan/fields.ts';
import { readPlanExtras } from './extras.ts';
import type { ClusterPlan } from '../plan/plan.ts';

/**
 * The saved-plan format this code writes. Version 2 added `extras` (imported fields the plan
 * does not model); version 1 files load with `extras: {}`.
 */
export const PLAN_SCHEMA_VERSION = 2;

/** A saved plan as JSON text (stable key order, 2-space indent, trailing newline). */
export function planToJson(plan: ClusterPlan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

/**
 * Reads a saved plan: missing fields take their defaults (older files keep loading and come back
 * at the current schemaVersion), fields of the wrong type are reported as field_type and replaced
 * by defaults, unknown fields are reported; `extras` are decoded as kubeadm would read them.
 */
export function parsePlanText(file: string, text: string): { plan?: ClusterPlan; issues: Issue[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { issues: [makeIssue('plan_file', { file, path: '' }, { reason: 'not_json' })] };
  }
  if (!isRecord(data) || !('schemaVersion' in data) || !('networking' in data)) {
    return { issues: [makeIssue('plan_file', { file, path: '' }, { reason: 'not_a_plan' })] };
  }
  const version = data.schemaVersion;
  if (
    typeof version !== 'number' ||
    !Number.isInteger(version) ||
    version < 1 ||
    version > PLAN_SCHEMA_VERSION
  ) {
    const reason =
      typeof version === 'number' && version > PLAN_SCHEMA_VERSION
        ? 'unsupported_version'
        : 'not_a_plan';
    return {
      issues: [
        makeIssue(
          'plan_file',
          { file, path: 'schemaVersion' },
          { reason, version: String(version) },
        ),
      ],
    };
  }
  const issues: Issue[] = [];
  // extras hold arbitrary kubeadm fields, so they are checked against kubeadm's schema instead.
  const { extras, ...modelled } = data;
  const plan = mergeInto(createDefaultPlan(), modelled, '', file, issues) as ClusterPlan;
  plan.schemaVersion = PLAN_SCHEMA_VERSION;
  plan.extras = readPlanExtras(extras, file, issues);
  return { plan, issues };
}

function mergeInto(
  template: unknown,
  value: unknown,
  path: string,
  file: string,
  issues: Issue[],
): unknown {
  if (value === undefined) return template;
  const expected = shapeOf(template);
  const actual = actualShape(value);
  if (expected === 'list' && Array.isArray(value)) {
    const item = path === 'nodes' ? createNode() : '';
    return value.map((entry, i) => mergeInto(item, entry, join(path, String(i)), file, issues));
  }
  if (expected === 'mapping' && isRecord(value) && isRecord(template)) {
    const result: Record<string, unknown> = {};
    for (const [key, fallback] of Object.entries(template)) {
      result[key] = mergeInto(fallback, value[key], join(path, key), file, issues);
    }
    for (const key of Object.keys(value)) {
      if (!(key in template))
        issues.push(makeIssue('unknown_field', { file, path: join(path, key) }, { field: key }));
    }
    return result;
  }
  if (expected === actual || (expected === 'integer' && Number.isInteger(value))) {
    const allowed = ALLOWED_VALUES[path.replace(/\.\d+(?=\.|$)/g, '.*')];
    if (allowed && typeof value === 'string' && !allowed.includes(value)) {
      issues.push(
        makeIssue('invalid_choice', { file, path }, { value, allowed: allowed.join(', ') }),
      );
      return template;
    }
    return value;
  }
  issues.push(makeIssue('field_type', { file, path }, { expected, actual }));
  return template;
}

/** Fields that take one of a fixed set of values (a `choice` may also be left unset). */
const ALLOWED_VALUES: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  FIELD_TABLE.flatMap((row) =>
    row.choices === undefined
      ? []
      : [
          [
            row.field.replace('{node}', '*'),
            row.value === 'choice' ? ['', ...row.choices] : row.choices,
          ],
        ],
  ),
);

function shapeOf(template: unknown): ExpectedShape {
  if (Array.isArray(template)) return 'list';
  if (isRecord(template)) return 'mapping';
  if (typeof template === 'boolean') return 'boolean';
  if (typeof template === 'number') return 'integer';
  return 'string';
}

function actualShape(value: unknown): ActualShape {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (isRecord(value)) return 'mapping';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return 'number';
  return 'other';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
