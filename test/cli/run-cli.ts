import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

export interface CliRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliOptions {
  /** Added to a clean environment: no SMARTRECRUITERS_*, SRCONNECT_* or DATABASE_URL leak in from the test runner. */
  readonly env?: Record<string, string>;
  readonly stdin?: string;
}

/** Environment of the child: the runner's, minus every SMARTRECRUITERS_* variable, plus `extra`. */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // Nor the store's: with DATABASE_URL from CI, a child given only SRCONNECT_DB would open PostgreSQL.
  for (const k of Object.keys(env)) if (k.startsWith('SMARTRECRUITERS_') || k.startsWith('SRCONNECT_') || k === 'DATABASE_URL') delete env[k];
  return { ...env, ...extra };
}

/** Starts `srconnect …` as a user does: a child process (`tsx src/cli/main.ts`). */
export function startCli(args: readonly string[], opts: CliOptions = {}): ChildProcess {
  return spawn(tsx, ['src/cli/main.ts', ...args], { cwd: root, env: childEnv(opts.env), stdio: ['pipe', 'pipe', 'pipe'] });
}

/** Runs `srconnect …` to its end and collects exit code, stdout and stderr. */
export function runCli(args: readonly string[], opts: CliOptions = {}): Promise<CliRun> {
  const child = startCli(args, opts);
  return collect(child, opts.stdin);
}

export function collect(child: ChildProcess, stdin?: string): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  child.stdin?.on('error', () => undefined);
  if (stdin !== undefined) child.stdin?.end(stdin);
  else child.stdin?.end();
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Asserts-friendly: the lines of stderr, without the trailing newline. */
export function lines(text: string): string[] {
  return text.split('\n').filter((l) => l !== '');
}
