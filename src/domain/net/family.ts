import { cidrFamilyOf } from './cidr.ts';
import { ipFamilyOf } from './ip.ts';
import type { IpFamily } from './types.ts';

function distinctFamilies(
  texts: readonly string[],
  familyOf: (text: string) => IpFamily | undefined,
): readonly IpFamily[] | undefined {
  const found: IpFamily[] = [];
  for (const text of texts) {
    const family = familyOf(text);
    if (family === undefined) return undefined;
    if (!found.includes(family)) found.push(family);
  }
  return found;
}

/** The distinct families of the addresses in order of first appearance; undefined when any text is not an address. */
export function ipFamiliesOf(texts: readonly string[]): readonly IpFamily[] | undefined {
  return distinctFamilies(texts, ipFamilyOf);
}

/** The distinct families of the CIDRs in order of first appearance; undefined when any text is not a CIDR. */
export function cidrFamiliesOf(texts: readonly string[]): readonly IpFamily[] | undefined {
  return distinctFamilies(texts, cidrFamilyOf);
}

/**
 * Whether every text is an address and both families occur, like k8s IsDualStackIPStrings; three
 * or more entries still count, so callers must cap the count themselves (RULES.md §21).
 */
export function isDualStackIps(texts: readonly string[]): boolean {
  return ipFamiliesOf(texts)?.length === 2;
}

/** Whether every text is a CIDR and both families occur, like k8s IsDualStackCIDRStrings (no count cap). */
export function isDualStackCidrs(texts: readonly string[]): boolean {
  return cidrFamiliesOf(texts)?.length === 2;
}
