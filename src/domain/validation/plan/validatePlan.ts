import { cidrFamilyOf } from '../../net/cidr.ts';
import { ipFamilyOf } from '../../net/ip.ts';
import type { IpFamily } from '../../net/types.ts';
import type { ClusterPlan } from '../../plan/plan.ts';
import { renderPlanFiles, type RenderedFile } from '../../render/files.ts';
import type { FieldSource } from '../../render/sources.ts';
import type { Issue } from '../issues.ts';
import { validateDocuments, type DecodedFile } from '../rules/cluster/index.ts';
import { checkPlanFields } from './planRules.ts';

/**
 * Every issue of a plan, located on the plan's own field paths: the wizard-only checks, then the
 * same document and cluster rules the CLI runs, applied to the files the plan renders to.
 * Issues that belong to no single field keep path '' and name their file.
 */
export function validatePlan(
  plan: ClusterPlan,
  files: readonly RenderedFile[] = renderPlanFiles(plan),
): Issue[] {
  const own = checkPlanFields(plan);
  const claimed = new Set(own.filter((i) => i.severity === 'error').map((i) => i.path));
  const decoded: DecodedFile[] = files.map((file) => ({
    name: file.name,
    documents: file.documents.map((d, index) => ({
      index,
      apiVersion: d.apiVersion,
      document: d.document,
    })),
  }));
  const byName = new Map(files.map((f) => [f.name, f]));
  const seen = new Set<string>();
  const result: Issue[] = [...own];
  for (const issue of validateDocuments(decoded, {})) {
    const file = issue.file === undefined ? undefined : byName.get(issue.file);
    const target = file ? fieldOf(plan, file, issue) : undefined;
    // A list-level finding caused by a value the plan already rejects on its own field is noise.
    if (target?.candidates.some((c) => claimed.has(c))) continue;
    const field = target?.field;
    const clean = field === undefined ? onFile(issue) : onField(issue, field);
    const key = `${clean.code}|${clean.path}|${JSON.stringify(clean.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(clean);
  }
  return result;
}

/** The issue on a plan field, without its file location. */
function onField(issue: Issue, path: string): Issue {
  return { code: issue.code, severity: issue.severity, params: issue.params, path } as Issue;
}

/** The issue on no single field: path '', naming the file it was found in. */
function onFile(issue: Issue): Issue {
  const base = { code: issue.code, severity: issue.severity, params: issue.params, path: '' };
  return (issue.file === undefined ? base : { ...base, file: issue.file }) as Issue;
}

interface FieldTarget {
  field: string;
  /** Every field the issue could be about: more than one when its family could not be told. */
  candidates: string[];
}

/**
 * The plan field a document issue points at, using the render's sources (longest path match); a
 * comma list built from per-family fields is resolved by the family the issue names, or else by
 * which field holds the value the issue quotes.
 */
function fieldOf(plan: ClusterPlan, file: RenderedFile, issue: Issue): FieldTarget | undefined {
  const candidates = file.sources.filter(
    (s) =>
      s.document === issue.document &&
      (issue.path === s.path || issue.path.startsWith(`${s.path}.`)),
  );
  if (candidates.length === 0) {
    const field = unrenderedField(file, issue);
    return field === undefined ? undefined : { field, candidates: [field] };
  }
  const longest = Math.max(...candidates.map((s) => s.path.length));
  const best = candidates.filter((s) => s.path.length === longest);
  const only = best[0];
  if (best.length === 1 && only) return { field: only.field, candidates: [only.field] };
  const family = issueFamily(issue);
  const quoted = quotedValues(issue);
  const match: FieldSource | undefined =
    best.find((s) => family !== undefined && s.family === family) ??
    best.find((s) => {
      const value = valueAt(plan, s.field);
      return typeof value === 'string' && quoted.includes(value.trim());
    });
  if (match) return { field: match.field, candidates: [match.field] };
  return only && { field: only.field, candidates: best.map((s) => s.field) };
}

/** The values an issue quotes in its parameters. */
function quotedValues(issue: Issue): string[] {
  const params = issue.params as Record<string, unknown>;
  return Object.values(params).filter((v): v is string => typeof v === 'string');
}

/** The plan's value at a dot-separated field path. */
function valueAt(plan: ClusterPlan, path: string): unknown {
  let node: unknown = plan;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/**
 * Plan fields that render nothing when empty, so no source points at them, although an issue can
 * be about their absence (control_plane_endpoint_required on ClusterConfiguration).
 */
const UNRENDERED_FIELDS: Readonly<Record<string, string>> = {
  controlPlaneEndpoint: 'controlPlaneEndpoint',
  kubernetesVersion: 'kubernetesVersion',
  'networking.dnsDomain': 'networking.dnsDomain',
};

function unrenderedField(file: RenderedFile, issue: Issue): string | undefined {
  const kind = file.documents[issue.document ?? -1]?.document.kind;
  return kind === 'ClusterConfiguration' ? UNRENDERED_FIELDS[issue.path] : undefined;
}

/** The address family an issue is about, from its parameters, when it names one. */
function issueFamily(issue: Issue): IpFamily | undefined {
  const params = issue.params as Record<string, unknown>;
  if (params.family === 'ipv4' || params.family === 'ipv6') return params.family;
  for (const key of ['cidr', 'value', 'ip', 'nodeIp', 'podSubnet', 'subnet', 'address']) {
    const value = params[key];
    if (typeof value !== 'string') continue;
    const family = cidrFamilyOf(value) ?? ipFamilyOf(value);
    if (family) return family;
  }
  return undefined;
}
