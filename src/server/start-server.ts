import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { getRequestListener } from '@hono/node-server';
import { errorResponse } from './error-response.js';
import { PROBLEM_CONTENT_TYPE } from './problem.js';
import type { ServerApp } from './server-deps.js';
import { ApiError } from './api-error.js';

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/**
 * A request target the adapter cannot even turn into a Request (a backslash, a bad Host) never
 * reaches the app; it still gets a problem with a request id instead of an empty 400.
 */
function unreadableRequest(): Response {
  const id = `req_${randomUUID().replace(/-/g, '')}`;
  const { problem } = errorResponse(new ApiError(400, 'malformed_request', 'the request target or Host header cannot be parsed', 'path'));
  return new Response(JSON.stringify({ ...problem, request_id: id }), {
    status: 400,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE, 'x-request-id': id, connection: 'close' },
  });
}

/**
 * What Node's HTTP parser refuses before any handler runs (headers or URL over 16 KiB, a broken
 * request line) is answered as a problem too, instead of Node's bare status line.
 */
function answerClientError(err: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable || (err as { code?: string }).code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
  const status = tooLarge ? 431 : 400;
  const id = `req_${randomUUID().replace(/-/g, '')}`;
  const body = JSON.stringify({
    type: `https://srconnect.dev/problems/${tooLarge ? 'headers_too_large' : 'malformed_request'}`,
    title: tooLarge ? 'Request Header Fields Too Large' : 'Bad Request',
    status,
    code: tooLarge ? 'headers_too_large' : 'malformed_request',
    detail: tooLarge ? 'the request line and headers must fit in 16 KiB' : 'the request could not be parsed as HTTP',
    request_id: id,
  });
  socket.end(
    `HTTP/1.1 ${status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\ncontent-type: ${PROBLEM_CONTENT_TYPE}\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\nx-request-id: ${id}\r\nconnection: close\r\n\r\n${body}`,
  );
}

/** Listens on `port` (0: a free one) and resolves once the socket is bound. */
export function startServer(app: ServerApp, opts: { port?: number; host?: string } = {}): Promise<RunningServer> {
  const host = opts.host ?? '127.0.0.1';
  const server = createServer(getRequestListener(app.fetch, { errorHandler: unreadableRequest }));
  server.on('clientError', answerClientError);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      const shownHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
      resolve({
        url: `http://${shownHost}:${port}`,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
