import { describe, expect, it } from 'vitest';
import { makeIssue } from '../../issues.ts';
import { checkIp } from './addresses.ts';
import {
  checkApiServerEndpoint,
  checkControlPlaneEndpoint,
  checkPort,
  controlPlaneEndpointUrl,
  parseHostPort,
  type EndpointSyntaxReason,
} from './endpoints.ts';
import { parsePort, splitHostPort } from './hostPort.ts';
import { hasError, rows, text, vectorsFor } from './vectorCases.ts';

const at = { path: '' };
const syntax = (value: string, reason: EndpointSyntaxReason) =>
  makeIssue('endpoint_syntax', at, { value, reason });

describe('checkPort', () => {
  it('accepts 1 to 65535, as a number or digits', () => {
    expect(checkPort(1)).toEqual([]);
    expect(checkPort(65535)).toEqual([]);
    expect(checkPort('6443')).toEqual([]);
  });

  it('refuses 0, out-of-range, fractional and non-numeric values', () => {
    for (const value of [0, -1, 65536, 6443.5, '6443a', null, { port: 1 }]) {
      expect(checkPort(value)).toHaveLength(1);
    }
    expect(checkPort(70000)).toEqual([makeIssue('port_range', at, { value: '70000' })]);
  });
});

describe('splitHostPort', () => {
  it('splits like Go net.SplitHostPort', () => {
    expect(splitHostPort('a:1')).toEqual({ host: 'a', port: '1' });
    expect(splitHostPort('[fd00::1]:6443')).toEqual({ host: 'fd00::1', port: '6443' });
    expect(splitHostPort('a:')).toEqual({ host: 'a', port: '' });
    expect(splitHostPort('a')).toEqual({ error: 'missing_port' });
    expect(splitHostPort('[fd00::1]')).toEqual({ error: 'missing_port' });
    expect(splitHostPort('fd00::1:6443')).toEqual({ error: 'too_many_colons' });
    expect(splitHostPort('[fd00::1]:1:2')).toEqual({ error: 'too_many_colons' });
    expect(splitHostPort('[fd00::1:6443')).toEqual({ error: 'missing_bracket' });
    expect(splitHostPort('a]:1')).toEqual({ error: 'unexpected_bracket' });
  });
});

describe('parsePort', () => {
  it('reads decimal digits, leading zeros included, up to 65535', () => {
    expect(parsePort('080')).toBe(80);
    expect(parsePort('65535')).toBe(65535);
    expect(parsePort('65536')).toBeUndefined();
    expect(parsePort('+80')).toBeUndefined();
    expect(parsePort('')).toBeUndefined();
  });

  it('allows 0 only when asked', () => {
    expect(parsePort('0')).toBeUndefined();
    expect(parsePort('0', true)).toBe(0);
  });
});

describe('parseHostPort', () => {
  it('returns host and port, or the host alone', () => {
    expect(parseHostPort('cp.example.com:6443')).toEqual({ host: 'cp.example.com', port: '6443' });
    expect(parseHostPort('cp.example.com')).toEqual({ host: 'cp.example.com' });
    expect(parseHostPort('fd00::1')).toEqual({ host: 'fd00::1' });
  });

  it('names the mistake', () => {
    expect(parseHostPort('[fd00::1]')).toEqual({ error: 'brackets_without_port' });
    expect(parseHostPort('cp.example.com:6443:6443')).toEqual({ error: 'too_many_colons' });
    expect(parseHostPort('fd00::1%eth0:6443')).toEqual({ error: 'bad_host' });
    expect(parseHostPort('cp.example.com:0')).toEqual({ error: 'bad_port' });
    expect(parseHostPort('Cp.example.com')).toEqual({ error: 'bad_host' });
  });
});

describe('checkControlPlaneEndpoint', () => {
  it('accepts empty, host, host:port, [v6]:port and a bare IPv6', () => {
    for (const value of ['', 'cp.example.com', '10.0.0.1:6443', '[fd00::1]:6443', 'fd00::1']) {
      expect(checkControlPlaneEndpoint(value)).toEqual([]);
    }
  });

  it('refuses brackets without a port and bad ports', () => {
    expect(checkControlPlaneEndpoint('[fd00::1]')).toEqual([
      syntax('[fd00::1]', 'brackets_without_port'),
    ]);
    expect(checkControlPlaneEndpoint('cp:99999')).toEqual([syntax('cp:99999', 'bad_port')]);
  });
});

describe('checkApiServerEndpoint', () => {
  it('accepts host:port with IPv6 in brackets', () => {
    expect(checkApiServerEndpoint('10.0.0.1:6443')).toEqual([]);
    expect(checkApiServerEndpoint('[fd00::1]:6443')).toEqual([]);
    expect(checkApiServerEndpoint('cp.example.com:443')).toEqual([]);
  });

  it('requires a value', () => {
    expect(checkApiServerEndpoint('')).toEqual([
      makeIssue('required', at, { field: 'apiServerEndpoint' }),
    ]);
  });

  it('names the mistake', () => {
    expect(checkApiServerEndpoint('10.0.0.1')).toEqual([syntax('10.0.0.1', 'missing_port')]);
    expect(checkApiServerEndpoint('10.0.0.1:')).toEqual([syntax('10.0.0.1:', 'missing_port')]);
    expect(checkApiServerEndpoint('fd00::1')).toEqual([syntax('fd00::1', 'unbracketed_ipv6')]);
    expect(checkApiServerEndpoint('fd00::1:6443')).toEqual([
      syntax('fd00::1:6443', 'unbracketed_ipv6'),
    ]);
    expect(checkApiServerEndpoint('[fd00::1]')).toEqual([
      syntax('[fd00::1]', 'brackets_without_port'),
    ]);
    expect(checkApiServerEndpoint('a:1:2')).toEqual([syntax('a:1:2', 'too_many_colons')]);
    expect(checkApiServerEndpoint('a:0')).toEqual([syntax('a:0', 'bad_port')]);
    expect(checkApiServerEndpoint('a_b:1')).toEqual([syntax('a_b:1', 'bad_host')]);
  });
});

describe('controlPlaneEndpointUrl', () => {
  it('uses the endpoint, else the advertise address, with bindPort unless a port is given', () => {
    expect(controlPlaneEndpointUrl('', 'fd00::1', 6443)).toBe('https://[fd00::1]:6443');
    expect(controlPlaneEndpointUrl('cp:7443', '10.0.0.1', 6443)).toBe('https://cp:7443');
  });

  it('fails when kubeadm would', () => {
    expect(controlPlaneEndpointUrl('', '10.0.0.1', 0)).toBeUndefined();
    expect(controlPlaneEndpointUrl('', '', 6443)).toBeUndefined();
    expect(controlPlaneEndpointUrl('bad!!', '10.0.0.1', 6443)).toBeUndefined();
  });
});

const bindPort = vectorsFor('bindPort');
describe(`vectors: bindPort (${String(bindPort.length)} cases)`, () => {
  it.each(rows(bindPort))('agrees: %s', (_, v) => {
    expect(hasError(checkPort(v.input.bindPort))).toBe(!v.valid);
  });
});

const apiEndpoint = vectorsFor('apiEndpoint');
describe(`vectors: apiEndpoint (${String(apiEndpoint.length)} cases)`, () => {
  // ValidateAPIEndpoint sees bindPort 0 only in tests; callers turn 0 into 6443 first.
  it.each(rows(apiEndpoint))('agrees: %s', (_, v) => {
    const issues = [
      ...checkIp(text(v, 'advertiseAddress'), 'advertise').issues,
      ...checkPort(v.input.bindPort),
    ];
    expect(hasError(issues)).toBe(!v.valid);
  });
});

const cpe = vectorsFor('controlPlaneEndpoint');
describe(`vectors: controlPlaneEndpoint (${String(cpe.length)} cases)`, () => {
  it.each(rows(cpe))('agrees: %s', (_, v) => {
    expect(hasError(checkControlPlaneEndpoint(text(v, 'controlPlaneEndpoint')))).toBe(!v.valid);
  });
});

const resolution = vectorsFor('controlPlaneEndpointResolution');
describe(`vectors: controlPlaneEndpointResolution (${String(resolution.length)} cases)`, () => {
  it.each(rows(resolution))('agrees, and derives the same URL: %s', (_, v) => {
    const endpoint = text(v, 'controlPlaneEndpoint');
    const advertise = text(v, 'advertiseAddress');
    const port = v.input.bindPort as number;
    const issues = [
      ...checkControlPlaneEndpoint(endpoint),
      ...checkPort(port),
      ...(advertise === '' ? [] : checkIp(advertise, 'advertise').issues),
    ];
    // Every upstream case with an empty advertise address also has bindPort 0, which fails.
    expect(hasError(issues)).toBe(!v.valid);
    const url = controlPlaneEndpointUrl(endpoint, advertise, port);
    expect(url).toBe(v.valid ? v.expected?.endpoint : undefined);
  });
});

const hostPort = vectorsFor('hostPortParse');
describe(`vectors: hostPortParse (${String(hostPort.length)} cases)`, () => {
  it.each(rows(hostPort))('agrees: %s', (_, v) => {
    const parsed = parseHostPort(text(v, 'hostport'));
    expect('error' in parsed).toBe(!v.valid);
    if (v.expected && !('error' in parsed)) {
      expect({ host: parsed.host, port: parsed.port ?? '' }).toEqual(v.expected);
    }
  });
});

const portParse = vectorsFor('portParse');
describe(`vectors: portParse (${String(portParse.length)} cases)`, () => {
  it.each(rows(portParse))('agrees: %s', (_, v) => {
    expect(parsePort(text(v, 'port'))).toBe(v.valid ? v.expected?.port : undefined);
  });
});

const utilsPort = vectorsFor('utilsParsePort');
describe(`vectors: utilsParsePort (${String(utilsPort.length)} cases)`, () => {
  it.each(rows(utilsPort))('agrees: %s', (_, v) => {
    const port = parsePort(text(v, 'port'), v.input.allowZero === true);
    expect(port).toBe(v.valid ? v.expected?.port : undefined);
  });
});

const discoveryEndpoint = vectorsFor('discoveryAPIServerEndpoint');
describe(`vectors: discoveryAPIServerEndpoint (${String(discoveryEndpoint.length)} cases)`, () => {
  it.each(rows(discoveryEndpoint))('agrees: %s', (_, v) => {
    expect(hasError(checkApiServerEndpoint(text(v, 'apiServerEndpoint')))).toBe(!v.valid);
  });
});
