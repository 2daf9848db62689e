import { describe, expect, it } from 'vitest';
import { actualShape, asString, isGoDuration, isMapping } from './shapes.ts';

describe('isGoDuration', () => {
  it.each([
    '0',
    '-0',
    '4m0s',
    '24h0m0s',
    '1.5h',
    '.5s',
    '300ms',
    '10us',
    '10µs',
    '1h2m3s4ms',
    '+5m',
  ])('accepts %s as time.ParseDuration does', (text) => {
    expect(isGoDuration(text)).toBe(true);
  });

  it.each(['', '4', '5 m', '1d', 'm', '.s', '4m 0s', '1H', 'forever', '--1s'])(
    'refuses %j as time.ParseDuration does',
    (text) => {
      expect(isGoDuration(text)).toBe(false);
    },
  );
});

describe('actualShape', () => {
  it('names each kind of value', () => {
    expect([{}, [], 'a', 1, true, null, new Date(0), new Uint8Array(1)].map(actualShape)).toEqual([
      'mapping',
      'list',
      'string',
      'number',
      'boolean',
      'null',
      'string',
      'other',
    ]);
  });
});

describe('isMapping', () => {
  it('accepts plain objects only', () => {
    expect(isMapping(Object.create(null))).toBe(true);
    expect(isMapping(new Date(0))).toBe(false);
    expect(isMapping([])).toBe(false);
  });
});

describe('asString', () => {
  it('keeps strings and refuses the rest', () => {
    expect(asString('x')).toBe('x');
    expect(asString(24)).toBeUndefined();
    expect(asString(true)).toBeUndefined();
  });
});
