import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodeRowsToAdd, parseNodeTable, type NodeTableResult } from './nodeTable.ts';

/** Each row as [line, code@path…] for compact expectations. */
function issuesByLine(result: NodeTableResult): Array<[number, string[]]> {
  return result.rows.map((row) => [row.line, row.issues.map((i) => `${i.code}@${i.path}`)]);
}

const THREE_NODES = [
  { name: 'cp-1', role: 'control-plane', ips: { ipv4: '10.0.0.11', ipv6: 'fd00::11' } },
  { name: 'w-1', role: 'worker', ips: { ipv4: '10.0.0.21', ipv6: 'fd00::21' } },
  { name: 'w-2', role: 'worker', ips: { ipv4: '10.0.0.22', ipv6: '' } },
];

/** The parts of the nodes a table sets. */
function added(result: NodeTableResult) {
  return nodeRowsToAdd(result).map(({ name, role, ips }) => ({ name, role, ips }));
}

describe('parseNodeTable', () => {
  it.each([
    [
      'CSV',
      'cp-1,control-plane,10.0.0.11,fd00::11\nw-1,worker,10.0.0.21,fd00::21\nw-2,w,10.0.0.22,',
    ],
    ['TSV', 'cp-1\tcp\t10.0.0.11\tfd00::11\nw-1\tnode\t10.0.0.21\tfd00::21\nw-2\t\t10.0.0.22\t'],
    [
      'space-separated',
      'cp-1  master 10.0.0.11 fd00::11\n  w-1 worker 10.0.0.21 fd00::21\nw-2 - 10.0.0.22 -',
    ],
    [
      'CSV with a header',
      'Name,Role,IPv4,IPv6\ncp-1,controlplane,10.0.0.11,fd00::11\nw-1,,10.0.0.21,fd00::21\nw-2,worker,10.0.0.22',
    ],
    [
      'quoted CSV',
      '"cp-1","control-plane","10.0.0.11","fd00::11"\n"w-1",worker,10.0.0.21,"fd00::21"\nw-2,"",10.0.0.22,""',
    ],
  ])('reads a %s table', (_, text) => {
    const result = parseNodeTable(text, 'dual-ipv4-primary');
    expect(result.rows.flatMap((r) => r.issues)).toEqual([]);
    expect(added(result)).toEqual(THREE_NODES);
  });

  it('maps the columns by a header row in any order', () => {
    const text = 'ipv6\tname\tipv4\trole\nfd00::11\tcp-1\t10.0.0.11\tcp';
    expect(added(parseNodeTable(text, 'dual-ipv6-primary'))).toEqual([THREE_NODES[0]]);
  });

  it('takes a first row that is not all column names as data', () => {
    const result = parseNodeTable('name,worker,10.0.0.1', 'ipv4');
    expect(added(result)).toEqual([
      { name: 'name', role: 'worker', ips: { ipv4: '10.0.0.1', ipv6: '' } },
    ]);
  });

  it('trims and lower-cases names as kubeadm does and writes IPs canonically', () => {
    const result = parseNodeTable(
      '  CP-1.Example , CP , 10.0.0.1 , FD00:0::1',
      'dual-ipv4-primary',
    );
    expect(added(result)).toEqual([
      { name: 'cp-1.example', role: 'control-plane', ips: { ipv4: '10.0.0.1', ipv6: 'fd00::1' } },
    ]);
    expect(result.rows[0]?.issues.map((i) => `${i.code}@${i.path}`)).toEqual([
      'ip_noncanonical@ipv6',
    ]);
  });

  it('reports a comma inside a quoted name as a bad name', () => {
    const result = parseNodeTable('"cp,1",cp,10.0.0.1', 'ipv4');
    expect(issuesByLine(result)).toEqual([[1, ['dns_name@name']]]);
    expect(result.rows[0]?.node).toBeUndefined();
  });

  it('reports bad cells on their columns and keeps the good rows', () => {
    const text = [
      'a_b,worker,10.0.0.1,fd00::1',
      'ok-1,boss,10.0.0.2,fd00::2',
      'ok-2,worker,10.0.0.300,fd00::3',
      'ok-3,worker,fd00::4,10.0.0.4',
      'ok-4,worker,127.0.0.1,',
      'ok-5,worker,10.0.0.5,fd00::5,extra',
      ',,,',
      'ok-6,worker,10.0.0.6,fd00::6',
    ].join('\n');
    const result = parseNodeTable(text, 'dual-ipv4-primary');
    expect(issuesByLine(result)).toEqual([
      [1, ['dns_name@name']],
      [2, ['invalid_choice@role']],
      [3, ['ip_syntax@ipv4']],
      [4, ['wrong_family@ipv4', 'wrong_family@ipv6']],
      [5, ['ip_not_unicast@ipv4']],
      [6, ['node_row@']],
      [7, ['node_row@']],
      [8, []],
    ]);
    expect(result.rows.map((r) => r.node !== undefined)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      true,
    ]);
    expect(result.rows[5]?.issues[0]?.params).toEqual({ reason: 'columns', count: 5, max: 4 });
    expect(result.rows[6]?.issues[0]?.params).toEqual({ reason: 'columns', count: 0, max: 4 });
    expect(nodeRowsToAdd(result).map((n) => n.name)).toEqual(['ok-6']);
  });

  it('reports duplicate names and IPs within the table, naming the first line', () => {
    const text = 'a,cp,10.0.0.1,fd00::1\n\nb,worker,10.0.0.2,fd00::1\nA,worker,10.0.0.1,fd00::3';
    const result = parseNodeTable(text, 'dual-ipv4-primary');
    expect(issuesByLine(result)).toEqual([
      [1, []],
      [3, ['duplicate_node_ip@ipv6']],
      [4, ['duplicate_node_name@name', 'duplicate_node_ip@ipv4']],
    ]);
    expect(result.rows[2]?.issues.map((i) => i.params)).toEqual([
      { name: 'a', other: 'line 1' },
      { ip: '10.0.0.1', other: 'line 1' },
    ]);
    expect(nodeRowsToAdd(result).map((n) => n.name)).toEqual(['a']);
  });

  it('accepts rows without IPs of the stack and keeps valid IPs of other families', () => {
    const result = parseNodeTable('v6-only,worker,,fd00::9\nbad-v6,worker,10.0.0.9,nope', 'ipv4');
    expect(added(result)).toEqual([
      { name: 'v6-only', role: 'worker', ips: { ipv4: '', ipv6: 'fd00::9' } },
      { name: 'bad-v6', role: 'worker', ips: { ipv4: '10.0.0.9', ipv6: '' } },
    ]);
    expect(result.rows[1]?.issues.map((i) => [i.code, i.severity])).toEqual([
      ['ip_syntax', 'warning'],
    ]);
  });

  it('reads mixed line endings, a byte order mark, blank lines and comments', () => {
    const text =
      '\uFEFF# nodes\r\nname role ipv4\r\ncp-1 cp 10.0.0.1\r\r  \nw-1 w 10.0.0.2\n  # done\rw-2 w 10.0.0.3';
    const result = parseNodeTable(text, 'ipv4');
    expect(result.rows.map((r) => [r.line, r.node?.name])).toEqual([
      [3, 'cp-1'],
      [6, 'w-1'],
      [8, 'w-2'],
    ]);
  });

  it('reads each row with its own separator when CSV and whitespace rows are mixed', () => {
    const text = 'cp-1,control-plane,10.0.0.1\nw-1 worker 10.0.0.2\nw-2\tworker\t10.0.0.3';
    const result = parseNodeTable(text, 'ipv4');
    expect(issuesByLine(result)).toEqual([
      [1, []],
      [2, []],
      [3, []],
    ]);
    expect(result.rows.map((r) => r.separator)).toEqual(['comma', 'space', 'tab']);
    expect(result.mixedSeparators).toBe(true);
    expect(added(result)).toEqual([
      { name: 'cp-1', role: 'control-plane', ips: { ipv4: '10.0.0.1', ipv6: '' } },
      { name: 'w-1', role: 'worker', ips: { ipv4: '10.0.0.2', ipv6: '' } },
      { name: 'w-2', role: 'worker', ips: { ipv4: '10.0.0.3', ipv6: '' } },
    ]);
  });

  it('keeps a CSV header for whitespace rows, and reads a quoted row without commas as CSV', () => {
    const result = parseNodeTable('name,ipv4,role\nw-1 10.0.0.2 worker\n"cp-1"', 'ipv4');
    expect(added(result).map((n) => [n.name, n.role, n.ips.ipv4])).toEqual([
      ['w-1', 'worker', '10.0.0.2'],
      ['cp-1', 'worker', ''],
    ]);
    expect(result.mixedSeparators).toBe(true);
    expect(parseNodeTable('a,cp\nb,w', 'ipv4').mixedSeparators).toBe(false);
  });

  it('reads a mixed table as the same nodes as the table in one separator', () => {
    const name = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}[a-z0-9]$/u);
    const role = fc.constantFrom('cp', 'worker', 'control-plane', 'w', '-');
    const ipv4 = fc.tuple(fc.nat(255), fc.nat(255)).map(([a, b]) => `10.1.${a}.${b}`);
    const ipv6 = fc.nat(0xffff).map((n) => `fd00::${n.toString(16)}`);
    const row = fc.record({ name, role, ipv4, ipv6, separator: fc.constantFrom(',', '\t', ' ') });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), (rows) => {
        const cells = (r: (typeof rows)[number]) => [r.name, r.role, r.ipv4, r.ipv6];
        const mixed = rows.map((r) => cells(r).join(r.separator)).join('\n');
        const csv = rows.map((r) => cells(r).join(',')).join('\n');
        const a = parseNodeTable(mixed, 'dual-ipv4-primary');
        const b = parseNodeTable(csv, 'dual-ipv4-primary');
        expect(issuesByLine(a)).toEqual(issuesByLine(b));
        expect(added(a)).toEqual(added(b));
        expect(a.mixedSeparators).toBe(new Set(rows.map((r) => r.separator)).size > 1);
      }),
    );
  });

  it('gives no rows for empty or comment-only text', () => {
    expect(parseNodeTable('', 'ipv4').rows).toEqual([]);
    expect(parseNodeTable('\n# a\n  \r\n', 'ipv4').rows).toEqual([]);
    expect(parseNodeTable('name,role,ipv4,ipv6', 'ipv4').rows).toEqual([]);
  });

  it('reads 500 rows', () => {
    const text = Array.from(
      { length: 500 },
      (_, i) =>
        `node-${i},${i < 3 ? 'cp' : 'worker'},10.1.${i >> 8}.${i & 255},fd00::${i.toString(16)}`,
    ).join('\r\n');
    const result = parseNodeTable(text, 'dual-ipv4-primary');
    expect(result.rows).toHaveLength(500);
    expect(nodeRowsToAdd(result)).toHaveLength(500);
    expect(nodeRowsToAdd(result)[499]?.ips).toEqual({ ipv4: '10.1.1.243', ipv6: 'fd00::1f3' });
  });

  it('never throws, and every row has a node or an error', () => {
    const cell = fc.oneof(
      fc.constantFrom('cp-1', 'W', 'cp', 'worker', '-', '', '10.0.0.1', 'fd00::1', '"a,b"', '"'),
      fc.string({ maxLength: 8 }),
    );
    const line = fc
      .array(cell, { maxLength: 6 })
      .chain((cells) => fc.constantFrom(',', '\t', ' ').map((sep) => cells.join(sep)));
    const table = fc.tuple(fc.array(line, { maxLength: 8 }), fc.constantFrom('\n', '\r\n', '\r'));
    const stack = fc.constantFrom(
      'ipv4',
      'ipv6',
      'dual-ipv4-primary',
      'dual-ipv6-primary' as const,
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          table.map(([ls, eol]) => ls.join(eol)),
        ),
        stack,
        (text, s) => {
          const result = parseNodeTable(text, s);
          for (const row of result.rows) {
            expect(row.node !== undefined || row.issues.some((i) => i.severity === 'error')).toBe(
              true,
            );
          }
        },
      ),
    );
  });
});

describe('nodeRowsToAdd', () => {
  it('leaves out rows with errors and keeps rows with only warnings', () => {
    const result = parseNodeTable('a,cp,192.0.2.1\nb,cp,10.0.0.1,x\nc', 'ipv4');
    expect(result.rows[0]?.issues.map((i) => i.code)).toEqual(['documentation_prefix']);
    expect(nodeRowsToAdd(result).map((n) => n.name)).toEqual(['a', 'b', 'c']);
  });
});
