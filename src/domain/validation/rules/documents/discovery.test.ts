import { describe, expect, it } from 'vitest';
import type { Discovery } from '../../../kubeadm/documents.ts';
import { CA_HASH, TOKEN } from '../cluster/__fixtures__/builders.ts';
import { checkDiscovery } from './discovery.ts';

const ctx = { file: 'join.yaml', document: 0, apiVersion: 'kubeadm.k8s.io/v1beta4' };
const at = (discovery: Discovery | undefined) =>
  checkDiscovery(discovery, ctx).map((i) => [i.code, i.path]);

describe('checkDiscovery', () => {
  it('requires exactly one discovery method', () => {
    expect(at(undefined)).toEqual([['discovery_method', 'discovery']]);
    expect(at({})).toEqual([['discovery_method', 'discovery']]);
    const both = checkDiscovery(
      {
        bootstrapToken: {
          token: TOKEN,
          apiServerEndpoint: '10.0.0.1:6443',
          caCertHashes: [CA_HASH],
        },
        file: { kubeConfigPath: '/etc/kubernetes/discovery.conf' },
      },
      ctx,
    );
    expect(both[0]).toMatchObject({ code: 'discovery_method', params: { reason: 'both' } });
  });

  it('places token discovery issues at their kubeadm paths', () => {
    expect(
      at({ bootstrapToken: { token: 'ABC.def', caCertHashes: [CA_HASH, 'sha256:zz'] } }),
    ).toEqual([
      ['token_format', 'discovery.bootstrapToken.token'],
      ['required', 'discovery.bootstrapToken.apiServerEndpoint'],
      ['ca_cert_hash_format', 'discovery.bootstrapToken.caCertHashes.1'],
    ]);
  });

  it('requires a CA hash unless unsafeSkipCAVerification is true', () => {
    const token = { token: TOKEN, apiServerEndpoint: '10.0.0.1:6443' };
    expect(at({ bootstrapToken: token })).toEqual([
      ['ca_cert_hash_missing', 'discovery.bootstrapToken.caCertHashes'],
    ]);
    expect(at({ bootstrapToken: { ...token, unsafeSkipCAVerification: true } })).toEqual([]);
  });

  it('checks the endpoint as host:port with brackets around IPv6', () => {
    const token = { token: TOKEN, caCertHashes: [CA_HASH] };
    expect(at({ bootstrapToken: { ...token, apiServerEndpoint: 'fd00::1:6443' } })).toEqual([
      ['endpoint_syntax', 'discovery.bootstrapToken.apiServerEndpoint'],
    ]);
    expect(at({ bootstrapToken: { ...token, apiServerEndpoint: '[fd00::1]:6443' } })).toEqual([]);
  });

  it('checks a set tlsBootstrapToken and the file discovery path', () => {
    expect(at({ file: { kubeConfigPath: 'relative.conf' }, tlsBootstrapToken: 'x' })).toEqual([
      ['discovery_file', 'discovery.file.kubeConfigPath'],
      ['token_format', 'discovery.tlsBootstrapToken'],
    ]);
  });
});
