import { fieldRef, tableField } from '../../plan/fieldIndex.ts';
import type { ClusterPlan } from '../../plan/plan.ts';
import { renderPlanFiles, type RenderedFile } from '../../render/files.ts';
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
  /** Every field the issue is about: all of a list's fields when it is about the whole list. */
  candidates: string[];
}

/**
 * The plan field a document issue is about, looked up exactly: the source of the value at the
 * issue's path (of its list entry, when it names one; the list's first field when it is about the
 * whole list), else, for a value the plan left empty, the field the table places there when the
 * table says such issues belong on it.
 */
function fieldOf(plan: ClusterPlan, file: RenderedFile, issue: Issue): FieldTarget | undefined {
  const here = file.sources.filter((s) => s.document === issue.document && s.path === issue.path);
  const exact = issue.entry === undefined ? undefined : here.find((s) => s.entry === issue.entry);
  if (exact) return { field: exact.field, candidates: [exact.field] };
  const fields = [...new Set(here.map((s) => s.field))];
  const [first] = fields;
  if (first !== undefined) return { field: first, candidates: fields };
  const kind = file.documents[issue.document ?? -1]?.document.kind;
  const field = kind && tableField(plan, kind, issue.path, file.nodeIndex, issue.entry);
  return field && fieldRef(field)?.row.emptyOnField ? { field, candidates: [field] } : undefined;
}
