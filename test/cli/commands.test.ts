import { once } from 'node:events';
import { createServer, type Server } from 'node:net';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSimulator, type Simulator } from '../../src/simulator/index.js';
import { collect, lines, root, runCli, startCli } from './run-cli.js';

// Each case starts the real CLI as a child process (tsx): slow on a loaded machine, so a generous budget.
vi.setConfig({ testTimeout: 120_000 });

const ENV_NAMES = ['SMARTRECRUITERS_API_KEY', 'SMARTRECRUITERS_CLIENT_ID', 'SMARTRECRUITERS_CLIENT_SECRET', 'SMARTRECRUITERS_BASE_URL'];

let sim: Simulator;
let busy: Server;
let busyPort: number;

beforeAll(async () => {
  sim = await createSimulator({ seed: 2, candidates: 400, jobs: 2, users: 2 });
  busy = createServer();
  busy.listen(0, '127.0.0.1');
  await once(busy, 'listening');
  busyPort = (busy.address() as { port: number }).port;
});

afterAll(async () => {
  await sim?.close();
  await new Promise((r) => busy?.close(r));
});

function noStack(text: string): void {
  expect(text).not.toMatch(/\n\s+at |node:internal|\.ts:\d+|Error: /);
}

describe('srconnect --version and --help', () => {
  it('--version prints the package version', async () => {
    const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version: string };
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it.each(['demo', 'simulator', 'actions', 'actions run', 'actions list', 'actions describe'])('srconnect %s --help has examples and names the environment variables', async (cmd) => {
    const r = await runCli([...cmd.split(' '), '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Examples:\n\s+\$ srconnect /);
    for (const name of ENV_NAMES) expect(r.stdout).toContain(name);
  });
});

describe('srconnect simulator: errors are one line', () => {
  it.each([
    [['--port', 'abc'], /--port must be an integer between 0 and 65535, got "abc"/],
    [['--port', '70000'], /--port/],
    [['--oauth-client', 'nocolon'], /--oauth-client must be ID:SECRET/],
    [['--oauth-client', ':secret'], /--oauth-client must be ID:SECRET/],
    [['--token-ttl', '0'], /--token-ttl/],
    [['--token-ttl', 'soon'], /--token-ttl/],
  ])('%j → exit 2, one line, no stack, no help dump', async (args, message) => {
    const r = await runCli(['simulator', ...args]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
    noStack(r.stderr);
  });

  it('a port in use → exit 2, one line naming the host and port', async () => {
    const r = await runCli(['simulator', '--port', String(busyPort), '--candidates', '1', '--jobs', '1', '--users', '1']);
    expect(r.code).toBe(2);
    const l = lines(r.stderr);
    expect(l).toHaveLength(1);
    expect(l[0]).toMatch(new RegExp(`127\\.0\\.0\\.1:${busyPort} is already in use`));
    noStack(r.stderr);
  });
});

describe('srconnect simulator --token-ttl', () => {
  it('issues OAuth tokens that live the given number of seconds; SIGTERM stops it', async () => {
    const child = startCli(['simulator', '--port', '0', '--token-ttl', '7', '--candidates', '3', '--jobs', '1', '--users', '1', '--oauth-client', 'cid_ttl:sec_ttl']);
    let banner = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout?.setEncoding('utf8').on('data', (d: string) => {
        banner += d;
        const m = /listening on (http:\/\/\S+)/.exec(banner);
        if (m) resolve(m[1] as string);
      });
      child.once('exit', () => reject(new Error(`simulator exited: ${banner}`)));
    });
    const done = collect(child);
    try {
      expect(banner).toMatch(/token lifetime:\s+7 s/);
      const res = await fetch(`${url}/identity/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'cid_ttl', client_secret: 'sec_ttl' }).toString(),
      });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { expires_in: number }).expires_in).toBe(7);
    } finally {
      child.kill('SIGTERM');
    }
    const end = await done;
    expect(end.code).toBe(0);
  });
});

describe('output piped into a reader that stops early (head)', () => {
  it('EPIPE ends quietly: no stack trace, exit 0', async () => {
    const child = startCli(['actions', 'run', 'search_candidates', '--all'], { env: { SMARTRECRUITERS_API_KEY: sim.apiKey, SMARTRECRUITERS_BASE_URL: sim.url } });
    let stderr = '';
    child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    // Like `| head -c 100`: read one chunk, then close the pipe while the CLI is still writing.
    child.stdout?.once('data', () => child.stdout?.destroy());
    const [code] = (await once(child, 'close')) as [number | null];
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
