import Papa from 'papaparse';
import { formatIp } from '../net/ip.ts';
import type { IpFamily } from '../net/types.ts';
import { hasErrors, makeIssue, relocateIssues, type Issue } from '../validation/issues.ts';
import { checkIp } from '../validation/rules/fields/addresses.ts';
import { checkNodeName, normalizeNodeName } from '../validation/rules/fields/names.ts';
import { createNode } from '../plan/defaults.ts';
import { stackFamilies, type NodePlan, type NodeRole, type StackMode } from '../plan/plan.ts';

/** One non-blank, non-comment row of a pasted node table. */
export interface NodeTableRow {
  /** 1-based line of the row in the pasted text. */
  line: number;
  /** The node the row describes; absent when the row has an error. */
  node?: NodePlan;
  /** Paths are the row's column (`name`, `role`, `ipv4`, `ipv6`), or '' for the row itself. */
  issues: Issue[];
  /** How the row's cells were separated: each row is read with its own separator. */
  separator: NodeTableSeparator;
}

/** Commas (CSV with RFC 4180 quotes), tabs, or runs of spaces. */
export type NodeTableSeparator = 'comma' | 'tab' | 'space';

export interface NodeTableResult {
  rows: NodeTableRow[];
  /** Whether rows (the header included) use different separators, which a user should check. */
  mixedSeparators: boolean;
}

type Column = 'name' | 'role' | 'ipv4' | 'ipv6';

const DEFAULT_COLUMNS: readonly Column[] = ['name', 'role', 'ipv4', 'ipv6'];

/** Header cells, lower-cased with spaces, '-' and '_' removed, and the column each names. */
const HEADER_WORDS: Readonly<Record<string, Column>> = {
  name: 'name',
  hostname: 'name',
  nodename: 'name',
  role: 'role',
  ipv4: 'ipv4',
  ipv4address: 'ipv4',
  ipv6: 'ipv6',
  ipv6address: 'ipv6',
};

const ROLE_WORDS: Readonly<Record<string, NodeRole>> = {
  'control-plane': 'control-plane',
  controlplane: 'control-plane',
  cp: 'control-plane',
  master: 'control-plane',
  worker: 'worker',
  node: 'worker',
  w: 'worker',
};

/** A cell that says "nothing here" in the role and IP columns. */
const EMPTY_MARK = '-';

/**
 * Reads a pasted node table (name, role, IPv4, IPv6) into one row per non-blank, non-`#` line,
 * each with its node or its issues; a first row of column names is a header and may reorder the
 * columns. Each line is split by its own separator: CSV with RFC 4180 quotes when it has a comma
 * or a quote, else tabs when it has one, else spaces, so a paste that mixes CSV lines and
 * whitespace lines (two sources joined) reads every line as written.
 */
export function parseNodeTable(text: string, stack: StackMode): NodeTableResult {
  const lines = text.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u);
  const data = lines
    .map((content, i) => ({ content, line: i + 1 }))
    .filter(({ content }) => content.trim() !== '' && !content.trim().startsWith('#'));
  const split = data.map(({ content, line }) => {
    const separator = separatorOf(content);
    return { line, separator, cells: splitCells(content, separator) };
  });
  const header = split[0] ? headerColumns(split[0].cells) : undefined;
  const body = header ? split.slice(1) : split;
  const families = stackFamilies(stack);
  const parsed = body.map(({ line, cells, separator }) =>
    parseRow(cells, header ?? DEFAULT_COLUMNS, line, separator, families),
  );
  markDuplicates(parsed);
  return {
    rows: parsed.map(({ row, node }) => (hasErrors(row.issues) ? row : { ...row, node })),
    mixedSeparators: new Set(split.map((s) => s.separator)).size > 1,
  };
}

/** The nodes of the rows without errors, in table order. */
export function nodeRowsToAdd(result: NodeTableResult): NodePlan[] {
  return result.rows.flatMap((row) => (row.node && !hasErrors(row.issues) ? [row.node] : []));
}

/** The trimmed cells of one line, without trailing empty cells (spreadsheets pad rows). */
function splitCells(content: string, separator: NodeTableSeparator): string[] {
  let cells: string[];
  if (separator === 'comma') {
    const parsed = Papa.parse<string[]>(content, { delimiter: ',', newline: '\n', quoteChar: '"' });
    cells = parsed.data[0] ?? [];
  } else {
    cells = separator === 'tab' ? content.split('\t') : content.trim().split(/ +/u);
  }
  const trimmed = cells.map((cell) => cell.trim());
  while (trimmed.length > 0 && trimmed[trimmed.length - 1] === '') trimmed.pop();
  return trimmed;
}

/** A line's own separator: a comma or a quote makes it CSV, else a tab, else spaces. */
function separatorOf(content: string): NodeTableSeparator {
  if (content.includes(',') || content.includes('"')) return 'comma';
  return content.includes('\t') ? 'tab' : 'space';
}

/** The columns a header row names, or undefined when the row is data. */
function headerColumns(cells: readonly string[]): Column[] | undefined {
  const columns = cells.map((cell) => HEADER_WORDS[cell.toLowerCase().replace(/[\s_-]+/gu, '')]);
  if (columns.length === 0 || columns.some((c) => c === undefined)) return undefined;
  const named = columns as Column[];
  return new Set(named).size === named.length ? named : undefined;
}

/** A row before duplicate checks: its issues and the node its valid cells make. */
interface ParsedRow {
  row: NodeTableRow;
  node: NodePlan;
  /** The cells that hold a usable value, for duplicate checks. */
  valid: Set<Column>;
}

function parseRow(
  cells: readonly string[],
  columns: readonly Column[],
  line: number,
  separator: NodeTableSeparator,
  families: readonly IpFamily[],
): ParsedRow {
  const valid = new Set<Column>();
  const issues: Issue[] = [];
  if (cells.length === 0 || cells.length > columns.length) {
    issues.push(
      makeIssue(
        'node_row',
        { path: '' },
        {
          reason: 'columns',
          count: cells.length,
          max: columns.length,
        },
      ),
    );
    return { row: { line, issues, separator }, node: createNode(), valid };
  }
  const cell = (column: Column) => {
    const index = columns.indexOf(column);
    return index < 0 ? '' : (cells[index] ?? '');
  };
  const nameIssues = relocateIssues(checkNodeName(cell('name')), { prefix: 'name' });
  if (!hasErrors(nameIssues)) valid.add('name');
  issues.push(...nameIssues);
  const roleText = cell('role');
  const role =
    roleText === '' || roleText === EMPTY_MARK ? 'worker' : ROLE_WORDS[roleText.toLowerCase()];
  if (role === undefined) {
    const allowed = Object.keys(ROLE_WORDS).join(', ');
    issues.push(makeIssue('invalid_choice', { path: 'role' }, { value: roleText, allowed }));
  }
  const node = createNode(role ?? 'worker', normalizeNodeName(cell('name')));
  for (const family of ['ipv4', 'ipv6'] as const) {
    const ip = parseIpCell(cell(family), family, families.includes(family));
    issues.push(...ip.issues);
    node.ips[family] = ip.value;
    if (ip.value !== '') valid.add(family);
  }
  return { row: { line, issues, separator }, node, valid };
}

/**
 * One IP cell: canonical text when it is a usable node address of `family`, else ''. A family
 * the stack lacks is not rendered, so its problems are warnings and only a valid value is kept.
 */
function parseIpCell(
  text: string,
  family: IpFamily,
  inStack: boolean,
): { value: string; issues: Issue[] } {
  if (text === '' || text === EMPTY_MARK) return { value: '', issues: [] };
  const checked = checkIp(text, 'node');
  let issues = checked.issues;
  if (checked.ip && checked.ip.family !== family) {
    issues = [makeIssue('wrong_family', { path: '' }, { value: text, expected: family })];
  }
  const usable = checked.ip !== undefined && !hasErrors(issues);
  if (!inStack) issues = issues.map((i) => ({ ...i, severity: 'warning' }));
  return {
    value: usable && checked.ip ? formatIp(checked.ip) : '',
    issues: relocateIssues(issues, { prefix: family }),
  };
}

/** Adds duplicate name and IP issues to later rows, naming the first row's line. */
function markDuplicates(rows: readonly ParsedRow[]): void {
  const firstLine = new Map<string, number>();
  for (const { row, node, valid } of rows) {
    const claim = (key: string, onDuplicate: (other: string) => Issue) => {
      const other = firstLine.get(key);
      if (other === undefined) firstLine.set(key, row.line);
      else row.issues.push(onDuplicate(`line ${other}`));
    };
    if (valid.has('name') && node.name !== '') {
      claim(`name ${node.name}`, (other) =>
        makeIssue('duplicate_node_name', { path: 'name' }, { name: node.name, other }),
      );
    }
    for (const family of ['ipv4', 'ipv6'] as const) {
      const ip = node.ips[family];
      // A lone unspecified address means "detect" (kubelet), not a shared address.
      if (!valid.has(family) || ip === '0.0.0.0' || ip === '::') continue;
      claim(`ip ${ip}`, (other) => makeIssue('duplicate_node_ip', { path: family }, { ip, other }));
    }
  }
}
