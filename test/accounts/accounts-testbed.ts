import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAccounts, generateSecretKey, type Accounts } from '../../src/accounts/index.js';
import { createSimulator, type Simulator } from '../../src/simulator/index.js';
import type { TestDatabase } from '../store/store-dialects.js';

export const SMALL_SIM = { candidates: 3, jobs: 2, users: 2 } as const;

export function startSimulator(seed = 1): Promise<Simulator> {
  return createSimulator({ ...SMALL_SIM, seed });
}

/** Accounts over a fresh database of the dialect, with a fresh secret key. */
export function accountsOn(t: TestDatabase, secretKey = generateSecretKey(), extra: { now?: () => number; fetch?: typeof fetch } = {}): Accounts {
  return createAccounts({ database: t, secretKey, ...extra });
}

/** Requests the simulator has received so far, as its control API reports them. */
export async function simRequests(sim: Simulator): Promise<{ total: number; byStatus: Record<string, number> }> {
  const res = await fetch(`${sim.url}/__sim/stats`);
  const body = (await res.json()) as { requests: { total: number; byStatus: Record<string, number> } };
  return body.requests;
}

/** A port that refuses connections: opened, closed, returned. */
export async function refusedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as AddressInfo).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

/** An HTTP server that is not SmartRecruiters: answers every path with the given status and body. */
export async function notSmartRecruiters(status: number, body: string, contentType = 'text/html'): Promise<{ url: string; hits: () => number; close: () => Promise<void> }> {
  let hits = 0;
  const srv: Server = createServer((req, res) => {
    hits++;
    res.writeHead(status, { 'content-type': contentType });
    res.end(body);
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(srv.address() as AddressInfo).port}`;
  return { url, hits: () => hits, close: () => new Promise<void>((r) => srv.close(() => r())) };
}
