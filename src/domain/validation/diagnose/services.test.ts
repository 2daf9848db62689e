import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnoseNodes } from './nodes.ts';

const fixture = (name: string) => ({
  name,
  text: readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8'),
});
const NODES = fixture('nodes.json');
const CONFIG_MAP = fixture('kubeadm-config-configmap.yaml');
const SERVICES = fixture('services.yaml');
const SINGLE = fixture('service-single-stack.yaml');

const serviceIssues = (services: { name: string; text: string }, config = CONFIG_MAP) =>
  diagnoseNodes(NODES, config, { services }).issues.filter((i) => i.file === services.name);

const config = (podSubnet: string, serviceSubnet: string) => ({
  name: 'kubeadm-config.yaml',
  text: `apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nnetworking:\n  podSubnet: ${podSubnet}\n  serviceSubnet: ${serviceSubnet}\n`,
});

describe('diagnoseNodes with Services (kubectl get svc -A -o yaml)', () => {
  it('reports each Service’s type, policy and cluster IPs per family', () => {
    const { services } = diagnoseNodes(NODES, CONFIG_MAP, { services: SERVICES });
    expect(services?.map((s) => [s.name, s.type, s.policy, s.headless, s.clusterIps])).toEqual([
      ['default/kubernetes', 'ClusterIP', 'SingleStack', false, { ipv4: ['10.96.0.1'], ipv6: [] }],
      ['default/web', 'ClusterIP', 'SingleStack', false, { ipv4: ['10.96.12.34'], ipv6: [] }],
      [
        'default/web-dual',
        'ClusterIP',
        'PreferDualStack',
        false,
        { ipv4: ['10.96.40.1'], ipv6: ['fd00:10:96::4001'] },
      ],
      ['shop/api', 'NodePort', 'PreferDualStack', false, { ipv4: ['10.96.50.2'], ipv6: [] }],
      [
        'shop/legacy',
        'ClusterIP',
        'RequireDualStack',
        false,
        { ipv4: ['10.100.0.7'], ipv6: ['fd00:10:96::77'] },
      ],
      ['shop/db', 'ClusterIP', 'SingleStack', true, { ipv4: [], ipv6: [] }],
      ['shop/payments', 'ExternalName', '', false, { ipv4: [], ipv6: [] }],
    ]);
  });

  it('names the single-stack one, the one that fell back to one family and the IP outside the range', () => {
    expect(serviceIssues(SERVICES).map((i) => [i.code, i.severity, i.path, i.params])).toEqual([
      [
        'service_single_stack',
        'warning',
        'items.1.spec.ipFamilyPolicy',
        { service: 'default/web', policy: 'SingleStack', family: 'ipv6' },
      ],
      [
        'service_family_missing',
        'warning',
        'items.3.spec.clusterIPs',
        { service: 'shop/api', policy: 'PreferDualStack', family: 'ipv6' },
      ],
      [
        'service_ip_outside',
        'warning',
        'items.4.spec.clusterIPs',
        {
          service: 'shop/legacy',
          ip: '10.100.0.7',
          serviceSubnets: '10.96.0.0/16, fd00:10:96::/112',
        },
      ],
    ]);
  });

  it('reads one Service, and one without ipFamilyPolicy (a manifest not yet applied)', () => {
    expect(serviceIssues(SINGLE).map((i) => [i.path, i.params])).toEqual([
      ['spec.ipFamilyPolicy', { service: 'default/web', policy: 'SingleStack', family: 'ipv6' }],
    ]);
    const manifest = {
      name: 'svc.json',
      text: JSON.stringify({
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'web' },
        spec: { ports: [{ port: 80 }] },
      }),
    };
    expect(serviceIssues(manifest).map((i) => [i.code, i.params])).toEqual([
      ['service_single_stack', { service: 'web', policy: 'absent', family: 'ipv6' }],
    ]);
  });

  it('names the family an IPv6-first Service lacks', () => {
    const text = SINGLE.text
      .replace(/10\.96\.12\.34/g, 'fd00:10:96::1234')
      .replace('- IPv4', '- IPv6');
    const v6first = config('fd00:10:244::/56,10.244.0.0/16', 'fd00:10:96::/112,10.96.0.0/16');
    expect(serviceIssues({ name: 's.yaml', text }, v6first).map((i) => i.params)).toEqual([
      { service: 'default/web', policy: 'SingleStack', family: 'ipv4' },
    ]);
  });

  it('says nothing of policies on a single-stack cluster, but still checks the service range', () => {
    const single = config('10.244.0.0/16', '10.96.0.0/16');
    expect(serviceIssues(SERVICES, single).map((i) => [i.code, i.params])).toEqual([
      [
        'service_ip_outside',
        { service: 'shop/legacy', ip: '10.100.0.7', serviceSubnets: '10.96.0.0/16' },
      ],
    ]);
  });

  it('leaves headless, ExternalName and default/kubernetes Services alone', () => {
    const names = serviceIssues(SERVICES).map((i) =>
      'service' in i.params ? i.params.service : '',
    );
    expect(names).not.toContain('shop/db');
    expect(names).not.toContain('shop/payments');
    expect(names).not.toContain('default/kubernetes');
  });
});

describe('Services on hostile pastes', () => {
  const codes = (text: string) =>
    serviceIssues({ name: 'paste', text }).map((i) => [
      i.code,
      'expected' in i.params ? i.params.expected : '',
    ]);

  it('refuses other objects, junk and limits with a catalogue code', () => {
    expect(codes(NODES.text)).toEqual([['wrong_object', 'ServiceList']]);
    expect(codes(CONFIG_MAP.text)).toEqual([['wrong_object', 'ServiceList']]);
    expect(
      codes('{"kind":"List","items":[{"kind":"Service","metadata":{"name":"a"}},{"kind":"Pod"}]}'),
    ).toEqual([
      ['wrong_object', 'Service'],
      ['service_single_stack', ''],
    ]);
    expect(codes('')).toEqual([['required', '']]);
    expect(codes('\u0000\u0001ELF')).toEqual([['file_encoding', '']]);
    expect(codes('kind: Service\nspec: [')).toEqual([['yaml_syntax', '']]);
    expect(codes('x'.repeat(3 * 1024 * 1024))).toEqual([['input_limit', '']]);
    expect(codes(`${'{"a":'.repeat(300)}1${'}'.repeat(300)}`)).toEqual([['input_limit', '']]);
  });

  it('never throws on arbitrary JSON or Service-shaped objects', () => {
    const anything = fc.jsonValue();
    const service = fc.record({
      kind: fc.constant('Service'),
      metadata: fc.oneof(anything, fc.record({ name: anything, namespace: anything })),
      spec: fc.oneof(
        anything,
        fc.record({
          type: anything,
          clusterIP: fc.oneof(anything, fc.constantFrom('None', '10.96.0.9', 'fd00:10:96::9')),
          clusterIPs: anything,
          ipFamilies: anything,
          ipFamilyPolicy: fc.oneof(anything, fc.constantFrom('SingleStack', 'PreferDualStack')),
        }),
      ),
    });
    fc.assert(
      fc.property(
        fc.oneof(
          anything,
          fc.array(service, { maxLength: 6 }).map((items) => ({ kind: 'List', items })),
        ),
        (value) => {
          const text = JSON.stringify(value) ?? '';
          const result = diagnoseNodes(NODES, CONFIG_MAP, { services: { name: 's', text } });
          expect(Array.isArray(result.services)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
