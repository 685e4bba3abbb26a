import type { ServerResponse } from 'node:http';

/** Writes a response once; JSON unless the body is bytes/text with its own content type. */
export function sendResponse(res: ServerResponse, status: number, body: unknown, headers: Record<string, string>): void {
  if (res.headersSent || res.destroyed) return;
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  if (status === 204 || status === 304 || body === undefined) {
    res.statusCode = status;
    res.end();
    return;
  }
  const explicitType = Object.keys(headers).some((k) => k.toLowerCase() === 'content-type');
  if ((Buffer.isBuffer(body) || typeof body === 'string') && explicitType) {
    res.statusCode = status;
    res.end(body);
    return;
  }
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(text);
}
