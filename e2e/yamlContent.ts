import { parseAllDocuments } from 'yaml';
import { parseCidr, parseIp } from '../src/domain/index.ts';

/** A value with every address and CIDR (also inside comma lists) in canonical form. */
function canonical(value: unknown): unknown {
  if (typeof value === 'string') {
    return value
      .split(',')
      .map((part) => {
        const cidr = parseCidr(part);
        if (cidr.ok) return cidr.canonical;
        const ip = parseIp(part);
        return ip.ok ? ip.canonical : part;
      })
      .join(',');
  }
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}

/** The documents of a YAML stream as data, addresses canonical, so equal content compares equal. */
export function yamlContent(text: string): unknown[] {
  return parseAllDocuments(text).map((doc) => canonical(doc.toJS()));
}
