import { readToken } from '../apollo/session';

/** Hands a file to the browser's downloads, as if a link to it had been clicked. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the address is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The file name a server gives in Content-Disposition: RFC 6266's `filename*=UTF-8''…` (which
 * carries Vietnamese letters) before the plain `filename=`; the fallback when it gives none.
 */
export function fileNameOf(contentDisposition: string | null, fallback: string): string {
  if (!contentDisposition) return fallback;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(contentDisposition);
  if (extended?.[1]) {
    try {
      return safeName(decodeURIComponent(extended[1].trim()), fallback);
    } catch {
      // A malformed escape: fall back to the plain name.
    }
  }
  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/.exec(contentDisposition);
  const name = plain?.[1]?.replace(/\\(.)/g, '$1') ?? plain?.[2]?.trim();
  return name ? safeName(name, fallback) : fallback;
}

// A name, never a path: the browser would refuse one anyway, but the console says what it saves.
function safeName(name: string, fallback: string): string {
  const base = name.split(/[/\\]/).pop()?.trim() ?? '';
  return base === '' || base === '.' || base === '..' ? fallback : base;
}

export class DownloadError extends Error {
  constructor(readonly status: number) {
    super(`download failed with HTTP ${status}`);
  }
}

/**
 * Fetches a file the server makes (an export, an attachment) with the session's bearer token, and
 * saves it under the name the server gives. Links cannot carry the token, hence fetch and a blob.
 */
export async function downloadFromServer(path: string, fallbackName: string): Promise<string> {
  const token = readToken();
  const response = await fetch(path, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw new DownloadError(response.status);
  const fileName = fileNameOf(response.headers.get('Content-Disposition'), fallbackName);
  downloadBlob(fileName, await response.blob());
  return fileName;
}
