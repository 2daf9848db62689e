/** The text of files the user picked or dropped, each read as UTF-8 (size checks happen in the domain). */
export async function readTextFiles(
  files: FileList | readonly File[],
): Promise<{ name: string; text: string }[]> {
  return Promise.all(
    Array.from(files, async (file) => ({ name: file.name, text: await file.text() })),
  );
}
