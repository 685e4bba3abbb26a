import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { generateSecretKey } from '../../src/accounts/index.js';
import { serveConfigProblem } from '../../src/cli/commands/serve.js';

const root = join(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const exec = promisify(execFile);

async function serve(env: Record<string, string | undefined>): Promise<{ code: number; stderr: string }> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ['SRCONNECT_SECRET_KEY', 'SRCONNECT_API_TOKEN', 'DATABASE_URL']) delete childEnv[k];
  Object.assign(childEnv, env);
  try {
    const { stderr } = await exec(tsx, ['src/cli/main.ts', 'serve', '--port', '0'], { cwd: root, env: childEnv, timeout: 60_000 });
    return { code: 0, stderr };
  } catch (e) {
    const err = e as { code?: number; stderr?: string };
    return { code: err.code ?? -1, stderr: err.stderr ?? '' };
  }
}

describe('srconnect serve', () => {
  const dir = mkdtempSync(join(tmpdir(), 'srconnect-serve-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names what is missing or too weak in SRCONNECT_SECRET_KEY / SRCONNECT_API_TOKEN', () => {
    const cases: [NodeJS.ProcessEnv, RegExp][] = [
      [{ SRCONNECT_API_TOKEN: 'a'.repeat(32) }, /SRCONNECT_SECRET_KEY is not set/],
      [{ SRCONNECT_SECRET_KEY: '   ', SRCONNECT_API_TOKEN: 'a'.repeat(32) }, /SRCONNECT_SECRET_KEY is not set/],
      [{ SRCONNECT_SECRET_KEY: 'short', SRCONNECT_API_TOKEN: 'a'.repeat(32) }, /SRCONNECT_SECRET_KEY must be at least 32/],
      [{ SRCONNECT_SECRET_KEY: generateSecretKey() }, /SRCONNECT_API_TOKEN is not set/],
      [{ SRCONNECT_SECRET_KEY: generateSecretKey(), SRCONNECT_API_TOKEN: 'tiny' }, /SRCONNECT_API_TOKEN must be at least 16/],
    ];
    for (const [env, message] of cases) {
      const problem = serveConfigProblem(env);
      expect(problem).toMatch(message);
      expect(problem).not.toContain('\n');
    }
    expect(serveConfigProblem({ SRCONNECT_SECRET_KEY: generateSecretKey(), SRCONNECT_API_TOKEN: 'a'.repeat(16) })).toBeUndefined();
  });

  it('refuses to start without SRCONNECT_SECRET_KEY, with a one-line error and exit code 2', async () => {
    const res = await serve({ SRCONNECT_API_TOKEN: 'a'.repeat(32), SRCONNECT_DB: join(dir, 'never.db') });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/^srconnect serve: SRCONNECT_SECRET_KEY is not set/);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(dir, 'never.db'))).toBe(false);
  }, 60_000);

  it('starts on SRCONNECT_DB, answers /health, and stops on SIGTERM', async () => {
    const token = 'serve-test-token-0123456789';
    const child = spawn(tsx, ['src/cli/main.ts', 'serve', '--port', '0'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: '', SRCONNECT_SECRET_KEY: generateSecretKey(), SRCONNECT_API_TOKEN: token, SRCONNECT_DB: join(dir, 'serve.db') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`serve did not start: ${err}`)), 60_000);
      child.stderr.on('data', (d: Buffer) => {
        err += d.toString();
        const m = /listening on (http:\/\/\S+)/.exec(err);
        if (m) {
          clearTimeout(timer);
          resolve(m[1] as string);
        }
      });
      child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
    });
    const health = await fetch(`${url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', database: 'sqlite' });
    expect((await fetch(`${url}/accounts`)).status).toBe(401);
    expect((await fetch(`${url}/accounts`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 90_000);
});
