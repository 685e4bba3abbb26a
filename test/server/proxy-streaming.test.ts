import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_DIALECTS } from '../store/store-dialects.js';
import { startTestbed, type ServerTestbed } from './server-testbed.js';

const KEY = 'key-for-streaming-upstream';
const HALF = 256 * 1024;
const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

function deferred<T = void>(): { promise: Promise<T>; resolve: (v: T) => void } {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * A stand-in for SmartRecruiters whose timing the test steers: it says when it sees the first
 * bytes of an upload, writes half a download and waits to be told to finish, and counts requests
 * in flight (arrival to the end of its response).
 */
async function startUpstream() {
  const state = {
    uploadFirstBytes: deferred<number>(),
    downloadHalfSent: deferred(),
    finishDownload: deferred(),
    gate: deferred(),
    download: randomBytes(2 * HALF),
    inFlight: 0,
    maxInFlight: 0,
    closedEarly: 0,
    hits: new Map<string, number>(),
    uploads: [] as { bytes: number; sha: string; complete: boolean }[],
  };
  const srv = http.createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0] as string;
    state.hits.set(path, (state.hits.get(path) ?? 0) + 1);
    if (req.headers['x-smarttoken'] !== KEY) {
      res.writeHead(401, { 'content-type': 'application/json' });
      return res.end('{"message":"bad key"}');
    }
    state.inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
    res.on('close', () => {
      state.inFlight--;
      if (!res.writableFinished) state.closedEarly++;
    });
    if (path === '/configuration/company') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end('{"identifier":"stream","name":"Stream Inc"}');
    }
    if (path === '/upload' || path === '/upload-503') {
      const chunks: Buffer[] = [];
      let first = true;
      req.on('data', (c: Buffer) => {
        if (first) state.uploadFirstBytes.resolve(c.length);
        first = false;
        chunks.push(c);
      });
      req.on('aborted', () => state.uploads.push({ bytes: Buffer.concat(chunks).length, sha: '', complete: false }));
      req.on('end', () => {
        const all = Buffer.concat(chunks);
        state.uploads.push({ bytes: all.length, sha: sha(all), complete: true });
        if (path === '/upload-503') {
          res.writeHead(503, { 'content-type': 'application/json' });
          return res.end('{"message":"try later"}');
        }
        res.writeHead(201, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ bytes: all.length, sha: sha(all), contentType: req.headers['content-type'] }));
      });
      return;
    }
    if (path === '/download') {
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-disposition': 'attachment; filename="f.bin"', 'set-cookie': 'up=1', 'x-ratelimit-remaining': '7' });
      res.write(state.download.subarray(0, HALF), () => state.downloadHalfSent.resolve());
      void state.finishDownload.promise.then(() => res.end(state.download.subarray(HALF)));
      return;
    }
    if (path === '/hold') {
      // Headers and a first chunk at once, the end only after a beat: the slot must stay taken meanwhile.
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.write(Buffer.alloc(1024, 1));
      setTimeout(() => res.end(Buffer.alloc(1024, 2)), 40);
      return;
    }
    if (path === '/gate') {
      // Headers and a first chunk at once, the end only when the test opens the gate (`?open` ends at once).
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.write(Buffer.alloc(1024, 1));
      if ((req.url ?? '').includes('open')) res.end(Buffer.alloc(1024, 2));
      else void state.gate.promise.then(() => res.end(Buffer.alloc(1024, 2)));
      return;
    }
    if (path === '/forever') {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.write(Buffer.alloc(64 * 1024, 3));
      return; // never ends: only the caller going away frees it
    }
    if (path === '/flaky-known') {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String('known length'.length) });
      return res.end('known length');
    }
    if (path === '/flaky') {
      const n = state.hits.get(path) ?? 0;
      if (n === 1) {
        res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '0' });
        return res.end('{"message":"busy"}');
      }
      res.writeHead(200, { 'content-type': 'text/plain' });
      return res.end('ok after retry');
    }
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end('{"message":"no such path"}');
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  return {
    state,
    url: `http://127.0.0.1:${(srv.address() as { port: number }).port}`,
    close: () =>
      new Promise<void>((r) => {
        srv.close(() => r());
        srv.closeAllConnections();
      }),
  };
}

/** Sends a chunked POST through the proxy, writing the rest only after `between` resolves. */
function slowPost(bed: ServerTestbed, path: string, first: Buffer, rest: Buffer, between: () => Promise<unknown>): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(bed.url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: hostname, port, method: 'POST', path, headers: { authorization: `Bearer ${bed.token}`, 'content-type': 'application/octet-stream', 'transfer-encoding': 'chunked' } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.write(first);
    void between().then(() => req.end(rest));
  });
}

const dialect = STORE_DIALECTS[0]!;
describe(`the proxy streams bodies (${dialect.title})`, () => {
  let up: Awaited<ReturnType<typeof startUpstream>>;
  let bed: ServerTestbed;
  let id: string;
  beforeAll(async () => {
    up = await startUpstream();
    bed = await startTestbed(dialect, { limits: { proxyBytes: 4 * 1024 * 1024 } });
    const res = await bed.call('POST', '/accounts', { json: { name: 'Stream', auth: { type: 'api_key', api_key: KEY }, base_url: up.url } });
    expect(res.status).toBe(201);
    id = res.body.id as string;
  });
  afterAll(async () => {
    await bed?.close();
    await up?.close();
  });
  const auth = (): Record<string, string> => ({ authorization: `Bearer ${bed.token}` });

  it('the upstream sees the first bytes of an upload before the caller has finished sending it', async () => {
    const first = randomBytes(64 * 1024);
    const rest = randomBytes(3 * 1024 * 1024);
    // The rest is written only once the upstream has bytes: a buffering proxy would wait forever here.
    const res = await slowPost(bed, `/proxy/${id}/upload`, first, rest, () => up.state.uploadFirstBytes.promise);
    expect(res.status).toBe(201);
    const all = Buffer.concat([first, rest]);
    expect(JSON.parse(res.body)).toMatchObject({ bytes: all.length, sha: sha(all), contentType: 'application/octet-stream' });
  });

  it('the caller gets the first half of a download before the upstream has written the second', async () => {
    const res = await fetch(`${bed.url}/proxy/${id}/download`, { headers: auth() });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="f.bin"');
    expect(res.headers.get('x-ratelimit-remaining')).toBe('7');
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(res.headers.get('content-length')).toBeNull(); // the upstream streams it chunked, length unknown
    const reader = res.body!.getReader();
    const got: Uint8Array[] = [];
    let size = 0;
    // Read until the whole first half has arrived; the upstream is still holding the second.
    while (size < HALF) {
      const r = await reader.read();
      expect(r.done).toBe(false);
      got.push(r.value!);
      size += r.value!.byteLength;
    }
    expect(size).toBe(HALF);
    up.state.finishDownload.resolve();
    for (;;) {
      const r = await reader.read();
      if (r.done) break;
      got.push(r.value);
    }
    expect(Buffer.concat(got).equals(up.state.download)).toBe(true);
  });

  it('streamed responses hold their limiter slot until their body ends: never more than 8 in flight', async () => {
    // The first request to an endpoint goes alone (the limiter probes); let it through at once.
    expect((await fetch(`${bed.url}/proxy/${id}/gate?open=1`, { headers: auth() })).status).toBe(200);
    up.state.maxInFlight = 0;
    const pending = Array.from({ length: 12 }, async () => {
      const r = await fetch(`${bed.url}/proxy/${id}/gate`, { headers: auth() });
      return { status: r.status, bytes: (await r.arrayBuffer()).byteLength };
    });
    // Eight responses have their headers and a first chunk, and their bodies stay open.
    await expect.poll(() => up.state.inFlight, { timeout: 10_000 }).toBe(8);
    // Give the rate window (10/s) time to let the other four go, were their slots free.
    await new Promise((r) => setTimeout(r, 1500));
    expect(up.state.inFlight).toBe(8);
    expect(up.state.hits.get('/gate')).toBe(1 + 8);
    up.state.gate.resolve();
    const results = await Promise.all(pending);
    expect(results.every((r) => r.status === 200 && r.bytes === 2048)).toBe(true);
    expect(up.state.hits.get('/gate')).toBe(1 + 12);
    expect(up.state.maxInFlight).toBe(8);
  });

  it('a caller that aborts mid-download frees its slot (and the upstream connection)', async () => {
    const closedBefore = up.state.closedEarly;
    // More aborted downloads than there are slots: a leaked slot would make the request after them wait forever.
    for (let i = 0; i < 10; i++) {
      const ac = new AbortController();
      const res = await fetch(`${bed.url}/proxy/${id}/forever`, { headers: auth(), signal: ac.signal });
      expect(res.status).toBe(200);
      const r = await res.body!.getReader().read();
      expect(r.value!.byteLength).toBeGreaterThan(0);
      ac.abort();
    }
    const after = await fetch(`${bed.url}/proxy/${id}/hold`, { headers: auth() });
    expect(after.status).toBe(200);
    expect((await after.arrayBuffer()).byteLength).toBe(2048);
    await expect.poll(() => up.state.closedEarly - closedBefore).toBe(10);
  });

  it('relays the upstream content-length when it is known', async () => {
    const res = await fetch(`${bed.url}/proxy/${id}/flaky-known`, { headers: auth() });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBe(String('known length'.length));
    expect(await res.text()).toBe('known length');
  });

  it('a chunked upload over the limit is a 413 problem while it streams, and the upstream never gets all of it', async () => {
    const before = up.state.uploads.filter((u) => u.complete).length;
    const big = randomBytes(5 * 1024 * 1024);
    const res = await slowPost(bed, `/proxy/${id}/upload`, big.subarray(0, 1024), big.subarray(1024), () => Promise.resolve()).catch((err: Error) => ({ status: -1, body: err.message }));
    // The proxy closes the connection after its 413; a client still writing may see the reset instead.
    if (res.status !== -1) {
      expect(res.status).toBe(413);
      expect(JSON.parse(res.body)).toMatchObject({ code: 'body_too_large', field: 'body' });
    }
    expect(up.state.uploads.filter((u) => u.complete).length).toBe(before);
  });

  it('a bodiless GET is retried on 503; a POST whose body streamed is not', async () => {
    const flaky = await fetch(`${bed.url}/proxy/${id}/flaky`, { headers: auth() });
    expect(flaky.status).toBe(200);
    expect(await flaky.text()).toBe('ok after retry');
    expect(up.state.hits.get('/flaky')).toBe(2);
    const post = await fetch(`${bed.url}/proxy/${id}/upload-503`, { method: 'POST', headers: { ...auth(), 'content-type': 'application/octet-stream' }, body: randomBytes(10_000) });
    expect(post.status).toBe(502);
    expect(up.state.hits.get('/upload-503')).toBe(1);
  });
});
