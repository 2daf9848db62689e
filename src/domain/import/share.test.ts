import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { haPlan } from '../render/__fixtures__/plans.ts';
import { fullPlanArbitrary } from './__fixtures__/arbitraries.ts';
import { createDefaultPlan } from '../plan/defaults.ts';
import { planToJson } from './planFile.ts';
import {
  decodeShareFragment,
  encodeShareFragment,
  SHARE_LIMITS,
  toBase64Url,
  withoutSecrets,
} from './share.ts';

/** A fragment holding these bytes, deflated and base64url-encoded the way the encoder does. */
function fragmentOf(bytes: Uint8Array): string {
  return `plan=${toBase64Url(deflateSync(bytes, { level: 9 }))}`;
}

const reasonOf = (fragment: string) => {
  const result = decodeShareFragment(fragment);
  expect(result.plan).toBeUndefined();
  return result.issues.map((i) => [i.code, (i.params as { reason?: string }).reason]);
};

describe('withoutSecrets', () => {
  it('empties the token and certificate key and drops tokens held in pass-through fields', () => {
    const plan = haPlan();
    plan.extras = {
      initConfiguration: {
        bootstrapTokens: [
          { description: 'first' },
          { token: 'zzzzzz.zzzzzzzzzzzzzzzz', ttl: '1h' },
        ],
      },
      joinConfiguration: { discovery: { tlsBootstrapToken: 'zzzzzz.zzzzzzzzzzzzzzzz' } },
    };
    const clean = withoutSecrets(plan);
    expect(clean.discovery.token).toBe('');
    expect(clean.discovery.certificateKey).toBe('');
    expect(clean.discovery.caCertHashes).toEqual(plan.discovery.caCertHashes);
    expect(JSON.stringify(clean)).not.toContain('zzzzzz');
    expect(clean.extras.initConfiguration).toEqual({
      bootstrapTokens: [{ description: 'first' }, { ttl: '1h' }],
    });
    // The original is left as it was.
    expect(plan.discovery.token).toBe('abcdef.0123456789abcdef');
  });
});

describe('encodeShareFragment', () => {
  it('writes plan= and base64url text without padding', () => {
    expect(encodeShareFragment(haPlan())).toMatch(/^plan=[A-Za-z0-9_-]+$/);
  });

  it('encodes bytes as base64url without padding', () => {
    expect(toBase64Url(strToU8(''))).toBe('');
    expect(toBase64Url(strToU8('f'))).toBe('Zg');
    expect(toBase64Url(strToU8('fo'))).toBe('Zm8');
    expect(toBase64Url(strToU8('foo'))).toBe('Zm9v');
    expect(toBase64Url(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe('-_-_');
  });

  it('keeps a typical six-node plan short enough for a link', () => {
    const fragment = encodeShareFragment(haPlan());
    // 6 nodes, dual-stack, discovery values: 775 characters when measured.
    expect(fragment.length).toBeLessThan(1000);
    expect(fragment).not.toContain('abcdef');
  });
});

describe('decodeShareFragment', () => {
  it('opens what encodeShareFragment wrote as the plan without secrets, with or without #', () => {
    const plan = haPlan();
    const fragment = encodeShareFragment(plan);
    for (const text of [fragment, `#${fragment}`, `#lang=zh-CN&${fragment}`]) {
      expect(decodeShareFragment(text)).toEqual({
        plan: withoutSecrets(plan),
        issues: [],
        secretsOmitted: true,
      });
    }
  });

  it('round-trips generated plans to withoutSecrets(plan)', () => {
    fc.assert(
      fc.property(fullPlanArbitrary, (plan) => {
        const decoded = decodeShareFragment(encodeShareFragment(plan));
        expect(decoded.plan).toEqual(withoutSecrets(plan));
        expect(decoded.issues).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });

  it('removes secrets from a hand-made link that carries them', () => {
    const decoded = decodeShareFragment(fragmentOf(strToU8(planToJson(haPlan()))));
    expect(decoded.plan?.discovery.token).toBe('');
    expect(decoded.plan?.discovery.certificateKey).toBe('');
    expect(decoded.secretsOmitted).toBe(true);
  });

  it('reads a link to a version-1 plan and reports fields of the wrong type', () => {
    const v1 = { schemaVersion: 1, networking: { stack: 'ipv6', dnsDomain: 7 } };
    const decoded = decodeShareFragment(fragmentOf(strToU8(JSON.stringify(v1))));
    expect(decoded.plan?.networking.stack).toBe('ipv6');
    expect(decoded.plan?.extras).toEqual({});
    expect(decoded.issues.map((i) => [i.code, i.path])).toEqual([
      ['field_type', 'networking.dnsDomain'],
    ]);
  });

  it('refuses a fragment without a plan', () => {
    expect(reasonOf('')).toEqual([['share_link', 'missing']]);
    expect(reasonOf('#step=2')).toEqual([['share_link', 'missing']]);
  });

  it('refuses a fragment over 64 KiB before decoding it', () => {
    const started = performance.now();
    expect(reasonOf(`plan=${'A'.repeat(SHARE_LIMITS.maxFragmentChars)}`)).toEqual([
      ['share_link', 'too_long'],
    ]);
    expect(reasonOf(`plan=${'A'.repeat(50_000_000)}`)).toEqual([['share_link', 'too_long']]);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('refuses text that is not base64url and data that is not deflate', () => {
    expect(reasonOf('plan=abc+def/')).toEqual([['share_link', 'not_base64']]);
    expect(reasonOf('plan=abcde')).toEqual([['share_link', 'not_base64']]);
    expect(reasonOf('plan=____________')).toEqual([['share_link', 'not_deflate']]);
    // A valid stream cut short.
    expect(reasonOf(encodeShareFragment(haPlan()).slice(0, 200))).toEqual([
      ['share_link', 'not_deflate'],
    ]);
  });

  it('refuses a deflate bomb of zeros quickly, without inflating all of it', () => {
    // 16 MiB of zeros deflates to about 16 KiB (22 KB of text), well inside the fragment limit.
    const bomb = fragmentOf(new Uint8Array(16 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(SHARE_LIMITS.maxFragmentChars);
    const started = performance.now();
    expect(reasonOf(bomb)).toEqual([['share_link', 'too_large']]);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('hands JSON that is not a plan to the saved-plan reader', () => {
    expect(decodeShareFragment(fragmentOf(strToU8('[1,2]'))).issues[0]?.params).toEqual({
      reason: 'not_a_plan',
    });
    expect(
      decodeShareFragment(fragmentOf(new Uint8Array([0xff, 0xfe, 0x00]))).plan,
    ).toBeUndefined();
  });

  it('never throws, whatever the fragment', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'grapheme' }).map((s) => `plan=${s}`),
          fc.stringMatching(/^#?plan=[A-Za-z0-9_-]{0,200}$/),
        ),
        (fragment) => {
          const result = decodeShareFragment(fragment);
          expect(result.plan === undefined).toBe(!result.secretsOmitted);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('leaves a default plan as it was apart from the secrets it never had', () => {
    const plan = createDefaultPlan();
    expect(decodeShareFragment(encodeShareFragment(plan)).plan).toEqual(plan);
  });
});
