// Go's time.ParseDuration, for bootstrap token TTLs: `24h`, `1h30m`, `1.5h`, `0`.

const NANOS_PER_UNIT: Readonly<Record<string, bigint>> = {
  ns: 1n,
  us: 1_000n,
  µs: 1_000n, // U+00B5 micro sign
  μs: 1_000n, // U+03BC Greek mu
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
};

const INT64_MAX = (1n << 63n) - 1n;
const COMPONENT = /^(\d*)(?:\.(\d*))?([^\d.]*)/u;

/** Reads a Go duration into nanoseconds; undefined when Go's ParseDuration would refuse it. */
export function parseGoDuration(text: string): bigint | undefined {
  if (typeof text !== 'string') return undefined;
  let rest = text;
  const negative = rest.startsWith('-');
  if (negative || rest.startsWith('+')) rest = rest.slice(1);
  if (rest === '0') return 0n;
  if (rest === '') return undefined;
  let total = 0n;
  while (rest !== '') {
    const match = COMPONENT.exec(rest);
    const [whole = '', int = '', fraction, unit = ''] = match ?? [];
    // Go needs a digit on one side of the '.', and a known unit after every number.
    if (whole === '' || (int === '' && !fraction)) return undefined;
    const perUnit = NANOS_PER_UNIT[unit];
    if (perUnit === undefined) return undefined;
    total += BigInt(int || '0') * perUnit;
    if (fraction) total += (BigInt(fraction) * perUnit) / 10n ** BigInt(fraction.length);
    if (total > INT64_MAX + (negative ? 1n : 0n)) return undefined;
    rest = rest.slice(whole.length);
  }
  return negative ? -total : total;
}
