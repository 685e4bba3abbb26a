import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

/** Shell words of one printed command line: bare words and '…' (with the '\'' escape). */
function shellWords(line: string): string[] {
  const words: string[] = [];
  const re = /'((?:[^']|'\\'')*)'|(\S+)/g;
  for (const m of line.matchAll(re)) words.push(m[1] !== undefined ? m[1].replace(/'\\''/g, "'") : (m[2] as string));
  return words;
}

/** A printed `curl` command as fetch arguments (the options the demo uses: -sS, -X, -H, -d). */
function curlToFetch(line: string): { url: string; init: RequestInit } {
  const words = shellWords(line);
  expect(words[0]).toBe('curl');
  let url = '';
  const headers: Record<string, string> = {};
  let method = 'GET';
  let body: string | undefined;
  for (let i = 1; i < words.length; i++) {
    const w = words[i] as string;
    if (w === '-sS') continue;
    else if (w === '-X') method = words[++i] as string;
    else if (w === '-H') {
      const h = words[++i] as string;
      const c = h.indexOf(':');
      headers[h.slice(0, c).trim().toLowerCase()] = h.slice(c + 1).trim();
    } else if (w === '-d') {
      body = words[++i];
      if (method === 'GET') method = 'POST';
    } else if (!w.startsWith('-')) url = w;
    else throw new Error(`unexpected curl option ${w}`);
  }
  return { url, init: { method, headers, ...(body !== undefined ? { body } : {}) } };
}

describe('npm run demo (srconnect demo)', () => {
  let child: ChildProcess | undefined;
  afterAll(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
  });

  it('prints the URLs, token, account id and three curl commands that each answer 2xx; Ctrl-C stops it and removes its database', async () => {
    const env = { ...process.env };
    for (const k of ['SRCONNECT_SECRET_KEY', 'SRCONNECT_API_TOKEN', 'DATABASE_URL', 'SRCONNECT_DB']) delete env[k];
    child = spawn(tsx, ['src/cli/main.ts', 'demo'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`demo printed no curl commands in time; stdout: ${out}; stderr: ${err}`)), 60_000);
      child?.stdout?.on('data', (d: Buffer) => {
        out += d.toString();
        if ((out.match(/^curl /gm) ?? []).length >= 3 && out.endsWith('\n')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child?.once('exit', (code) => reject(new Error(`demo exited ${code}: ${err}`)));
    });

    const server = /^ {2}server\s+(http:\/\/\S+)/m.exec(out)?.[1];
    const token = /^ {2}API token\s+(\S+)/m.exec(out)?.[1];
    const accountId = /^ {2}account id\s+(acc_\S+)/m.exec(out)?.[1];
    const dbPath = /^ {2}database\s+(\S+)/m.exec(out)?.[1];
    expect(server).toBeDefined();
    expect(token).toBeDefined();
    expect(accountId).toBeDefined();
    expect(existsSync(dbPath as string)).toBe(true);

    const curls = out.split('\n').filter((l) => l.startsWith('curl '));
    expect(curls).toHaveLength(3);
    expect(curls[0]).toContain('/actions/');
    expect(curls[1]).toContain(`/proxy/${accountId as string}/`);
    expect(curls[2]).toContain('/openapi.json');
    for (const line of curls) {
      const { url, init } = curlToFetch(line);
      expect(url.startsWith(server as string)).toBe(true);
      const res = await fetch(url, init);
      const text = await res.text();
      expect(res.status, `${line}\n→ ${text.slice(0, 300)}`).toBeGreaterThanOrEqual(200);
      expect(res.status).toBeLessThan(300);
      expect(() => JSON.parse(text)).not.toThrow();
    }
    // The account the demo linked went through POST /accounts and is listed like any other.
    const listed = (await (await fetch(`${server as string}/accounts`, { headers: { authorization: `Bearer ${token as string}` } })).json()) as { result: { id: string }[] };
    expect(listed.result.map((a) => a.id)).toEqual([accountId]);

    const exited = new Promise<number | null>((r) => child?.once('exit', (code) => r(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(existsSync(dbPath as string)).toBe(false);
  }, 90_000);
});
