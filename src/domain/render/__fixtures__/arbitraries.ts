// fast-check generators of plans for the render tests; nothing outside tests imports this file.
import fc from 'fast-check';
import { ipv4Value, ipv6Value } from '../../net/arbitraries.ts';
import { formatIp } from '../../net/ip.ts';
import type { IpFamily } from '../../net/types.ts';
import { createDefaultPlan, createNode } from '../../plan/defaults.ts';
import { stackFamilies } from '../../plan/plan.ts';
import type { ClusterPlan, PerFamily, StackMode } from '../../plan/plan.ts';

/** A generated address or block: the text a user might type and its canonical form. */
interface Typed {
  text: string;
  canonical: string;
}

/** The full, upper-case eight-group form of an IPv6 value (valid, never canonical). */
function expandedIpv6(value: bigint): string {
  const groups: string[] = [];
  for (let shift = 112n; shift >= 0n; shift -= 16n) {
    groups.push(((value >> shift) & 0xffffn).toString(16).toUpperCase());
  }
  return groups.join(':');
}

/** An address of the family typed either canonically or (IPv6) in full upper-case form. */
function typedAddress(family: IpFamily, value: bigint, expand: boolean): Typed {
  const canonical = formatIp({ family, value });
  return { text: family === 'ipv6' && expand ? expandedIpv6(value) : canonical, canonical };
}

function typedIp(family: IpFamily): fc.Arbitrary<Typed> {
  const values = family === 'ipv4' ? ipv4Value : ipv6Value;
  return fc.tuple(values, fc.boolean()).map(([v, expand]) => typedAddress(family, v, expand));
}

/** A block without host bits (so the renderer writes it canonically). */
function typedCidr(family: IpFamily): fc.Arbitrary<Typed> {
  const bits = family === 'ipv4' ? 32 : 128;
  const values = family === 'ipv4' ? ipv4Value : ipv6Value;
  return fc
    .tuple(values, fc.integer({ min: 0, max: bits }), fc.boolean())
    .map(([value, prefix, expand]) => {
      const network = value & ~((1n << BigInt(bits - prefix)) - 1n);
      const address = typedAddress(family, network, expand);
      return { text: `${address.text}/${prefix}`, canonical: `${address.canonical}/${prefix}` };
    });
}

function perFamily(gen: (family: IpFamily) => fc.Arbitrary<Typed>) {
  return fc.record({ ipv4: gen('ipv4'), ipv6: gen('ipv6') });
}

const texts = (p: PerFamily<Typed>): PerFamily => ({ ipv4: p.ipv4.text, ipv6: p.ipv6.text });

/** What the rendered init file must say for a generated plan. */
export interface ExpectedValues {
  podSubnet: string;
  serviceSubnet: string;
  nodeIps: string[];
  advertiseAddress: string;
  bindPort: number;
}

/** Plans with valid-looking subnets and node IPs of any stack, and the values they must render to. */
export const planArbitrary: fc.Arbitrary<{ plan: ClusterPlan; expected: ExpectedValues }> = fc
  .record({
    stack: fc.constantFrom<StackMode>('ipv4', 'ipv6', 'dual-ipv4-primary', 'dual-ipv6-primary'),
    apiVersion: fc.constantFrom('v1beta3' as const, 'v1beta4' as const),
    pods: perFamily(typedCidr),
    services: perFamily(typedCidr),
    nodeIps: fc.array(perFamily(typedIp), { minLength: 1, maxLength: 4 }),
    advertise: fc.option(perFamily(typedIp), { nil: undefined }),
    bindPort: fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }),
  })
  .map(({ stack, apiVersion, pods, services, nodeIps, advertise, bindPort }) => {
    const families = stackFamilies(stack);
    const primary = families[0] ?? 'ipv4';
    const list = (p: PerFamily<Typed>) => families.map((f) => p[f].canonical).join(',');
    const plan = createDefaultPlan();
    plan.apiVersion = apiVersion;
    plan.networking.stack = stack;
    plan.networking.podSubnet = texts(pods);
    plan.networking.serviceSubnet = texts(services);
    plan.nodes = nodeIps.map((ips, i) => ({
      ...createNode(i === 0 ? 'control-plane' : 'worker', `node-${i}`),
      ips: texts(ips),
    }));
    const first = plan.nodes[0];
    if (first && advertise) first.advertiseAddress = advertise[primary].text;
    if (first && bindPort !== undefined) first.bindPort = String(bindPort);
    return {
      plan,
      expected: {
        podSubnet: list(pods),
        serviceSubnet: list(services),
        nodeIps: nodeIps.map(list),
        advertiseAddress: (advertise ?? nodeIps[0])?.[primary].canonical ?? '',
        bindPort: bindPort ?? 6443,
      },
    };
  });
