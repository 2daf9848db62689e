import { readFileSync, readSync, statSync } from 'node:fs';
import { UsageError, type UsageParams } from './usage.ts';

export interface FileBytes {
  name: string;
  bytes: Uint8Array;
  /** Set when the input is larger than the limit; then at most limit + 1 bytes were read. */
  truncated: boolean;
}

/** Reads a named file (or standard input for "-") without reading more than `limit` + 1 bytes. */
export function readInput(name: string, limit: number): FileBytes {
  if (name === '-') {
    const bytes = readStdin(limit + 1);
    return { name, bytes, truncated: bytes.length > limit };
  }
  let size: number;
  try {
    const stat = statSync(name);
    if (stat.isDirectory())
      throw new UsageError(`${name} is a directory, not a file`, {
        reason: 'unreadable_file',
        file: name,
        cause: 'is_directory',
      });
    size = stat.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw unreadable(name, error);
  }
  if (size > limit) return { name, bytes: new Uint8Array(0), truncated: true };
  try {
    return { name, bytes: readFileSync(name), truncated: false };
  } catch (error) {
    throw unreadable(name, error);
  }
}

/** UTF-8 text of bytes already classified as UTF-8, without a byte order mark. */
export function utf8Text(bytes: Uint8Array): string {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

function readStdin(max: number): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.alloc(65536);
  while (total < max) {
    let read: number;
    try {
      read = readSync(0, chunk);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EOF') break;
      throw new UsageError(`cannot read standard input: ${describeError(error)}`, {
        ...readFailure(error),
        file: '-',
      });
    }
    if (read === 0) break;
    chunks.push(Buffer.from(chunk.subarray(0, read)));
    total += read;
  }
  return Buffer.concat(chunks).subarray(0, max);
}

function unreadable(name: string, error: unknown): UsageError {
  return new UsageError(`cannot read ${name}: ${describeError(error)}`, {
    ...readFailure(error),
    file: name,
  });
}

/** The `usage` parameters of a failed read: a known cause, else the system's own words. */
function readFailure(error: unknown): UsageParams {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return { reason: 'unreadable_file', cause: 'not_found' };
  if (code === 'EACCES') return { reason: 'unreadable_file', cause: 'permission_denied' };
  if (code === 'EISDIR') return { reason: 'unreadable_file', cause: 'is_directory' };
  return { reason: 'unreadable_file', cause: 'other', detail: describeError(error) };
}

function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
