import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkStepRequired,
  createDefaultPlan,
  createNode,
  FIELD_TABLE,
  fieldRef,
  formatIssue,
  planValueAt,
  setPlanValue,
  STEP_IDS,
  stepFields,
  validatePlan,
  type ClusterPlan,
  type Issue,
} from '../../domain/index.ts';
import { uiText } from '../text/en.ts';
import { zhCN } from '../text/zh-CN.ts';
import { fieldLabel, stepOfField } from './fieldPaths.ts';

const TEXTS = [
  { language: 'en', text: uiText },
  { language: 'zh-CN', text: zhCN },
] as const;

/** A plan with every kind of node the steps show: the first control plane, two joining nodes. */
function basePlan(): ClusterPlan {
  const plan = createDefaultPlan();
  plan.nodes.push(createNode('control-plane', 'cp-2'), createNode('worker', 'w-1'));
  return plan;
}

/** Every field some step shows for a plan with joining nodes, in both stack orders. */
function shownFields(): string[] {
  const plans = ['dual-ipv4-primary', 'dual-ipv6-primary'].map((stack) => {
    const plan = basePlan();
    plan.networking.stack = stack as ClusterPlan['networking']['stack'];
    plan.certSANs = ['a', 'b'];
    plan.discovery.caCertHashes = ['x', 'y'];
    return plan;
  });
  const fields = plans.flatMap((plan) => STEP_IDS.flatMap((step) => stepFields(step, plan)));
  // List entries are what list rules name (`certSANs.1`).
  return [...new Set([...fields, 'certSANs.1', 'discovery.caCertHashes.1'])];
}

/**
 * A dotted token that is a plan or document path rather than prose: a path the field table
 * knows, or words with a numeric index between them (`bootstrapTokens.0.token`).
 */
function rawPaths(message: string): string[] {
  const tokens = message.match(/[A-Za-z_][\w]*(?:\.[\w]+)+/g) ?? [];
  return tokens.filter(
    (token) => fieldRef(token) !== undefined || /^[A-Za-z_]\w*(?:\.\d+)+\.[A-Za-z_]/.test(token),
  );
}

/** Values a user might type or paste into any field: valid, malformed, empty, the other family. */
const TEXT_VALUE = fc.constantFrom(
  '',
  ' ',
  'bad',
  '10.0.0.300',
  '10.244.0.0/16',
  '10.244.0.1/16',
  '10.96.0.0/12,fd00::/108',
  'fd00::1',
  'fd00::1:6443',
  '[fd00::1]:6443',
  '192.168.10.11',
  '10.96.0.10',
  'k8s-api.example.internal:6443',
  '99999',
  '0',
  '24',
  '130',
  'abcdef.0123456789abcdef',
  'sha256:' + 'a'.repeat(64),
  'v1.99.0',
  'UPPER_case name',
  'x'.repeat(300),
);

/** A random edit of one shown field, in the value's own type. */
function edit(fields: readonly string[]) {
  return fc
    .tuple(fc.constantFrom(...fields), TEXT_VALUE, fc.array(TEXT_VALUE, { maxLength: 3 }))
    .map(([path, text, list]) => ({ path, text, list }));
}

function applyEdit(
  plan: ClusterPlan,
  { path, text, list }: { path: string; text: string; list: string[] },
) {
  const ref = fieldRef(path);
  if (!ref) return;
  const current = planValueAt(plan, path);
  const row = ref.row;
  if (row.value === 'flag') setPlanValue(plan, path, text === '');
  else if (row.choices)
    setPlanValue(
      plan,
      path,
      row.choices.includes(text) ? text : row.choices[text.length % row.choices.length],
    );
  else if (Array.isArray(current)) setPlanValue(plan, path, list);
  else if (typeof current === 'string') setPlanValue(plan, path, text);
}

/** Every issue on a field a step shows is named by that field's label, and no message quotes a path. */
function expectLabelled(issue: Issue) {
  for (const { language, text } of TEXTS) {
    const message = formatIssue(issue, language);
    expect(rawPaths(message), `${issue.code} in ${language}: ${message}`).toEqual([]);
    if (issue.path && stepOfField(issue.path)) {
      const label = fieldLabel(issue.path, text);
      expect(label, `${issue.code} at ${issue.path} in ${language}`).not.toBe(issue.path);
      expect(label.trim(), `${issue.code} at ${issue.path} in ${language}`).not.toBe('');
    }
  }
}

describe('issues name their fields by label (issue 13)', () => {
  it('labels every field a step shows, in both languages', () => {
    const fields = shownFields();
    expect(fields.length).toBeGreaterThan(30);
    for (const path of fields) {
      expect(stepOfField(path), path).toBeDefined();
      for (const { language, text } of TEXTS) {
        expect(fieldLabel(path, text), `${path} in ${language}`).not.toBe(path);
      }
    }
    // Every row of the table that a step shows has a label key.
    for (const row of FIELD_TABLE) if (row.step) expect(row.label, row.field).toBeDefined();
  });

  it('never quotes a plan or document path in a message, for any edits of the shown fields', () => {
    const fields = shownFields();
    let seen = 0;
    fc.assert(
      fc.property(fc.array(edit(fields), { minLength: 1, maxLength: 8 }), (edits) => {
        const plan = basePlan();
        for (const e of edits) applyEdit(plan, e);
        const issues = validatePlan(plan);
        seen += issues.length;
        for (const issue of issues) expectLabelled(issue);
      }),
      { numRuns: 300 },
    );
    expect(seen).toBeGreaterThan(300);
  });

  it('puts a join file’s missing token and CA hash on the Joining fields, so they link there', () => {
    const plan = basePlan();
    plan.nodes[1]!.ips = { ipv4: '192.168.10.21', ipv6: 'fd00:192:168:10::21' };
    plan.nodes[2]!.ips = { ipv4: '192.168.10.22', ipv6: 'fd00:192:168:10::22' };
    plan.controlPlaneEndpoint = 'k8s-api.example.internal:6443';
    const issues = validatePlan(plan).filter((i) => i.severity === 'error');
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['token_format', 'discovery.token'],
      ['ca_cert_hash_missing', 'discovery.caCertHashes'],
    ]);
    for (const issue of issues) expect(stepOfField(issue.path)).toBe('discovery');
  });

  it('the empty token Next asks for names the token field', () => {
    const [issue] = checkStepRequired('discovery', createDefaultPlan());
    expect(issue).toMatchObject({ code: 'required', path: 'discovery.token' });
    expectLabelled(issue!);
    expect(fieldLabel(issue!.path, uiText)).toBe(uiText.discovery.token);
  });
});
