import { familyBits } from '../../net/ip.ts';
import type { Cidr, IpFamily } from '../../net/types.ts';

/** A stretch of a family's axis, as fractions from 0 (the axis's first address) to 1 (past its last). */
export interface AxisSpan {
  readonly start: number;
  readonly end: number;
}

/** An inclusive stretch of addresses of one family, as numbers. */
export interface AddressInterval {
  readonly first: bigint;
  readonly last: bigint;
}

/**
 * A family's axis: the smallest block holding every item, cut at every range's ends. Half of the
 * width is shared by the pieces (a piece inside a range counts four times one between ranges),
 * half is proportional to their sizes, so a /112 beside a /56 stays visible and still looks
 * smaller. `breaks` are the pieces' first addresses (and the axis's end); `stops` their positions.
 */
export interface MapAxis {
  readonly cidr: Cidr;
  readonly breaks: readonly bigint[];
  readonly stops: readonly number[];
}

/** The narrowest span drawn, as a fraction of the axis, so a single address is still seen. */
export const MIN_SPAN = 0.004;

// Positions inside a piece are worked out in millionths with BigInt, then turned into numbers.
const SCALE = 1_000_000n;
const RANGE_PIECE = 4;
const GAP_PIECE = 1;

/** The smallest block that holds every interval (all of one family); undefined for none. */
export function coveringCidr(
  family: IpFamily,
  intervals: readonly AddressInterval[],
): Cidr | undefined {
  const [head] = intervals;
  if (!head) return undefined;
  let low = head.first;
  let high = head.last;
  for (const { first, last } of intervals) {
    if (first < low) low = first;
    if (last > high) high = last;
  }
  const bits = familyBits(family);
  let prefix = bits;
  while (prefix > 0 && low >> BigInt(bits - prefix) !== high >> BigInt(bits - prefix)) prefix -= 1;
  const hostBits = BigInt(bits - prefix);
  return { family, network: (low >> hostBits) << hostBits, prefix };
}

const ratio = (part: bigint, whole: bigint) => Number((part * SCALE) / whole) / Number(SCALE);

/** The axis for ranges and single addresses of one family; undefined when there is neither. */
export function buildAxis(
  family: IpFamily,
  ranges: readonly AddressInterval[],
  points: readonly bigint[],
): MapAxis | undefined {
  const cidr = coveringCidr(family, [...ranges, ...points.map((p) => ({ first: p, last: p }))]);
  if (!cidr) return undefined;
  const start = cidr.network;
  const end = start + (1n << BigInt(familyBits(family) - cidr.prefix));
  const cuts = new Set<bigint>([start, end]);
  for (const r of ranges) cuts.add(r.first).add(r.last + 1n);
  const breaks = [...cuts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const pieces = breaks.slice(1).map((next, i) => {
    const first = breaks[i] ?? start;
    const inRange = ranges.some((r) => r.first <= first && first <= r.last);
    return { units: inRange ? RANGE_PIECE : GAP_PIECE, size: next - first };
  });
  const units = pieces.reduce((sum, p) => sum + p.units, 0);
  const stops = [0];
  let at = 0;
  for (const piece of pieces) {
    at += 0.5 * (piece.units / units) + 0.5 * ratio(piece.size, end - start);
    stops.push(Math.min(at, 1));
  }
  stops[stops.length - 1] = 1;
  return { cidr, breaks, stops };
}

/** Where an address falls on the axis, from 0 to 1; monotone in the address. */
export function axisPosition(axis: MapAxis, value: bigint): number {
  const { breaks, stops } = axis;
  let i = 0;
  while (i < breaks.length - 2 && (breaks[i + 1] ?? value) <= value) i += 1;
  const first = breaks[i] ?? value;
  const next = breaks[i + 1] ?? value + 1n;
  const from = stops[i] ?? 0;
  const to = stops[i + 1] ?? 1;
  const offset = value < first ? 0n : value > next ? next - first : value - first;
  return from + (to - from) * ratio(offset, next - first);
}

/**
 * The span of an interval on the axis, widened to MIN_SPAN (kept inside the axis) when it would
 * be narrower.
 */
export function axisSpan(axis: MapAxis, interval: AddressInterval): AxisSpan {
  const start = axisPosition(axis, interval.first);
  const end = axisPosition(axis, interval.last + 1n);
  if (end - start >= MIN_SPAN) return { start, end };
  const widened = Math.min(start, 1 - MIN_SPAN);
  return { start: widened, end: widened + MIN_SPAN };
}
