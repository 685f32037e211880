/** The server's limit for a report's file (1 MiB), checked before the file is read and sent. */
export const MAX_ATTACHMENT_BYTES = 1024 * 1024;

/** The file as base64, for the API's ReportAttachmentInput. */
export async function toBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // In slices: String.fromCharCode with a million arguments would overflow the stack.
  for (let index = 0; index < bytes.length; index += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  }
  return btoa(binary);
}
