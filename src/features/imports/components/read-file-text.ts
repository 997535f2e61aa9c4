/**
 * Reads an uploaded file as text. Excel on Windows saves "CSV" in Windows-1252 unless asked
 * for "CSV UTF-8", so text that is not valid UTF-8 is read as Windows-1252.
 */
export async function readFileText(file: Blob): Promise<string> {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
