/** Cryptographically random bytes from the browser (crypto.getRandomValues). */
export function randomBytes(length: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(length));
}
