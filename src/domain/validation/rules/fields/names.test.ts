import { describe, expect, it } from 'vitest';
import { makeIssue } from '../../issues.ts';
import {
  checkCertSan,
  checkDnsDomain,
  checkNodeName,
  isDns1123Subdomain,
  isWildcardDns1123Subdomain,
  normalizeNodeName,
} from './names.ts';
import { hasError, rows, text, vectorsFor } from './vectorCases.ts';

const at = { path: '' };
const label64 = 'a'.repeat(64);

describe('checkDnsDomain', () => {
  it('accepts a lowercase subdomain', () => {
    expect(checkDnsDomain('cluster.local')).toEqual([]);
  });

  it('says when upper case is the only problem', () => {
    expect(checkDnsDomain('Cluster.Local')).toEqual([
      makeIssue('dns_name', at, { value: 'Cluster.Local', reason: 'uppercase' }),
    ]);
  });

  it('refuses bad syntax and names over 253 characters', () => {
    expect(checkDnsDomain('cluster..local')[0]?.params).toMatchObject({ reason: 'syntax' });
    expect(checkDnsDomain(`${'a.'.repeat(127)}ab`)[0]?.params).toMatchObject({
      reason: 'too_long',
    });
  });

  it('warns about a label longer than 63 characters', () => {
    expect(checkDnsDomain(`${label64}.local`)).toEqual([
      makeIssue('dns_name', at, { value: `${label64}.local`, reason: 'label_too_long' }, 'warning'),
    ]);
  });
});

describe('checkNodeName', () => {
  it('accepts an empty name, which means the host name', () => {
    expect(checkNodeName('')).toEqual([]);
  });

  it('accepts names kubeadm trims and lower-cases', () => {
    expect(checkNodeName(' OVERRIDDEN ')).toEqual([]);
    expect(checkNodeName('Worker-1')).toEqual([]);
  });

  it('refuses a name of only spaces', () => {
    expect(checkNodeName('   ')).toEqual([
      makeIssue('dns_name', at, { value: '   ', reason: 'blank' }),
    ]);
  });

  it('refuses what is not a DNS-1123 subdomain after normalising, quoting the input', () => {
    expect(checkNodeName('node_1')).toEqual([
      makeIssue('dns_name', at, { value: 'node_1', reason: 'syntax' }),
    ]);
    expect(hasError(checkNodeName('node-'))).toBe(true);
  });
});

describe('checkCertSan', () => {
  it('accepts DNS names, one leading wildcard and IPs, in any case', () => {
    for (const value of [
      'api.example.com',
      '*.example.com',
      'API.Example.com',
      '10.0.0.1',
      'FD00::1',
    ]) {
      expect(checkCertSan(value)).toEqual([]);
    }
  });

  it('refuses anything else', () => {
    for (const value of ['*', '**.x', 'a.*.x', '10.0.0.0/8', 'a b', '']) {
      expect(checkCertSan(value)).toEqual([
        makeIssue('dns_name', at, { value, reason: 'cert_san' }),
      ]);
    }
  });

  it('warns about a long label', () => {
    expect(checkCertSan(`*.${label64}.com`)[0]?.severity).toBe('warning');
  });
});

const dns = vectorsFor('dns1123Subdomain');
describe(`vectors: dns1123Subdomain (${String(dns.length)} cases)`, () => {
  it.each(rows(dns))('isDns1123Subdomain agrees: %s', (_, v) => {
    expect(isDns1123Subdomain(text(v, 'value'))).toBe(v.valid);
  });

  it.each(rows(dns))('checkDnsDomain agrees: %s', (_, v) => {
    expect(hasError(checkDnsDomain(text(v, 'value')))).toBe(!v.valid);
  });
});

const wildcard = vectorsFor('wildcardDNS1123Subdomain');
describe(`vectors: wildcardDNS1123Subdomain (${String(wildcard.length)} cases)`, () => {
  it.each(rows(wildcard))('agrees: %s', (_, v) => {
    expect(isWildcardDns1123Subdomain(text(v, 'value'))).toBe(v.valid);
    expect(hasError(checkCertSan(text(v, 'value')))).toBe(!v.valid);
  });
});

const sans = vectorsFor('certSANs');
describe(`vectors: certSANs (${String(sans.length)} cases)`, () => {
  it.each(rows(sans))('agrees: %s', (_, v) => {
    const issues = (v.input.certSANs as string[]).flatMap(checkCertSan);
    expect(hasError(issues)).toBe(!v.valid);
  });
});

const normalization = vectorsFor('nodeNameNormalization');
describe(`vectors: nodeNameNormalization (${String(normalization.length)} cases)`, () => {
  it.each(rows(normalization))('agrees, and normalises the same way: %s', (_, v) => {
    const name = text(v, 'name');
    expect(hasError(checkNodeName(name))).toBe(!v.valid);
    // An empty name becomes the OS host name, which the wizard cannot know.
    if (name !== '') expect(normalizeNodeName(name)).toBe(v.expected?.normalized);
  });
});

const nodeName = vectorsFor('nodeName');
describe(`vectors: nodeName (${String(nodeName.length)} cases)`, () => {
  // ValidateNodeRegistrationOptions runs after GetHostname has trimmed and lower-cased the name and
  // replaced an empty one by the host name (nodeNameNormalization), so the validator agrees with
  // isDns1123Subdomain, and checkNodeName (the whole kubeadm path) accepts what normalising fixes.
  it.each(rows(nodeName))(
    'the validation step agrees, and the whole kubeadm path accepts the input: %s',
    (_, v) => {
      const name = text(v, 'nodeRegistration.name');
      expect(isDns1123Subdomain(name)).toBe(v.valid);
      expect(checkNodeName(name)).toEqual([]);
    },
  );
});
