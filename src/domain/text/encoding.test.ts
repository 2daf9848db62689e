import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyEncoding } from './encoding.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) =>
  new Uint8Array([...unescape(encodeURIComponent(text))].map((c) => c.charCodeAt(0)));

describe('classifyEncoding', () => {
  it('accepts ASCII, multi-byte UTF-8 and a UTF-8 byte order mark', () => {
    expect(classifyEncoding(utf8('kind: ClusterConfiguration\n'))).toBe('utf-8');
    expect(classifyEncoding(utf8('# 双协议栈 ✓\n'))).toBe('utf-8');
    expect(classifyEncoding(bytes(0xef, 0xbb, 0xbf, 0x61))).toBe('utf-8');
  });

  it('recognises UTF-16 by its byte order mark, in either byte order', () => {
    expect(classifyEncoding(bytes(0xff, 0xfe, 0x61, 0x00))).toBe('utf-16');
    expect(classifyEncoding(bytes(0xfe, 0xff, 0x00, 0x61))).toBe('utf-16');
  });

  it('calls NUL bytes, stray continuation bytes and truncated sequences binary', () => {
    expect(classifyEncoding(bytes(0x61, 0x00, 0x62))).toBe('binary');
    expect(classifyEncoding(bytes(0x80))).toBe('binary');
    expect(classifyEncoding(bytes(0xe4, 0xb8))).toBe('binary');
    expect(classifyEncoding(bytes(0xc0, 0xaf))).toBe('binary');
  });

  it('accepts every string encoded as UTF-8 that has no NUL', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        fc.pre(!text.includes('\u0000'));
        expect(classifyEncoding(utf8(text))).toBe('utf-8');
      }),
    );
  });
});
