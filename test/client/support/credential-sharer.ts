import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createClient, type ClientAuth, type SrRequest } from '../../../src/client/index.js';

/**
 * One user of a credential, as another tool on the customer's side would be: its own process,
 * so its own limiter, knowing nothing of the others but what the server's headers say.
 * Run in this process with `runSharer`, or in a child process with `spawnSharer`.
 */
export interface SharerConfig {
  readonly baseUrl: string;
  readonly auth: ClientAuth;
  /** Requests to send, cycled. */
  readonly requests: readonly SrRequest['operation'][];
  /** Fire this many at once (they queue in the limiter)… */
  readonly total?: number;
  /** …or keep `outstanding` requests going until `durationMs` has passed. */
  readonly durationMs?: number;
  readonly outstanding?: number;
  /** Sent as the User-Agent, so the server's log tells the sharers apart. */
  readonly name?: string;
}

export interface SharerResult {
  readonly ok: number;
  readonly failed: number;
  /** The first few failure messages, to say why. */
  readonly failures: string[];
  /** The limiter's rate decisions, counted by reason. */
  readonly adaptations: Record<string, number>;
  /** Every rate decision, in order: ms since start, from → to, why. */
  readonly timeline: string[];
  readonly retries: number;
  /** Wall-clock ms (Date.now), comparable across processes on one machine. */
  readonly startedAt: number;
  readonly endedAt: number;
}

export async function runSharer(config: SharerConfig): Promise<SharerResult> {
  const adaptations: Record<string, number> = {};
  let retries = 0;
  const timeline: string[] = [];
  let startedAt = Date.now();
  const client = createClient({
    baseUrl: config.baseUrl,
    auth: config.auth,
    ...(config.name ? { userAgent: config.name } : {}),
    hooks: {
      onLimitLearned: (e) => {
        if (e.rate) {
          adaptations[e.rate.reason] = (adaptations[e.rate.reason] ?? 0) + 1;
          timeline.push(`${Date.now() - startedAt} ${e.rate.from.toFixed(1)}→${e.rate.to.toFixed(1)} ${e.rate.reason} ${e.rate.othersUse ?? ''}`);
        }
        if (e.pausedMs !== undefined) adaptations.retry_after = (adaptations.retry_after ?? 0) + 1;
      },
      onRetry: (d) => {
        if (d.retry) retries++;
      },
    },
  });
  let ok = 0;
  let failed = 0;
  const failures: string[] = [];
  let n = 0;
  const one = async (): Promise<void> => {
    const operation = config.requests[n++ % config.requests.length] as SrRequest['operation'];
    try {
      await client.request({ operation });
      ok++;
    } catch (err) {
      failed++;
      if (failures.length < 5) failures.push(err instanceof Error ? err.message : String(err));
    }
  };
  startedAt = Date.now();
  if (config.durationMs !== undefined) {
    const deadline = startedAt + config.durationMs;
    const lane = async (): Promise<void> => {
      while (Date.now() < deadline) await one();
    };
    await Promise.all(Array.from({ length: config.outstanding ?? 16 }, lane));
  } else {
    await Promise.all(Array.from({ length: config.total ?? 0 }, one));
  }
  return { ok, failed, failures, adaptations, timeline, retries, startedAt, endedAt: Date.now() };
}

/** A sharer in a child process (via tsx): `go()` starts it once it is loaded, `result` is what it reports. */
export async function spawnSharer(config: SharerConfig): Promise<{ go(): void; result: Promise<SharerResult> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), JSON.stringify(config)], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const lines = createInterface({ input: child.stdout });
  const it = lines[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done || first.value !== 'ready') throw new Error(`sharer did not start: ${String(first.value)} ${stderr}`);
  const result = (async () => {
    const next = await it.next();
    const code = await new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', resolve)));
    if (next.done || code !== 0) throw new Error(`sharer exited ${String(code)}: ${stderr}`);
    return JSON.parse(next.value) as SharerResult;
  })();
  return { go: () => child.stdin.write('go\n'), result };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const config = JSON.parse(process.argv[2] ?? '{}') as SharerConfig;
  process.stdout.write('ready\n');
  const input = createInterface({ input: process.stdin });
  await new Promise<void>((resolve) => input.once('line', () => resolve()));
  input.close();
  process.stdout.write(`${JSON.stringify(await runSharer(config))}\n`);
}
