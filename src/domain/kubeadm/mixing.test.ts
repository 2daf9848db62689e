import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import vectors from '../__fixtures__/vectors.json' with { type: 'json' };
import { FLAGS_ALLOWED_WITH_CONFIG, flagsMixedWithConfig } from './mixing.ts';

interface MixingVector {
  rule: string;
  input: { args: string[] };
  valid: boolean;
  note: string;
}

const cases = (vectors as unknown as MixingVector[]).filter((v) => v.rule === 'configFlagMixing');

describe('flagsMixedWithConfig (ValidateMixedArguments)', () => {
  it('has the upstream vectors to agree with', () => {
    expect(cases.length).toBeGreaterThanOrEqual(6);
  });

  it.each(cases.map((c) => [JSON.stringify(c.input.args), c] as const))(
    'agrees with kubeadm on %s',
    (_args, c) => {
      expect(flagsMixedWithConfig(c.input.args).length === 0).toBe(c.valid);
    },
  );

  it('names each refused flag, in order, and ignores values and positionals', () => {
    expect(
      flagsMixedWithConfig([
        '--config',
        'a.yaml',
        '--pod-network-cidr=10.244.0.0/16',
        '-v=5',
        '--skip-phases=addon/kube-proxy',
        '--token',
        'abcdef.0123456789abcdef',
      ]),
    ).toEqual(['pod-network-cidr', 'token']);
  });

  it('allows any flag without --config', () => {
    expect(flagsMixedWithConfig(['--pod-network-cidr=10.244.0.0/16', '--token=x'])).toEqual([]);
  });

  it('allows every listed flag and every --skip-* flag next to --config, and no other', () => {
    const flag = fc.stringMatching(/^[a-z][a-z-]{0,20}$/);
    fc.assert(
      fc.property(fc.array(flag, { maxLength: 6 }), (names) => {
        const args = ['--config=k.yaml', ...names.map((n) => `--${n}=x`)];
        const refused = names.filter(
          (n) => n !== 'config' && !FLAGS_ALLOWED_WITH_CONFIG.includes(n) && !n.startsWith('skip-'),
        );
        expect(flagsMixedWithConfig(args)).toEqual(refused);
      }),
    );
  });
});
