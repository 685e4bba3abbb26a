import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSimulator, type Simulator } from '../../src/simulator/index.js';
import { lines, runCli } from './run-cli.js';

// Each case starts the real CLI as a child process (tsx): slow on a loaded machine, so a generous budget.
vi.setConfig({ testTimeout: 120_000 });

let sim: Simulator;
let dir: string;
const env = (): Record<string, string> => ({ SMARTRECRUITERS_API_KEY: sim.apiKey, SMARTRECRUITERS_BASE_URL: sim.url });

interface Logged {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
}

async function received(operation: string): Promise<Logged[]> {
  const res = await fetch(`${sim.url}/__sim/requests?operation=${encodeURIComponent(operation)}`);
  return (await res.json()) as Logged[];
}

beforeAll(async () => {
  sim = await createSimulator({ seed: 5, candidates: 12, jobs: 2, users: 2 });
  dir = await mkdtemp(join(tmpdir(), 'srconnect-cli-input-'));
});

afterAll(async () => {
  await sim?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('--input from a file, from stdin, files by path', () => {
  it('--input @file.json reads the input from a file', async () => {
    const id = sim.state.candidates.get(2).id;
    const file = join(dir, 'in.json');
    await writeFile(file, JSON.stringify({ id }));
    const r = await runCli(['actions', 'run', 'get_candidate', '--input', `@${file}`], { env: env() });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 200, data: { id } });
  });

  it('--input - reads the input from stdin', async () => {
    const id = sim.state.candidates.get(4).id;
    const r = await runCli(['actions', 'run', 'get_candidate', '--input', '-'], { env: env(), stdin: JSON.stringify({ id }) });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ data: { id } });
  });

  it('a missing file, an empty stdin and bad JSON in a file are usage errors (2) naming the source, never echoing content', async () => {
    const badJson = join(dir, 'bad.json');
    await writeFile(badJson, '{"id": "secret-value-xyz",');
    const [missing, empty, bad, emptyPath] = await Promise.all([
      runCli(['actions', 'run', 'get_candidate', '--input', `@${join(dir, 'nope.json')}`], { env: env() }),
      runCli(['actions', 'run', 'get_candidate', '--input', '-'], { env: env(), stdin: '' }),
      runCli(['actions', 'run', 'get_candidate', '--input', `@${badJson}`], { env: env() }),
      runCli(['actions', 'run', 'get_candidate', '--input', '@'], { env: env() }),
    ]);
    for (const r of [missing, empty, bad, emptyPath]) {
      expect(r.code, r.stderr).toBe(2);
      expect(lines(r.stderr)).toHaveLength(1);
      expect(r.stdout).toBe('');
    }
    expect(missing.stderr).toMatch(/nope\.json/);
    expect(missing.stderr).toMatch(/no such file/i);
    expect(empty.stderr).toMatch(/stdin/);
    expect(bad.stderr).toMatch(/bad\.json.*not valid JSON/);
    expect(bad.stderr).not.toContain('secret-value-xyz');
  });

  it('a 100 KB résumé is given by path (--file) and arrives byte for byte', async () => {
    const resume = randomBytes(100 * 1024);
    const file = join(dir, 'cv.pdf');
    await writeFile(file, resume);
    const candidate = sim.state.candidates.get(1);
    const jobId = candidate.applications[0]?.jobId as string;
    const input = { id: candidate.id, jobId, body: { attachmentType: 'RESUME' } };
    const r = await runCli(['actions', 'run', 'upload_candidate_attachment_for_job', '--input', JSON.stringify(input), '--file', file], { env: env() });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 201, data: { fileName: 'cv.pdf', size: resume.length, contentType: 'application/pdf' } });
    const parsed = await runCli(['actions', 'run', 'parse_resume', '--file', file], { env: env() });
    expect(parsed.stderr).toBe('');
    expect(parsed.code).toBe(0);
    const [seen] = (await received('candidates.resume.parse')).slice(-1);
    expect(seen?.headers['content-type']).toMatch(/^multipart\/form-data/);
    expect(Number(seen?.headers['content-length'])).toBeGreaterThan(resume.length);
  });

  it('a file field can also name a path inside the JSON input: {"file":{"path":…}}', async () => {
    const candidate = sim.state.candidates.get(3);
    const jobId = candidate.applications[0]?.jobId as string;
    const file = join(dir, 'cover letter.txt');
    await writeFile(file, 'Dear team, '.repeat(1000));
    const input = { id: candidate.id, jobId, body: { attachmentType: 'COVER_LETTER' }, file: { path: file } };
    const r = await runCli(['actions', 'run', 'upload_candidate_attachment_for_job', '--input', JSON.stringify(input)], { env: env() });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ data: { fileName: 'cover letter.txt', size: 11_000, contentType: 'text/plain' } });
  });

  it('a file path that does not exist, or a directory, is a usage error naming the path', async () => {
    const [missing, directory] = await Promise.all([
      runCli(['actions', 'run', 'parse_resume', '--file', join(dir, 'missing.pdf')], { env: env() }),
      runCli(['actions', 'run', 'parse_resume', '--file', dir], { env: env() }),
    ]);
    for (const r of [missing, directory]) {
      expect(r.code, r.stderr).toBe(2);
      expect(lines(r.stderr)).toHaveLength(1);
    }
    expect(missing.stderr).toContain('missing.pdf');
    expect(directory.stderr).toMatch(/not a file|directory/i);
  });

  it('--file on an action without a file input says so', async () => {
    const r = await runCli(['actions', 'run', 'get_candidate', '--input', '{"id":"x"}', '--file', join(dir, 'in.json')], { env: env() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/get_candidate takes no file/);
  });
});
