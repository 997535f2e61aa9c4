/** Makes the browser save text as a file, from data already on the page (no request). */
export function downloadText(fileName: string, text: string, mimeType: string) {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The click starts the download synchronously, so the URL can go once the event has run.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
