import type { FamilyMap, MapMark, MapOverlap } from '../../domain/index.ts';
import type { UiText } from '../text/en.ts';

type MapText = UiText['addressMap'];

/** How many addresses a block holds: digits up to 2^32, a power of two beyond. */
export function addressCount(size: bigint): string {
  return size <= 1n << 32n ? size.toLocaleString('en') : `2^${size.toString(2).length - 1}`;
}

function nodeName(node: MapMark['node'], t: MapText): string {
  if (!node) return '';
  return node.name === '' ? t.nodeUnnamed(node.index + 1) : t.node(node.name);
}

/** What a single address on the map is, as the user reads it. */
export function markLabel(mark: MapMark, t: MapText): string {
  switch (mark.kind) {
    case 'kubernetes':
      return t.kubernetes;
    case 'dns':
      return t.dns;
    case 'node':
      return nodeName(mark.node, t);
    case 'advertise':
      return t.advertise(nodeName(mark.node, t));
    case 'endpoint':
      return t.endpoint;
  }
}

/** One overlap in words: which ranges, or which address inside which range. */
export function overlapText(overlap: MapOverlap, map: FamilyMap, t: MapText): string {
  if (overlap.subject === 'service') return t.rangesOverlap(overlap.value, overlap.rangeCidr);
  const mark = map.marks.find((m) => m.field === overlap.field && m.address === overlap.value);
  const what = mark ? markLabel(mark, t) : overlap.value;
  const range = `${overlap.range === 'pod' ? t.pod : t.service} ${overlap.rangeCidr}`;
  return t.addressInRange(what, overlap.value, range);
}
