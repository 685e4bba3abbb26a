/** A downloaded file, in the same shape a file is given as input (base64 for JSON callers). */
export interface FileOutput {
  readonly filename: string | undefined;
  readonly content_type: string;
  readonly size: number;
  readonly content_base64: string;
}

function filenameOf(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition)?.[1];
  if (star) {
    try {
      return decodeURIComponent(star.trim());
    } catch {
      // A malformed RFC 5987 value falls back to the plain filename parameter.
    }
  }
  return /filename\s*=\s*"?([^";]+)"?/.exec(disposition)?.[1]?.trim();
}

/**
 * The answer of an action whose docs say "no body or binary": a JSON answer stays JSON (some
 * servers answer metadata or a redirect target), anything else is the file, as base64.
 */
export function fileResponseData(bytes: Uint8Array, headers: Headers): unknown {
  const contentType = headers.get('content-type') ?? 'application/octet-stream';
  if (/^application\/(.+\+)?json/i.test(contentType)) {
    const text = new TextDecoder().decode(bytes);
    return text.trim() === '' ? undefined : (JSON.parse(text) as unknown);
  }
  const file: FileOutput = {
    filename: filenameOf(headers.get('content-disposition')),
    content_type: contentType,
    size: bytes.length,
    content_base64: Buffer.from(bytes).toString('base64'),
  };
  return file;
}
