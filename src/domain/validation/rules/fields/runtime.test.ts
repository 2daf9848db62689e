import { describe, expect, it } from 'vitest';
import type { Arg } from '../../../kubeadm/documents.ts';
import { makeIssue } from '../../issues.ts';
import {
  checkAbsolutePath,
  checkCriSocket,
  checkExtraArgs,
  checkImagePullPolicy,
  checkImageRepository,
} from './runtime.ts';
import { parseGoUrl } from './url.ts';
import { hasError, rows, text, vectorsFor } from './vectorCases.ts';

const at = { path: '' };

describe('parseGoUrl', () => {
  it('reads scheme, host and path like Go url.Parse', () => {
    expect(parseGoUrl('unix:///run/containerd/containerd.sock')).toEqual({
      scheme: 'unix',
      host: '',
      path: '/run/containerd/containerd.sock',
      opaque: '',
    });
    expect(parseGoUrl('HTTPS://h:443/p?q#f')).toMatchObject({
      scheme: 'https',
      host: 'h:443',
      path: '/p',
    });
    expect(parseGoUrl('relative/path')).toMatchObject({ scheme: '', path: 'relative/path' });
  });

  it('refuses what Go refuses', () => {
    for (const text of [
      ':::',
      'http://[::1]a',
      'http://h:port/',
      '1a:b',
      'http://a b/',
      'x\ny',
      '/%zz',
    ]) {
      expect(parseGoUrl(text)).toBeUndefined();
    }
  });
});

describe('checkCriSocket', () => {
  it('accepts empty and unix:// sockets', () => {
    expect(checkCriSocket('')).toEqual([]);
    expect(checkCriSocket('unix:///var/run/crio/crio.sock')).toEqual([]);
  });

  it('warns about a bare path, which kubeadm prefixes with unix://', () => {
    expect(checkCriSocket('/run/containerd/containerd.sock')).toEqual([
      makeIssue(
        'cri_socket',
        at,
        { value: '/run/containerd/containerd.sock', reason: 'bare_path' },
        'warning',
      ),
    ]);
  });

  it('refuses other schemes and text that is not a URL', () => {
    expect(checkCriSocket('npipe:////./pipe/x')[0]?.params).toMatchObject({ reason: 'scheme' });
    expect(checkCriSocket('containerd.sock')[0]?.params).toMatchObject({ reason: 'scheme' });
    expect(checkCriSocket(':::')[0]?.params).toMatchObject({ reason: 'not_url' });
  });
});

describe('checkImageRepository', () => {
  it('accepts registries with ports, IPs and paths', () => {
    for (const value of [
      'registry.k8s.io',
      'a',
      'a.b.c:5000/repo',
      '127.0.0.1:5000/repo',
      '[fd00::1]:5000/k8s',
    ]) {
      expect(checkImageRepository(value)).toEqual([]);
    }
  });

  it('refuses schemes, tags, empty path parts and upper-case paths', () => {
    for (const value of ['https://a.b', 'a/test:1.0', 'a//b', 'a/', 'a/B', '']) {
      expect(checkImageRepository(value)).toEqual([makeIssue('image_repository', at, { value })]);
    }
  });
});

describe('checkImagePullPolicy', () => {
  it('accepts the three policies and empty', () => {
    for (const value of ['', 'Always', 'IfNotPresent', 'Never'])
      expect(checkImagePullPolicy(value)).toEqual([]);
    expect(checkImagePullPolicy('always')).toEqual([
      makeIssue('image_pull_policy', at, { value: 'always' }),
    ]);
  });
});

describe('checkAbsolutePath', () => {
  it('accepts absolute paths only', () => {
    expect(checkAbsolutePath('/etc/kubernetes/pki')).toEqual([]);
    expect(checkAbsolutePath('pki')).toEqual([makeIssue('absolute_path', at, { value: 'pki' })]);
  });
});

describe('checkExtraArgs', () => {
  it('reports each argument without a name at its index', () => {
    const args: Arg[] = [
      { name: 'v', value: '2' },
      { name: '', value: 'x' },
    ];
    expect(checkExtraArgs(args, 'apiServer')).toEqual([
      makeIssue('extra_arg_name', { path: '1' }, { component: 'apiServer' }),
    ]);
  });
});

const cri = vectorsFor('criSocket');
const bare = cri.filter((v) => text(v, 'criSocket').startsWith('/'));
const criRest = cri.filter((v) => !text(v, 'criSocket').startsWith('/'));
describe(`vectors: criSocket (${String(cri.length)} cases)`, () => {
  it.each(rows(criRest))('agrees: %s', (_, v) => {
    expect(hasError(checkCriSocket(text(v, 'criSocket')))).toBe(!v.valid);
  });

  // ValidateSocketPath alone refuses it, but init and join add unix:// first (RULES.md §18).
  it.each(rows(bare))('warns, since kubeadm adds unix:// before validating: %s', (_, v) => {
    expect(checkCriSocket(text(v, 'criSocket')).map((i) => i.severity)).toEqual(['warning']);
  });

  it('covers every case', () => {
    expect(bare.length + criRest.length).toBe(cri.length);
  });
});

const repository = vectorsFor('imageRepository');
describe(`vectors: imageRepository (${String(repository.length)} cases)`, () => {
  it.each(rows(repository))('agrees: %s', (_, v) => {
    expect(hasError(checkImageRepository(text(v, 'imageRepository')))).toBe(!v.valid);
  });
});

const pullPolicy = vectorsFor('imagePullPolicy');
describe(`vectors: imagePullPolicy (${String(pullPolicy.length)} cases)`, () => {
  it.each(rows(pullPolicy))('agrees: %s', (_, v) => {
    expect(hasError(checkImagePullPolicy(text(v, 'imagePullPolicy')))).toBe(!v.valid);
  });
});

const extraArgs = vectorsFor('extraArgs');
describe(`vectors: extraArgs (${String(extraArgs.length)} cases)`, () => {
  it.each(rows(extraArgs))('agrees, with the same error count: %s', (_, v) => {
    const issues = checkExtraArgs(v.input.extraArgs as Arg[]);
    expect(hasError(issues)).toBe(!v.valid);
    expect(issues).toHaveLength(v.expected?.errorCount as number);
  });
});

const absolute = vectorsFor('absolutePath');
describe(`vectors: absolutePath (${String(absolute.length)} cases)`, () => {
  it.each(rows(absolute))('agrees: %s', (_, v) => {
    expect(hasError(checkAbsolutePath(text(v, 'certificatesDir')))).toBe(!v.valid);
  });
});
