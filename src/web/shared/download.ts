import { announceUnauthenticated, ApiError, type ErrorDetail } from './api.ts';

/**
 * The file name the server gives (Content-Disposition): the UTF-8 one (`filename*`, RFC 6266) when
 * there is one — Vietnamese names keep their letters — else the plain one, else `fallback`.
 */
export function fileNameOf(header: string | null, fallback: string): string {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header ?? '')?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded.trim());
    } catch {
      // A malformed encoding: the plain name below.
    }
  }
  return /filename="([^"]+)"/.exec(header ?? '')?.[1] ?? fallback;
}

/** Saves a blob under a name, as a link the user clicked would. */
function save(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Fetches a file the API makes (a workbook, a Word report) with the session cookie and saves it
 * under the server's name. A refusal throws the API's error (ApiError), so the page can say it in
 * words instead of saving a file of JSON.
 */
export async function downloadFile(url: string, fallbackName: string): Promise<void> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as {
      error?: { code?: string; message?: string; details?: ErrorDetail[] };
    } | null;
    const { code = 'INTERNAL', message: text = response.statusText, details = [] } = body?.error ?? {};
    if (response.status === 401) announceUnauthenticated();
    throw new ApiError(response.status, code, text, details);
  }
  save(await response.blob(), fileNameOf(response.headers.get('content-disposition'), fallbackName));
}
