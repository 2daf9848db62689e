/** The text of files the user picked or dropped, each read as UTF-8 (size checks happen in the domain). */
export async function readTextFiles(
  files: FileList | readonly File[],
): Promise<{ name: string; text: string }[]> {
  return Promise.all(
    Array.from(files, async (file) => ({ name: file.name, text: await file.text() })),
  );
}

/** The raw bytes of files, so the domain can judge their encoding before anything decodes them. */
export async function readFileBytes(
  files: FileList | readonly File[],
): Promise<{ name: string; bytes: Uint8Array; truncated: boolean }[]> {
  // Files larger than this are refused by the domain on size alone; reading one more byte shows it.
  const limit = 2 * 1024 * 1024 + 1;
  return Promise.all(
    Array.from(files, async (file) => ({
      name: file.name,
      bytes: new Uint8Array(await file.slice(0, limit).arrayBuffer()),
      truncated: file.size >= limit,
    })),
  );
}

/** UTF-8 text of bytes the domain accepted as UTF-8, without a byte order mark. */
export function utf8Text(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}
