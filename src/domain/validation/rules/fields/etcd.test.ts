import { describe, expect, it } from 'vitest';
import type { Etcd } from '../../../kubeadm/documents.ts';
import { makeIssue } from '../../issues.ts';
import { checkEtcd, checkUrls } from './etcd.ts';
import { codesOf, hasError, rows, vectorsFor } from './vectorCases.ts';

const TLS = { caFile: '/etc/etcd/ca.crt', certFile: '/etc/etcd/c.crt', keyFile: '/etc/etcd/c.key' };

describe('checkEtcd', () => {
  it('accepts local etcd, and no etcd at all (kubeadm defaults to local)', () => {
    expect(checkEtcd({})).toEqual([]);
    expect(
      checkEtcd({ local: { dataDir: '/var/lib/etcd', serverCertSANs: ['etcd.local'] } }),
    ).toEqual([]);
  });

  it('refuses local and external together', () => {
    expect(checkEtcd({ local: {}, external: { endpoints: [] } })).toEqual([
      makeIssue('etcd', { path: '' }, { reason: 'local_and_external' }),
    ]);
  });

  it('checks local paths, SANs, image repository and arguments at their paths', () => {
    const etcd: Etcd = {
      local: {
        dataDir: 'etcd',
        peerCertSANs: ['ok', 'bad san'],
        imageRepository: 'x/',
        extraArgs: [{ name: '', value: '' }],
      },
    };
    expect(checkEtcd(etcd).map((i) => [i.code, i.path])).toEqual([
      ['absolute_path', 'local.dataDir'],
      ['dns_name', 'local.peerCertSANs.1'],
      ['image_repository', 'local.imageRepository'],
      ['extra_arg_name', 'local.extraArgs.0'],
    ]);
  });

  it('accepts external etcd over https with a full TLS set, or over http without one', () => {
    expect(checkEtcd({ external: { endpoints: ['https://10.0.0.1:2379'], ...TLS } })).toEqual([]);
    expect(checkEtcd({ external: { endpoints: ['http://10.0.0.1:2379'] } })).toEqual([]);
  });

  it('refuses http with TLS files, half a key pair, and a pair without a CA', () => {
    expect(codesOf(checkEtcd({ external: { endpoints: ['http://e:2379'], ...TLS } }))).toEqual([
      'etcd',
    ]);
    expect(checkEtcd({ external: { certFile: '/c' } })[0]?.params).toEqual({
      reason: 'cert_key_pair',
    });
    const noCa = checkEtcd({ external: { certFile: '/c', keyFile: '/k' } });
    expect(noCa.map((i) => i.params)).toEqual([{ reason: 'ca_file_required' }]);
  });

  it('refuses relative TLS file paths', () => {
    const issues = checkEtcd({ external: { ...TLS, caFile: 'ca.crt' } });
    expect(issues.map((i) => [i.code, i.path])).toEqual([['absolute_path', 'external.caFile']]);
  });
});

describe('checkUrls', () => {
  it('reports each bad URL at its index with the reason', () => {
    expect(
      checkUrls(['https://a', 'a:2379', 'a.b', 'http://[::1]x'], true).map((i) => [
        i.path,
        i.params,
      ]),
    ).toEqual([
      ['1', { reason: 'url_not_https', value: 'a:2379' }],
      ['2', { reason: 'url_no_scheme', value: 'a.b' }],
      ['3', { reason: 'url_syntax', value: 'http://[::1]x' }],
    ]);
  });
});

const etcd = vectorsFor('etcd');
const neither = etcd.filter((v) => Object.keys(v.input.etcd as object).length === 0);
const etcdRest = etcd.filter((v) => !neither.includes(v));
describe(`vectors: etcd (${String(etcd.length)} cases)`, () => {
  it.each(rows(etcdRest))('agrees: %s', (_, v) => {
    expect(hasError(checkEtcd(v.input.etcd as Etcd))).toBe(!v.valid);
  });

  // ValidateEtcd alone refuses it, but SetDefaults_Etcd fills in local etcd first in every real run.
  it.each(rows(neither))(
    'accepts, since kubeadm defaults to local etcd before validating: %s',
    (_, v) => {
      expect(checkEtcd(v.input.etcd as Etcd)).toEqual([]);
    },
  );

  it('covers every case', () => {
    expect(neither.length + etcdRest.length).toBe(etcd.length);
  });
});

const urls = vectorsFor('urls');
describe(`vectors: urls (${String(urls.length)} cases)`, () => {
  it.each(rows(urls))('agrees: %s', (_, v) => {
    const issues = checkUrls(v.input.urls as string[], v.input.requireHTTPS === true);
    expect(hasError(issues)).toBe(!v.valid);
  });
});
