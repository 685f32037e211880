// The import mutation takes the file inline, base64-encoded (docs/households-import.md).

export const IMPORT_EXTENSIONS = ['.csv', '.xlsx'] as const;

/** Through HTTP a request body is at most 2 MB; base64 grows a file by a third. */
export const MAX_IMPORT_BYTES = 1_500_000;

export function hasImportExtension(fileName: string): boolean {
  const lower = fileName.toLowerCase();
  return IMPORT_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/** Bytes as base64, in chunks so a large file does not overflow the argument list. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let index = 0; index < bytes.length; index += chunk) {
    binary += String.fromCharCode(...bytes.subarray(index, index + chunk));
  }
  return btoa(binary);
}
