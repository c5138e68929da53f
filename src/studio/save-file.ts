/** How long a downloaded file's blob URL lives: the browser has read it long before. */
const BLOB_URL_LIFETIME_MS = 60_000;

/** Hand a file to the browser's download. */
export function saveFile(name: string, content: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), BLOB_URL_LIFETIME_MS);
}
