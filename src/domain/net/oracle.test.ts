// Differential test against upstream k8s.io/utils/net (ParseIPSloppy, ParseCIDRSloppy,
// IsDualStackIPStrings, IsDualStackCIDRStrings), run as test/oracle/k8snet, which
// scripts/ensure-go-oracle.sh builds from Debian's packaged sources. docs/fidelity.md, "The
// address oracle", describes it. The oracle missing is a failure, never a skip.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { env } from 'node:process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ipAddress } from './arbitraries.ts';
import { parseCidr } from './cidr.ts';
import { cidrFamiliesOf, ipFamiliesOf } from './family.ts';
import { formatIp, parseIp } from './ip.ts';
import type { CidrParseResult, IpFamily, IpParseResult } from './types.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const ORACLE = `${ROOT}node_modules/.cache/k8snet-oracle/k8snet`;
const ENSURE = `${ROOT}scripts/ensure-go-oracle.sh`;

type Op = 'ip' | 'cidr' | 'ips' | 'cidrs';

interface Request {
  readonly op: Op;
  readonly input: string;
}

/** One line from the oracle; omitted fields are Go's zero values. */
interface Answer {
  readonly op: string;
  readonly input: string;
  readonly valid: boolean;
  readonly family?: 'ipv4' | 'ipv6';
  readonly canonical?: string;
  readonly hostBits?: boolean;
  readonly addressFamily?: 'ipv4' | 'ipv6';
  readonly dualStack?: boolean;
  readonly error?: string;
}

/** The parts of the net module the oracle judges; a deliberately broken one must fail. */
interface NetUnderTest {
  readonly parseIp: (text: string) => IpParseResult;
  readonly parseCidr: (text: string) => CidrParseResult;
  readonly ipFamiliesOf: (texts: readonly string[]) => readonly IpFamily[] | undefined;
  readonly cidrFamiliesOf: (texts: readonly string[]) => readonly IpFamily[] | undefined;
}

const OURS: NetUnderTest = { parseIp, parseCidr, ipFamiliesOf, cidrFamiliesOf };

/** What we say about one request, in the oracle's terms. */
interface Verdict {
  readonly valid: boolean;
  readonly family?: IpFamily | undefined;
  readonly canonical?: string | undefined;
  readonly hostBits?: boolean | undefined;
  readonly addressFamily?: IpFamily | undefined;
  readonly dualStack?: boolean | undefined;
}

function verdictOf(net: NetUnderTest, { op, input }: Request): Verdict {
  switch (op) {
    case 'ip': {
      const r = net.parseIp(input);
      return r.ok ? { valid: true, family: r.ip.family, canonical: r.canonical } : { valid: false };
    }
    case 'cidr': {
      const r = net.parseCidr(input);
      if (!r.ok) return { valid: false };
      return {
        valid: true,
        family: r.cidr.family,
        canonical: r.canonical,
        hostBits: r.hasHostBits,
        addressFamily: r.address.family,
      };
    }
    case 'ips':
    case 'cidrs': {
      const list = input.split(',');
      const families = op === 'ips' ? net.ipFamiliesOf(list) : net.cidrFamiliesOf(list);
      return families === undefined
        ? { valid: false, dualStack: false }
        : { valid: true, dualStack: families.length === 2 };
    }
  }
}

function upstreamVerdict(op: Op, a: Answer): Verdict {
  switch (op) {
    case 'ip':
      return a.valid ? { valid: true, family: a.family, canonical: a.canonical } : { valid: false };
    case 'cidr':
      return a.valid
        ? {
            valid: true,
            family: a.family,
            canonical: a.canonical,
            hostBits: a.hostBits ?? false,
            addressFamily: a.addressFamily,
          }
        : { valid: false };
    case 'ips':
    case 'cidrs':
      return { valid: a.valid, dualStack: a.dualStack ?? false };
  }
}

// Deliberate deviations, each mapped here by name so that it is the only thing excused
// (docs/fidelity.md lists them). None is needed at present: every disagreement found so far was a
// bug in our module and is fixed. Add one as { name, applies(request, upstream) => boolean }.
interface Deviation {
  readonly name: string;
  readonly applies: (request: Request, upstream: Answer) => boolean;
}
const DEVIATIONS: readonly Deviation[] = [];

interface Disagreement {
  readonly request: Request;
  readonly ours: Verdict;
  readonly upstream: Verdict;
}

interface Comparison {
  readonly compared: number;
  readonly excused: ReadonlyMap<string, number>;
  readonly disagreements: readonly Disagreement[];
}

/** Compares `net` with the oracle's answers, shared by the real run and the broken control. */
function compare(
  net: NetUnderTest,
  requests: readonly Request[],
  answers: readonly Answer[],
): Comparison {
  const excused = new Map<string, number>();
  const disagreements: Disagreement[] = [];
  requests.forEach((request, i) => {
    const answer = answers[i];
    if (answer?.input !== request.input || answer.op !== request.op) {
      throw new Error(`oracle answer ${String(i)} does not match ${JSON.stringify(request)}`);
    }
    const ours = verdictOf(net, request);
    const upstream = upstreamVerdict(request.op, answer);
    if (JSON.stringify(ours) === JSON.stringify(upstream)) return;
    const deviation = DEVIATIONS.find((d) => d.applies(request, answer));
    if (deviation) excused.set(deviation.name, (excused.get(deviation.name) ?? 0) + 1);
    else disagreements.push({ request, ours, upstream });
  });
  return { compared: requests.length, excused, disagreements };
}

/** One oracle process; `ask` pipelines a whole batch and resolves with its answers in order. */
class Oracle {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly pending: ((line: string) => void)[] = [];
  private stderr = '';

  constructor(path: string) {
    this.child = spawn(path, [], { stdio: 'pipe' });
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    createInterface({ input: this.child.stdout }).on('line', (line) =>
      this.pending.shift()?.(line),
    );
  }

  async ask(requests: readonly Request[]): Promise<Answer[]> {
    const answers = requests.map(
      (): Promise<string> => new Promise((resolve) => this.pending.push(resolve)),
    );
    const exited = new Promise<never>((_, reject) =>
      this.child.once('exit', (code) =>
        reject(new Error(`oracle exited (${String(code)}): ${this.stderr}`)),
      ),
    );
    this.child.stdin.write(requests.map((r) => `${JSON.stringify(r)}\n`).join(''));
    const lines = await Promise.race([Promise.all(answers), exited]);
    return lines.map((line) => JSON.parse(line) as Answer);
  }

  close(): void {
    this.child.stdin.end();
  }
}

/** Finds the oracle, building it (and installing Go) when missing; throws with the reason. */
function ensureOracle(): string {
  if (existsSync(ORACLE)) return ORACLE;
  const built = spawnSync('bash', [ENSURE], { encoding: 'utf8', timeout: 300_000 });
  if (built.status !== 0 || !existsSync(ORACLE)) {
    throw new Error(
      `The k8s.io/utils/net oracle is missing and ${ENSURE} could not build it ` +
        `(exit ${String(built.status)}): ${[built.stderr, built.error?.message].filter(Boolean).join(' ')}`,
    );
  }
  return ORACLE;
}

// ---- Inputs ---------------------------------------------------------------------------------

const HEX = [...'0123456789abcdef'];
const NOISE = [...'0123456789abcdefABCDEFxX:.%/[]- +,\t'];

/** An IPv4 octet written with leading zeros, out of range, or with many digits. */
const octetText = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 255 }).map(String) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 0, max: 255 }))
      .map(([zeros, n]) => `${'0'.repeat(zeros)}${String(n)}`),
  },
  { weight: 1, arbitrary: fc.integer({ min: 256, max: 0x1000000 }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom('', '00000000000000000001', '0x1', '1e1', '-1') },
);

const dottedText = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.array(octetText, { minLength: 4, maxLength: 4 }).map((o) => o.join('.')),
  },
  {
    weight: 1,
    arbitrary: fc.array(octetText, { minLength: 1, maxLength: 6 }).map((o) => o.join('.')),
  },
);

/** Eight IPv6 groups, biased toward zeros so that `::` has runs (and ties) to choose from. */
const groups = fc.array(
  fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 0, max: 0xffff })),
  { minLength: 8, maxLength: 8 },
);

function groupText(g: number, style: number): string {
  const hex = g.toString(16);
  if (style === 1) return hex.toUpperCase();
  if (style === 2) return hex.padStart(4, '0');
  return hex;
}

/** An IPv6 text with `::` at any run of zeros (or none), in any case and padding. */
const ipv6Text = fc
  .tuple(groups, fc.nat(), fc.integer({ min: 0, max: 2 }), fc.nat({ max: 9 }), dottedText)
  .map(([gs, cut, style, tail, dotted]) => {
    const parts = gs.map((g) => groupText(g, style));
    // A dotted tail replaces the last two groups a third of the time.
    const body = tail < 3 ? [...parts.slice(0, 6), dotted] : parts;
    const zeroRuns: [number, number][] = [];
    for (let i = 0; i < body.length; i += 1) {
      if (gs[i] !== 0 || (tail < 3 && i >= 6)) continue;
      let j = i;
      while (j < body.length && gs[j] === 0 && !(tail < 3 && j >= 6)) j += 1;
      for (let end = i + 1; end <= j; end += 1) zeroRuns.push([i, end]);
    }
    const run = zeroRuns.length > 0 && cut % 3 !== 0 ? zeroRuns[cut % zeroRuns.length] : undefined;
    if (!run) return body.join(':');
    return `${body.slice(0, run[0]).join(':')}::${body.slice(run[1]).join(':')}`;
  });

/** IPv4-mapped and IPv4-compatible IPv6 in dotted and hex forms. */
const mappedText = fc
  .tuple(dottedText, fc.integer({ min: 0, max: 0xffffffff }), fc.nat({ max: 5 }))
  .map(([dotted, v, form]) => {
    const hi = (v >>> 16).toString(16);
    const lo = (v & 0xffff).toString(16);
    switch (form) {
      case 0:
        return `::ffff:${dotted}`;
      case 1:
        return `::FFFF:${hi}:${lo}`;
      case 2:
        return `0:0:0:0:0:ffff:${dotted}`;
      case 3:
        return `::${dotted}`;
      case 4:
        return `::ffff:0:${dotted}`;
      default:
        return `0000:0000:0000:0000:0000:FFFF:${hi}:${lo}`;
    }
  });

const canonicalText = ipAddress.map(formatIp);

/** Wrappers that kubeadm rejects: zones, brackets, ports, whitespace. */
function decorate(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(text, fc.nat({ max: 11 })).map(([t, how]) => {
    switch (how) {
      case 0:
        return `${t}%eth0`;
      case 1:
        return `[${t}]`;
      case 2:
        return `[${t}]:6443`;
      case 3:
        return `${t}:6443`;
      case 4:
        return ` ${t}`;
      case 5:
        return `${t}\n`;
      case 6:
        return `${t}%`;
      default:
        return t;
    }
  });
}

/** Small edits: insert, delete or replace one character. */
function mutate(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(text, fc.nat(), fc.nat({ max: 2 }), fc.constantFrom(...NOISE))
    .map(([t, at, kind, ch]) => {
      const i = t.length === 0 ? 0 : at % t.length;
      if (kind === 0) return t.slice(0, i) + ch + t.slice(i);
      if (kind === 1) return t.slice(0, i) + t.slice(i + 1);
      return t.slice(0, i) + ch + t.slice(i + 1);
    });
}

const garbage = fc.oneof(
  fc.string({ unit: fc.constantFrom(...NOISE), maxLength: 20 }),
  fc.string({ unit: fc.constantFrom(...HEX, ':'), maxLength: 45 }),
  fc.string({ maxLength: 12 }),
);

const addressText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: canonicalText },
  { weight: 3, arbitrary: dottedText },
  { weight: 4, arbitrary: ipv6Text },
  { weight: 2, arbitrary: mappedText },
  { weight: 2, arbitrary: decorate(fc.oneof(canonicalText, ipv6Text, dottedText)) },
  { weight: 2, arbitrary: mutate(fc.oneof(canonicalText, ipv6Text, mappedText)) },
  { weight: 1, arbitrary: garbage },
);

const prefixText = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 128 }).map(String) },
  { weight: 2, arbitrary: fc.integer({ min: 90, max: 128 }).map(String) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 140 }))
      .map(([zeros, n]) => `${'0'.repeat(zeros)}${String(n)}`),
  },
  { weight: 1, arbitrary: fc.integer({ min: 129, max: 0x1000000 }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom('', '+24', '-1', ' 24', '24 ', '0x10', '2 4', '/24') },
);

const cidrText = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(addressText, prefixText).map(([a, p]) => `${a}/${p}`) },
  { weight: 1, arbitrary: addressText },
  {
    weight: 1,
    arbitrary: mutate(fc.tuple(canonicalText, prefixText).map(([a, p]) => `${a}/${p}`)),
  },
);

/** Comma lists of 1 to 4 entries, mixing families, with duplicates and empty entries. */
function listText(entry: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const valid = entry.filter((t) => !t.includes(','));
  return fc.oneof(
    fc.array(valid, { minLength: 1, maxLength: 4 }).map((es) => es.join(',')),
    fc.tuple(valid, valid).map(([a, b]) => [a, b, a].join(',')),
    fc.tuple(valid, fc.nat({ max: 2 })).map(([a, where]) => ['', `${a},`, `,${a}`][where] ?? a),
  );
}

const goodIpEntry = fc.oneof(canonicalText, mappedText, ipv6Text);
const goodCidrEntry = fc.oneof(
  fc
    .tuple(ipAddress, fc.integer({ min: 0, max: 128 }))
    .map(([ip, p]) => `${formatIp(ip)}/${String(ip.family === 'ipv4' ? p % 33 : p)}`),
  fc.tuple(mappedText, fc.integer({ min: 90, max: 128 })).map(([a, p]) => `${a}/${String(p)}`),
);

const requestArb: fc.Arbitrary<Request> = fc.oneof(
  { weight: 5, arbitrary: addressText.map((input): Request => ({ op: 'ip', input })) },
  { weight: 5, arbitrary: cidrText.map((input): Request => ({ op: 'cidr', input })) },
  {
    weight: 2,
    arbitrary: listText(fc.oneof(goodIpEntry, goodIpEntry, addressText)).map((input): Request => ({
      op: 'ips',
      input,
    })),
  },
  {
    weight: 2,
    arbitrary: listText(fc.oneof(goodCidrEntry, goodCidrEntry, goodCidrEntry, cidrText)).map(
      (input): Request => ({
        op: 'cidrs',
        input,
      }),
    ),
  },
);

/** Hand-picked cases that must be in every run. */
const FIXED: readonly Request[] = [
  ...[
    '192.168.000.005',
    '01.2.3.004',
    '::ffff:1.2.3.4',
    '::FFFF:0102:0304',
    '::1.2.3.4',
    'fe80::1%eth0',
    '[::1]',
    '1.2.3.4:80',
    ' 1.2.3.4',
    '1:2:3:4:5:6:7::',
    '::1:2:3:4:5:6:7',
    '1::2:0:0:3',
    '2001:DB8::1',
    '0.0.0.0',
    '::',
    '',
    '1.2.3.4/24',
  ].map((input): Request => ({ op: 'ip', input })),
  ...[
    '1.2.3.4/24',
    '::ffff:1.1.1.0/120',
    '::ffff:1.1.1.5/90',
    '::ffff:0.0.0.0/96',
    '10.96.0.0/012',
    '1.2.3.0/+24',
    '1.2.3.0/33',
    '::/129',
    '::/0120',
    'fd00::1/64',
    '1.2.3.4',
  ].map((input): Request => ({ op: 'cidr', input })),
  ...['1.2.3.4,::1', '1.2.3.4,::ffff:1.2.3.4', '1.2.3.4,', ',', '1.2.3.4,::1,10.0.0.1', '::1'].map(
    (input): Request => ({ op: 'ips', input }),
  ),
  ...[
    '10.0.0.0/8,fd00::/64',
    '10.0.0.0/8,::ffff:1.1.1.0/120',
    '10.0.0.0/8,',
    '::/0,::/0,1.0.0.0/8',
  ].map((input): Request => ({ op: 'cidrs', input })),
];

const RUNS = env.ORACLE_RUNS === undefined ? 12_000 : Number(env.ORACLE_RUNS);
const BATCH = 2_000;
const seed = env.ORACLE_SEED === undefined ? Date.now() % 2 ** 31 : Number(env.ORACLE_SEED);
const requests: readonly Request[] = [...FIXED, ...fc.sample(requestArb, { numRuns: RUNS, seed })];

// ---- Tests ----------------------------------------------------------------------------------

describe('net agrees with upstream k8s.io/utils/net', () => {
  let oracle: Oracle | undefined;
  let answers: readonly Answer[] = [];

  beforeAll(async () => {
    oracle = new Oracle(ensureOracle());
    const all: Answer[] = [];
    for (let i = 0; i < requests.length; i += BATCH) {
      all.push(...(await oracle.ask(requests.slice(i, i + BATCH))));
    }
    answers = all;
  }, 300_000);

  afterAll(() => oracle?.close());

  it(`on ${String(requests.length)} generated inputs (seed ${String(seed)}; ORACLE_SEED reruns it)`, () => {
    const result = compare(OURS, requests, answers);
    const excused = [...result.excused].map(([name, n]) => `${name}: ${String(n)}`).join(', ');
    // eslint-disable-next-line no-console -- the counts are the test's report (docs/fidelity.md)
    console.log(
      `address oracle: ${String(result.compared)} inputs compared (seed ${String(seed)}), ` +
        `${String(result.disagreements.length)} disagreements; excused: ${excused || 'none'}`,
    );
    // eslint-disable-next-line no-console -- which parts of the input space the run reached
    console.log(`address oracle coverage: ${coverage(requests, answers)}`);
    expect(result.compared).toBeGreaterThanOrEqual(10_000);
    expect(result.disagreements.slice(0, 20)).toEqual([]);
  });

  it('catches a deliberately broken parser (octal octets, IPv4-mapped reported as IPv6)', () => {
    const broken = brokenNet();
    const result = compare(broken, requests, answers);
    expect(result.disagreements.length).toBeGreaterThan(0);
    const inputs = result.disagreements.map((d) => d.request.input);
    expect(inputs.some((t) => t.includes('::ffff:') || t.includes('::FFFF:'))).toBe(true);
    expect(inputs.some((t) => /(^|[.:])0\d/u.test(t))).toBe(true);
  });
});

/** Per op: inputs, how many upstream accepts, and how many of those are IPv6 / have host bits / are dual. */
function coverage(rs: readonly Request[], as: readonly Answer[]): string {
  const counts = new Map<Op, { n: number; valid: number; notable: number }>();
  rs.forEach((r, i) => {
    const a = as[i];
    const c = counts.get(r.op) ?? { n: 0, valid: 0, notable: 0 };
    c.n += 1;
    if (a?.valid) c.valid += 1;
    if (r.op === 'ip' ? a?.family === 'ipv6' : r.op === 'cidr' ? a?.hostBits : a?.dualStack) {
      c.notable += 1;
    }
    counts.set(r.op, c);
  });
  const notable: Record<Op, string> = { ip: 'IPv6', cidr: 'host bits', ips: 'dual', cidrs: 'dual' };
  return [...counts]
    .map(
      ([op, c]) =>
        `${op} ${String(c.n)} (valid ${String(c.valid)}, ${notable[op]} ${String(c.notable)})`,
    )
    .join('; ');
}

/** Our parser with two planted bugs: octets with a leading zero are octal, and mapped stays IPv6. */
function brokenNet(): NetUnderTest {
  const octal = (text: string): string =>
    text.replace(
      /(^|[.:])0([0-7]+)(?=\.|$)/gu,
      (_, sep: string, d: string) => `${sep}${String(parseInt(d, 8))}`,
    );
  const brokenIp = (text: string): IpParseResult => {
    const r = parseIp(octal(text));
    if (r.ok && r.ip.family === 'ipv4' && text.toLowerCase().includes('::ffff:')) {
      return { ...r, ip: { family: 'ipv6', value: r.ip.value | (0xffffn << 32n) } };
    }
    return r;
  };
  const familyOf = (text: string) => {
    const r = brokenIp(text);
    return r.ok ? r.ip.family : undefined;
  };
  return {
    parseIp: brokenIp,
    parseCidr,
    ipFamiliesOf: (texts) => {
      const found = texts.map(familyOf);
      return found.includes(undefined)
        ? undefined
        : [...new Set(found)].filter((f) => f !== undefined);
    },
    cidrFamiliesOf,
  };
}
