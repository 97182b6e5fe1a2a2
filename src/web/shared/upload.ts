import { announceUnauthenticated, ApiError, type ErrorDetail } from './api.ts';

export interface UploadProgress {
  /** 0–100 while the body is being sent. */
  onProgress: (percent: number) => void;
  /** When the last byte has left — the server is now checking and writing. */
  onUploaded: () => void;
}

/**
 * POSTs a body to the API with XMLHttpRequest — fetch reports no upload progress — and answers
 * like the api client: the JSON body, or an ApiError from the error envelope.
 */
export function uploadWithProgress<T>(
  url: string,
  body: XMLHttpRequestBodyInit,
  contentType: string,
  options: UploadProgress,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('content-type', contentType);
    xhr.responseType = 'text';
    let done = false;
    const uploaded = () => {
      if (done) return;
      done = true;
      options.onUploaded();
    };
    xhr.upload.onprogress = (event) => {
      if (!event.lengthComputable) return;
      if (event.loaded >= event.total) uploaded();
      else options.onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.upload.onload = uploaded;
    xhr.onerror = () => reject(new TypeError('network'));
    xhr.onload = () => {
      let parsed: unknown = null;
      try {
        parsed = JSON.parse(xhr.responseText);
      } catch {
        // not JSON (a proxy's error page): the status says enough
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(parsed as T);
      const error = (
        parsed as { error?: { code?: string; message?: string; details?: ErrorDetail[] } } | null
      )?.error;
      const { code = 'INTERNAL', message = xhr.statusText, details = [], ...extra } = error ?? {};
      if (xhr.status === 401) announceUnauthenticated();
      reject(new ApiError(xhr.status, code, message, details, extra));
    };
    xhr.send(body);
  });
}
