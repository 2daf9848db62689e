import { KUBEADM_DEFAULTS } from '../kubeadm/documents.ts';

/** Characters of a bootstrap token (cluster-bootstrap token/api: `[a-z0-9]`). */
const TOKEN_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
const TOKEN_ID_LENGTH = 6;
const TOKEN_SECRET_LENGTH = 16;

/** The largest multiple of 36 that fits a byte: bytes at or above it are skipped, so every character is equally likely. */
const TOKEN_BYTE_LIMIT = 7 * TOKEN_ALPHABET.length;

/**
 * How many random bytes to pass to generateBootstrapToken. It needs 22 accepted bytes, and a byte
 * is skipped with probability 4/256, so 32 bytes run out with a probability of about 1e-12.
 */
export const BOOTSTRAP_TOKEN_RANDOM_BYTES = 32;

/** The AES-256 key kubeadm encrypts the uploaded certificates with is 32 bytes (RULES.md §15). */
export const CERTIFICATE_KEY_BYTES = 32;

/** kubeadm deletes the kubeadm-certs Secret, and with it the certificate key's use, after two hours. */
export const CERTIFICATE_KEY_LIFETIME_HOURS = 2;

/**
 * A bootstrap token `[a-z0-9]{6}.[a-z0-9]{16}` from caller-supplied random bytes (for example
 * crypto.getRandomValues(new Uint8Array(BOOTSTRAP_TOKEN_RANDOM_BYTES))), read in order with
 * rejection sampling; throws a RangeError when the bytes run out before 22 characters are made.
 */
export function generateBootstrapToken(random: Uint8Array): string {
  let text = '';
  const needed = TOKEN_ID_LENGTH + TOKEN_SECRET_LENGTH;
  for (const byte of random) {
    if (text.length === needed) break;
    // byte % 36 alone would favour the first 4 characters (256 = 7 × 36 + 4).
    if (byte >= TOKEN_BYTE_LIMIT) continue;
    text += TOKEN_ALPHABET.charAt(byte % TOKEN_ALPHABET.length);
  }
  if (text.length < needed) {
    throw new RangeError(
      `a bootstrap token needs more random bytes (got ${random.length}; pass ${BOOTSTRAP_TOKEN_RANDOM_BYTES})`,
    );
  }
  return `${text.slice(0, TOKEN_ID_LENGTH)}.${text.slice(TOKEN_ID_LENGTH)}`;
}

/**
 * A certificate key (64 lowercase hex digits) from the first 32 of the caller's random bytes;
 * throws a RangeError on fewer than 32.
 */
export function generateCertificateKey(random: Uint8Array): string {
  if (random.length < CERTIFICATE_KEY_BYTES) {
    throw new RangeError(
      `a certificate key needs ${CERTIFICATE_KEY_BYTES} random bytes (got ${random.length})`,
    );
  }
  let hex = '';
  for (const byte of random.subarray(0, CERTIFICATE_KEY_BYTES)) {
    hex += byte.toString(16).padStart(2, '0');
  }
  return hex;
}

/** SHA-256 of no input: what the pipeline prints when openssl wrote nothing (no file, no key). */
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/**
 * The shell command that prints the cluster CA's pin (`sha256:<hex>`, as caCertHashes holds it) on
 * the first control-plane node. kubeadm pins the SHA-256 of the CA's DER SubjectPublicKeyInfo
 * (RULES.md §13); `openssl pkey` writes it for RSA and ECDSA CAs alike, where the docs' `openssl
 * rsa` fails on the ECDSA-P256/P384 CAs v1beta4 can create. A pipe's status is its last command's
 * (sh has no pipefail), so when openssl cannot read the CA the pipeline would hash empty input and
 * succeed: the command checks the hash instead, and fails with a message rather than print a
 * plausible wrong pin.
 */
export function caCertHashCommand(caPath: string = KUBEADM_DEFAULTS.caCertPath): string {
  const pipeline = [
    `openssl x509 -pubkey -noout -in ${caPath}`,
    'openssl pkey -pubin -outform der 2>/dev/null',
    'openssl dgst -sha256 -hex',
    "sed 's/^.* //'",
  ].join(' | ');
  const failure = `echo "cannot read the CA public key from ${caPath}: run this as root on the first control-plane node, after kubeadm init" >&2; false`;
  return [
    `hash=$(${pipeline} 2>/dev/null)`,
    '[ "${#hash}" -eq 64 ]',
    `[ "$hash" != ${EMPTY_SHA256} ]`,
    `printf 'sha256:%s\\n' "$hash" || { ${failure}; }`,
  ].join(' && ');
}
