// The address layer's public surface; scan.ts and syntax.ts stay internal.
export * from './types.ts';
export { familyBits, formatIp, ipEquals, ipFamilyOf, ipKind, parseIp } from './ip.ts';
export {
  cidrAddressAt,
  cidrContains,
  cidrContainsCidr,
  cidrFamilyOf,
  cidrHostBits,
  cidrKubeadmSize,
  cidrLastAddress,
  cidrSize,
  cidrsOverlap,
  formatCidr,
  parseCidr,
} from './cidr.ts';
export {
  DOCUMENTATION_PREFIXES,
  SITE_LOCAL_PREFIX,
  UNIQUE_LOCAL_PREFIX,
  documentationPrefixOf,
  isUniqueLocal,
  touchesSiteLocal,
  ulaPrefixFromRandom,
} from './special.ts';
export { cidrFreeBlockNear } from './free.ts';
export { cidrFamiliesOf, ipFamiliesOf, isDualStackCidrs, isDualStackIps } from './family.ts';
