import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flagsMixedWithConfig } from '../kubeadm/mixing.ts';
import {
  docsDualStackPlan,
  dualIpv6PrimaryPlan,
  haPlan,
  ipv4OnlyPlan,
  ipv6OnlyPlan,
} from './__fixtures__/plans.ts';
import { initCommand, joinCommand, shellFlag, shellQuote } from './commands.ts';

const BARE = /^[A-Za-z0-9@%+=:,./_-]$/;

/**
 * Reads one shell word the way a POSIX shell does for the forms shellQuote writes: bare safe
 * characters, '…' (everything literal up to the next quote) and \x outside quotes. Undefined when
 * the text holds anything a shell would treat as syntax (an unquoted space, ;, $, |, &, …).
 */
function readShellWord(text: string): string | undefined {
  let word = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) return undefined;
      word += text.slice(i + 1, end);
      i = end;
    } else if (c === '\\' && i + 1 < text.length) {
      word += text.charAt(++i);
    } else if (BARE.test(c)) {
      word += c;
    } else {
      return undefined;
    }
  }
  return text === '' ? undefined : word;
}

/** What the shell sees unquoted: the text without '…' sections and backslash-escaped characters. */
function unquotedParts(text: string): string {
  let outside = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === "'") {
      const end = text.indexOf("'", i + 1);
      i = end < 0 ? text.length : end;
    } else if (c === '\\') i++;
    else outside += c;
  }
  return outside;
}

describe('shellQuote', () => {
  it.each([
    ['10.244.0.0/16,2001:db8:42::/56', '10.244.0.0/16,2001:db8:42::/56'],
    ['', "''"],
    ['a b', "'a b'"],
    ["it's", "'it'\\''s'"],
    ['$(reboot)', "'$(reboot)'"],
    ['a;b', "'a;b'"],
    ['line\nbreak', "'line\nbreak'"],
  ])('writes %j as %j', (value, expected) => {
    expect(shellQuote(value)).toBe(expected);
  });

  it('gives a word a POSIX shell reads back as the same string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(readShellWord(shellQuote(s))).toBe(s);
      }),
    );
  });

  it('leaves no shell syntax outside quotes', () => {
    const risky = fc.string({
      unit: fc.constantFrom(';', '$', '`', '|', '&', '\n', ' ', "'", '"', '\\', 'a', '(', '*'),
    });
    fc.assert(
      fc.property(fc.oneof(risky, fc.string()), (s) => {
        const outside = unquotedParts(shellQuote(s));
        expect(outside).not.toMatch(/[;$`|&\n]/);
      }),
    );
  });
});

describe('shellFlag', () => {
  it('quotes only the value', () => {
    expect(shellFlag('node-name', 'a b')).toBe("--node-name='a b'");
  });
});

describe('initCommand', () => {
  it('runs init with the config file', () => {
    expect(initCommand(docsDualStackPlan())).toBe('kubeadm init --config kubeadm-config.yaml');
  });

  it('adds --upload-certs when more control-plane nodes join', () => {
    expect(initCommand(haPlan())).toBe('kubeadm init --config kubeadm-config.yaml --upload-certs');
  });

  it('never mixes --config with a flag kubeadm refuses next to it (ValidateMixedArguments)', () => {
    for (const plan of [
      docsDualStackPlan(),
      haPlan(),
      ipv4OnlyPlan(),
      ipv6OnlyPlan(),
      dualIpv6PrimaryPlan(),
    ]) {
      const commands = [
        initCommand(plan),
        ...plan.nodes.slice(1).map((_, i) => joinCommand(plan, i + 1)),
      ];
      for (const command of commands) {
        expect(command).toContain('--config');
        expect(flagsMixedWithConfig(command.split(' ').slice(2))).toEqual([]);
      }
    }
  });
});

describe('joinCommand', () => {
  it("runs join with the node's own file", () => {
    expect(joinCommand(ipv4OnlyPlan(), 1)).toBe('kubeadm join --config join-w-1.yaml');
  });

  it('throws a RangeError for the init node', () => {
    expect(() => joinCommand(ipv4OnlyPlan(), 0)).toThrow(RangeError);
  });
});
