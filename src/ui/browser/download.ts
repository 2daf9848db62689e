/** Saves data as a file through the browser's download mechanism (a Blob URL on a temporary link). */
function save(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Saves text exactly as given (UTF-8). */
export function downloadText(fileName: string, text: string, type = 'application/yaml'): void {
  save(fileName, new Blob([text], { type: `${type};charset=utf-8` }));
}

/** Saves bytes (a zip archive, for example). */
export function downloadBytes(fileName: string, bytes: Uint8Array, type: string): void {
  save(fileName, new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
}
