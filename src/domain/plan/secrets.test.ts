import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BOOTSTRAP_TOKEN_RANDOM_BYTES,
  generateBootstrapToken,
  generateCertificateKey,
  caCertHashCommand,
} from './secrets.ts';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A small seeded generator (xorshift32), so the statistical test is repeatable. */
function seededBytes(seed: number): (n: number) => Uint8Array {
  let state = seed >>> 0 || 1;
  return (n) => {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      state ^= state << 13;
      state >>>= 0;
      state ^= state >>> 17;
      state ^= state << 5;
      state >>>= 0;
      out[i] = state & 0xff;
    }
    return out;
  };
}

/** Random bytes none of which is rejected, so exactly the first 22 are used. */
const acceptedBytes = fc.uint8Array({ minLength: 22, maxLength: 40, max: 251 });

describe('generateBootstrapToken', () => {
  it('makes tokens of the form [a-z0-9]{6}.[a-z0-9]{16} from any sufficient random bytes', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: BOOTSTRAP_TOKEN_RANDOM_BYTES, maxLength: 64 }),
        (b) => {
          let token: string;
          try {
            token = generateBootstrapToken(b);
          } catch (error) {
            // Only a run of rejected bytes long enough to leave fewer than 22 may fail.
            expect(error).toBeInstanceOf(RangeError);
            expect(b.filter((x) => x < 252).length).toBeLessThan(22);
            return;
          }
          expect(token).toMatch(/^[a-z0-9]{6}\.[a-z0-9]{16}$/);
        },
      ),
    );
  });

  it('maps each accepted byte to the alphabet modulo 36', () => {
    const bytes = Uint8Array.from({ length: 22 }, (_, i) => i + 36 * (i % 7));
    expect(generateBootstrapToken(bytes)).toBe('012345.6789abcdefghijkl');
  });

  it('skips bytes of 252 and above instead of folding them onto the first characters', () => {
    const plain = Uint8Array.from({ length: 22 }, (_, i) => i);
    const padded = Uint8Array.from([
      252,
      253,
      254,
      255,
      ...plain.slice(0, 11),
      255,
      ...plain.slice(11),
    ]);
    expect(generateBootstrapToken(padded)).toBe(generateBootstrapToken(plain));
  });

  it('gives different tokens for different accepted bytes', () => {
    fc.assert(
      fc.property(acceptedBytes, acceptedBytes, (a, b) => {
        const differ = a.slice(0, 22).some((x, i) => x % 36 !== (b[i] ?? 0) % 36);
        expect(generateBootstrapToken(a) !== generateBootstrapToken(b)).toBe(differ);
      }),
    );
  });

  it('throws a RangeError when the bytes run out', () => {
    expect(() => generateBootstrapToken(new Uint8Array(21))).toThrow(RangeError);
    expect(() => generateBootstrapToken(new Uint8Array(64).fill(255))).toThrow(RangeError);
  });

  it('uses every character about equally often', () => {
    const next = seededBytes(0x5eed);
    const counts = new Map<string, number>();
    const tokens = 2000;
    for (let i = 0; i < tokens; i++) {
      for (const c of generateBootstrapToken(next(BOOTSTRAP_TOKEN_RANDOM_BYTES)).replace('.', '')) {
        counts.set(c, (counts.get(c) ?? 0) + 1);
      }
    }
    const expected = (tokens * 22) / ALPHABET.length;
    expect([...counts.keys()].sort().join('')).toBe(ALPHABET);
    for (const count of counts.values()) {
      expect(count).toBeGreaterThan(expected * 0.85);
      expect(count).toBeLessThan(expected * 1.15);
    }
  });
});

describe('generateCertificateKey', () => {
  it('makes 64 lowercase hex digits', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 48 }), (bytes) => {
        const key = generateCertificateKey(bytes);
        expect(key).toMatch(/^[0-9a-f]{64}$/);
      }),
    );
  });

  it('writes the first 32 bytes in order, two digits each', () => {
    const bytes = Uint8Array.from({ length: 33 }, (_, i) => i * 7);
    const key = generateCertificateKey(bytes);
    expect(key.slice(0, 8)).toBe('00070e15');
    expect(key.slice(-2)).toBe((31 * 7).toString(16));
  });

  it('gives different keys for different bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.nat(31), (bytes, i) => {
        const other = bytes.slice();
        other[i] = (other[i] ?? 0) ^ 1;
        expect(generateCertificateKey(other)).not.toBe(generateCertificateKey(bytes));
      }),
    );
  });

  it('throws a RangeError on fewer than 32 bytes', () => {
    expect(() => generateCertificateKey(new Uint8Array(31))).toThrow(RangeError);
  });
});

describe('caCertHashCommand', () => {
  it('hashes the CA public key with openssl pkey, which reads RSA and ECDSA keys', () => {
    const command = caCertHashCommand();
    expect(command).toContain('-in /etc/kubernetes/pki/ca.crt');
    expect(command).toContain('openssl pkey -pubin -outform der');
    expect(command).not.toContain('openssl rsa');
    expect(command).toContain("openssl dgst -sha256 -hex | sed 's/^.* //'");
  });
  // src/cli/ca-hash-script.test.ts runs it with sh and openssl on good and bad CA files.
});
