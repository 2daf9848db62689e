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
    const field = file ? fieldOf(file, issue) : undefined;
    const clean = field === undefined ? onFile(issue) : onField(issue, field);
    if (field !== undefined && claimed.has(field)) continue;
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

/** The plan field a document issue points at, using the render's sources (longest path match). */
function fieldOf(file: RenderedFile, issue: Issue): string | undefined {
  const candidates = file.sources.filter(
    (s) =>
      s.document === issue.document &&
      (issue.path === s.path || issue.path.startsWith(`${s.path}.`)),
  );
  if (candidates.length === 0) return unrenderedField(file, issue);
  const longest = Math.max(...candidates.map((s) => s.path.length));
  const best = candidates.filter((s) => s.path.length === longest);
  if (best.length === 1) return best[0]?.field;
  const family = issueFamily(issue);
  const match: FieldSource | undefined = best.find((s) => s.family === family) ?? best[0];
  return match?.field;
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
