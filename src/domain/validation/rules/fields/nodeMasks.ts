import { KUBEADM_LIMITS, type Arg } from '../../../kubeadm/documents.ts';
import { LEGACY_NODE_MASK_FLAG, NODE_MASK_DEFAULT, nodeMaskFlag } from '../../../kubeadm/flags.ts';
import { lastArg } from '../../../kubeadm/wire.ts';
import { formatCidr } from '../../../net/cidr.ts';
import { familyBits } from '../../../net/ip.ts';
import { IP_FAMILIES, type Cidr, type IpFamily } from '../../../net/types.ts';
import type { Issue, IssueParamsByCode } from '../../issues.ts';
import { describeValue, issue } from './shared.ts';

type MaskReason = IssueParamsByCode['node_mask_invalid']['reason'];

/** Node CIDR mask per family, as kube-controller-manager allocates them. */
export interface NodeMasks {
  ipv4: number;
  ipv6: number;
}

const LEGACY_FLAG = LEGACY_NODE_MASK_FLAG;

/**
 * Reads the KCM node mask flags from controllerManager extraArgs (last occurrence wins, defaults
 * 24/64) and checks them as kubeadm and KCM do (RULES.md §4.3, §8, §26.4); `families` are the
 * pod subnet's families. `legacy` is the legacy flag's value, which KCM honours in single-stack.
 */
export function nodeMasksFromArgs(
  args: readonly Arg[],
  families: readonly IpFamily[],
): { issues: Issue[]; masks: NodeMasks; legacy?: number } {
  const issues: Issue[] = [];
  const masks: NodeMasks = { ...NODE_MASK_DEFAULT };
  let familyFlagSet = false;
  for (const family of IP_FAMILIES) {
    const flag = nodeMaskFlag(family);
    const raw = lastValue(args, flag);
    if (raw === undefined) continue;
    familyFlagSet = true;
    const read = readMask(raw, familyBits(family));
    if (read.reason === 'not_integer') {
      issues.push(maskIssue(flag, raw, 'not_integer'));
      continue;
    }
    // KCM refuses a per-family flag for a family the cluster CIDRs lack (RULES.md §8).
    if (families.length > 0 && !families.includes(family)) {
      issues.push(maskIssue(flag, raw, 'family_absent'));
    } else if (read.reason === 'out_of_range') {
      issues.push(maskIssue(flag, raw, 'out_of_range'));
    }
    if (read.value !== undefined) masks[family] = read.value;
  }
  const legacy = legacyMask(args, families, familyFlagSet);
  issues.push(...legacy.issues);
  return legacy.value === undefined ? { issues, masks } : { issues, masks, legacy: legacy.value };
}

function legacyMask(
  args: readonly Arg[],
  families: readonly IpFamily[],
  familyFlagSet: boolean,
): { issues: Issue[]; value?: number } {
  const raw = lastValue(args, LEGACY_FLAG);
  if (raw === undefined) return { issues: [] };
  const [only] = families;
  const read = readMask(raw, families.length === 1 && only ? familyBits(only) : 128);
  if (read.reason === 'not_integer')
    return { issues: [maskIssue(LEGACY_FLAG, raw, 'not_integer')] };
  const issues: Issue[] = [];
  if (families.length > 1) {
    issues.push(maskIssue(LEGACY_FLAG, raw, 'legacy_dual_stack'));
  } else if (familyFlagSet) {
    issues.push(maskIssue(LEGACY_FLAG, raw, 'legacy_with_family'));
  } else if (read.reason === 'out_of_range') {
    issues.push(maskIssue(LEGACY_FLAG, raw, 'out_of_range'));
  }
  return read.value === undefined ? { issues } : { issues, value: read.value };
}

/**
 * The node masks kube-controller-manager itself uses (setNodeCIDRMaskSizes in
 * cmd/kube-controller-manager/app/core.go, RULES.md §8), which kubeadm's own check ignores: a flag
 * of 0 counts as unset; in single-stack the legacy flag sets the mask of the one family; otherwise
 * the per-family flags, else 24/64. The last occurrence of a flag wins. When KCM refuses the flags
 * (legacy in dual-stack, or next to a per-family flag), that is node_mask_invalid already and the
 * per-family masks stand in; so do the defaults for a value that is no integer.
 */
export function kcmNodeMasks(args: readonly Arg[], families: readonly IpFamily[]): NodeMasks {
  const masks: NodeMasks = { ...NODE_MASK_DEFAULT };
  let familyFlagSet = false;
  for (const family of IP_FAMILIES) {
    const value = kcmFlagValue(args, nodeMaskFlag(family));
    if (value === undefined) continue;
    familyFlagSet = true;
    masks[family] = value;
  }
  const [only] = families;
  const legacy = kcmFlagValue(args, LEGACY_FLAG);
  if (families.length === 1 && only !== undefined && !familyFlagSet && legacy !== undefined) {
    masks[only] = legacy;
  }
  return masks;
}

/** A mask flag's last value as KCM reads it: undefined when absent, 0 or not a usable integer. */
function kcmFlagValue(args: readonly Arg[], name: string): number | undefined {
  const raw = lastValue(args, name);
  if (raw === undefined) return undefined;
  const read = readMask(raw, 128);
  return read.value === undefined || read.value <= 0 || read.reason !== undefined
    ? undefined
    : read.value;
}

/** The flag's last value as text for the messages, whatever type the YAML gave it. */
function lastValue(args: readonly Arg[], name: string): string | undefined {
  const found = lastArg(args, name);
  return found === undefined ? undefined : describeValue(found.value);
}

/**
 * kubeadm reads the flag with Go's Atoi (optional sign, decimal digits). A leading zero is refused
 * too: KCM's flag parser reads `024` as octal 20, so kubeadm and KCM would disagree on the mask.
 */
function readMask(raw: string, bits: number): { value?: number; reason?: MaskReason } {
  const match = /^([+-]?)(\d+)$/u.exec(raw);
  const digits = match?.[2];
  if (digits === undefined || (digits.length > 1 && digits.startsWith('0'))) {
    return { reason: 'not_integer' };
  }
  const value = (match?.[1] === '-' ? -1 : 1) * Number(digits);
  if (!Number.isSafeInteger(value) || value < 0 || value > bits) {
    return Number.isSafeInteger(value)
      ? { value, reason: 'out_of_range' }
      : { reason: 'out_of_range' };
  }
  return { value };
}

function maskIssue(flag: string, value: string, reason: MaskReason): Issue {
  return issue('node_mask_invalid', { flag, value, reason }, { path: flag });
}

function isCidr(value: unknown): value is Cidr {
  if (typeof value !== 'object' || value === null) return false;
  const { family, prefix } = value as Partial<Cidr>;
  return (family === 'ipv4' || family === 'ipv6') && Number.isInteger(prefix);
}

/**
 * Checks each pod CIDR against its family's node mask (RULES.md §4.2): the pod prefix may not be
 * longer than the node mask, nor more than 16 bits shorter (kubeadm applies 16 to both families).
 */
export function checkPodSubnetNodeMasks(cidrs: readonly Cidr[], masks: NodeMasks): Issue[] {
  const maxDiff = KUBEADM_LIMITS.podNodeMaskMaxDiff;
  if (!Array.isArray(cidrs) || typeof masks !== 'object' || masks === null) return [];
  return cidrs.flatMap((cidr) => {
    if (!isCidr(cidr)) return [];
    const nodeMask = masks[cidr.family];
    if (!Number.isInteger(nodeMask)) return [];
    const params = { cidr: formatCidr(cidr), podMask: cidr.prefix, nodeMask };
    if (cidr.prefix > nodeMask) return [issue('pod_subnet_smaller_than_node_mask', params)];
    if (nodeMask - cidr.prefix > maxDiff) {
      return [issue('node_mask_difference_too_large', { ...params, maxDiff })];
    }
    return [];
  });
}

/**
 * The same relation as KCM checks it with the masks it uses (RULES.md §8): the pod prefix may not
 * be longer than the node mask, and for IPv6 only the node mask may not be more than 16 bits longer
 * (cidrset refuses it). Meant for masks that differ from kubeadm's (see kcmNodeMasks).
 */
export function checkPodSubnetKcmNodeMasks(cidrs: readonly Cidr[], masks: NodeMasks): Issue[] {
  const maxDiff = KUBEADM_LIMITS.podNodeMaskMaxDiff;
  return cidrs.flatMap((cidr) => {
    if (!isCidr(cidr)) return [];
    const nodeMask = masks[cidr.family];
    const params = { cidr: formatCidr(cidr), podMask: cidr.prefix, nodeMask };
    if (cidr.prefix > nodeMask) return [issue('pod_subnet_smaller_than_node_mask', params)];
    if (cidr.family === 'ipv6' && nodeMask - cidr.prefix > maxDiff) {
      return [issue('node_mask_difference_too_large', { ...params, maxDiff })];
    }
    return [];
  });
}

/** How many node blocks of `/nodeMask` the pod CIDR holds; 0 when the mask is shorter than the CIDR or impossible. */
export function podSubnetCapacity(cidr: Cidr, nodeMask: number): bigint {
  if (
    !isCidr(cidr) ||
    !Number.isInteger(nodeMask) ||
    nodeMask < cidr.prefix ||
    nodeMask > familyBits(cidr.family)
  ) {
    return 0n;
  }
  return 1n << BigInt(nodeMask - cidr.prefix);
}
