/** What a file's bytes are: UTF-8 text (BOM allowed), UTF-16 text, or something that is not text. */
export type FileEncoding = 'utf-8' | 'utf-16' | 'binary';

/** Classifies bytes without decoding them; NUL bytes and invalid UTF-8 sequences mean 'binary'. */
export function classifyEncoding(bytes: Uint8Array): FileEncoding {
  if (bytes.length >= 2) {
    const [a, b] = bytes;
    if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return 'utf-16';
  }
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i] ?? 0;
    if (byte === 0) return 'binary';
    if (byte < 0x80) {
      i += 1;
      continue;
    }
    const length =
      byte >= 0xf0 && byte <= 0xf4 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc2 && byte < 0xe0 ? 2 : 0;
    if (length === 0 || byte > 0xf4) return 'binary';
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return 'binary';
    }
    i += length;
  }
  return 'utf-8';
}
