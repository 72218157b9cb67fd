// Uploads with progress: fetch cannot report how much of a request body was sent, XMLHttpRequest can.
// Used only for files.upload with an onProgress callback (and only where XMLHttpRequest exists).
import type { ProgressCallback } from './encode-call.js';
import type { Sender, WireResponse } from './transport.js';

function headersOf(raw: string): Headers {
  const headers = new Headers();
  for (const line of raw.trim().split(/[\r\n]+/)) {
    const at = line.indexOf(':');
    if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
  }
  return headers;
}

export const canUseXhr = (): boolean => typeof XMLHttpRequest === 'function';

/**
 * A Sender over XMLHttpRequest that reports upload progress in bytes of the file (`size`), never
 * going back, and always ends with (size, size) once the server answered. Each progress event
 * restarts the time limit (an idle timeout).
 */
export function xhrSender(onProgress: ProgressCallback, size: number, credentials: RequestCredentials | undefined): Sender {
  return (request, signal, activity) =>
    new Promise<WireResponse>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      let reported = -1;
      const report = (loaded: number) => {
        if (loaded <= reported) return;
        reported = loaded;
        onProgress(loaded, size);
      };
      xhr.open(request.method, request.url);
      request.headers.forEach((value, name) => xhr.setRequestHeader(name, value));
      if (credentials === 'include') xhr.withCredentials = true;
      xhr.upload.onprogress = (event) => {
        activity?.(); // the time limit counts from the last progress: a large upload is not a hang
        if (event.lengthComputable && event.total > 0) report(Math.min(size, Math.round((size * event.loaded) / event.total)));
      };
      const onAbort = () => xhr.abort();
      signal.addEventListener('abort', onAbort, { once: true });
      const done = () => signal.removeEventListener('abort', onAbort);
      xhr.onload = () => {
        done();
        if (xhr.status >= 200 && xhr.status < 300) report(size);
        resolve({ status: xhr.status, statusText: xhr.statusText, headers: headersOf(xhr.getAllResponseHeaders()), text: xhr.responseText });
      };
      xhr.onerror = () => {
        done();
        reject(new TypeError('XMLHttpRequest failed (network error)'));
      };
      xhr.onabort = () => {
        done();
        reject(new DOMException('The upload was aborted', 'AbortError'));
      };
      if (signal.aborted) {
        done();
        reject(new DOMException('The upload was aborted', 'AbortError'));
        return;
      }
      xhr.send((request.body ?? null) as XMLHttpRequestBodyInit | null);
    });
}
