import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { ServerApp } from './server-deps.js';

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Listens on `port` (0: a free one) and resolves once the socket is bound. */
export function startServer(app: ServerApp, opts: { port?: number; host?: string } = {}): Promise<RunningServer> {
  const host = opts.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const onError = (err: Error): void => reject(err);
    const server: ServerType = serve({ fetch: app.fetch, port: opts.port ?? 0, hostname: host }, (info: AddressInfo) => {
      server.off('error', onError);
      const shownHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
      resolve({
        url: `http://${shownHost}:${info.port}`,
        port: info.port,
        close: () =>
          new Promise<void>((done) => {
            const s = server as ServerType & { closeAllConnections?: () => void };
            s.close(() => done());
            s.closeAllConnections?.();
          }),
      });
    });
    server.on('error', onError);
  });
}
