/** The two address families; IPv4-mapped IPv6 (::ffff:a.b.c.d) always counts as 'ipv4', as in kubeadm. */
export type IpFamily = 'ipv4' | 'ipv6';

export const IP_FAMILIES: readonly IpFamily[] = ['ipv4', 'ipv6'];

/** An address as a number; `value` < 2^32 for IPv4, < 2^128 for IPv6. */
export interface IpAddress {
  readonly family: IpFamily;
  readonly value: bigint;
}

/** A network block with its host bits cleared. */
export interface Cidr {
  readonly family: IpFamily;
  readonly network: bigint;
  readonly prefix: number;
}

/** Why a text is not an address or a CIDR, for messages that say more than "invalid". */
export type SyntaxReason =
  | 'empty'
  | 'whitespace'
  | 'zone'
  | 'brackets'
  | 'port'
  | 'prefix_present'
  | 'prefix_missing'
  | 'prefix_syntax'
  | 'prefix_range'
  | 'malformed';

export type IpParseResult =
  | {
      readonly ok: true;
      readonly ip: IpAddress;
      /** Canonical text: dotted decimal, or RFC 5952 for IPv6. */
      readonly canonical: string;
      /** True when the input text already equals `canonical` (upper-case IPv6 hex is not canonical). */
      readonly isCanonical: boolean;
      /** True when an IPv4 part had a leading zero (`010.1.1.1`): kubeadm reads it as decimal, other tools as octal (RULES.md §21). */
      readonly leadingZeros: boolean;
    }
  | { readonly ok: false; readonly reason: SyntaxReason };

export type CidrParseResult =
  | {
      readonly ok: true;
      readonly cidr: Cidr;
      /** The address part as written (host bits kept). */
      readonly address: IpAddress;
      /** `network/prefix` in canonical text. */
      readonly canonical: string;
      /** True when the address had host bits set (kubeadm masks them off). */
      readonly hasHostBits: boolean;
      /** True when the input text already equals `canonical` (upper-case IPv6 hex is not canonical). */
      readonly isCanonical: boolean;
      /** True when an IPv4 part of the address had a leading zero (`010.0.0.0/8`), as for IpParseResult. */
      readonly leadingZeros: boolean;
    }
  | { readonly ok: false; readonly reason: SyntaxReason };

/** What kind of address this is, in Go's net.IP terms (kubelet and kubeadm use them). */
export type IpKind =
  'unspecified' | 'loopback' | 'link-local' | 'multicast' | 'broadcast' | 'unicast';
