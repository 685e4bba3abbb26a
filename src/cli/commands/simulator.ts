import { InvalidArgumentError, type Command } from 'commander';
import { CliError } from '../cli-error.js';
import { describeFailure } from '../describe-failure.js';
import { helpText } from '../help-text.js';
import type { RateLimitOptions } from '../../simulator/index.js';
import { integerOption } from '../option-parsers.js';

/** A commander parser for a share in [0, 1]. */
function share(flag: string): (v: string) => number {
  return (v) => {
    const n = /^\s*[\d.]+\s*$/.test(v) ? Number(v) : Number.NaN;
    if (!Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError(`${flag} must be a number between 0 and 1, got ${JSON.stringify(v)}`);
    return n;
  };
}

function client(v: string): { clientId: string; clientSecret: string } {
  const i = v.indexOf(':');
  if (i <= 0 || i === v.length - 1) throw new InvalidArgumentError('--oauth-client must be ID:SECRET');
  return { clientId: v.slice(0, i), clientSecret: v.slice(i + 1) };
}

/** Why the server could not listen, in words, naming the address. */
function listenProblem(err: unknown, host: string, port: number): CliError | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  const at = `${host}:${port}`;
  if (code === 'EADDRINUSE') return new CliError(`${at} is already in use; pick another --port (0 = any free port)`);
  if (code === 'EACCES') return new CliError(`not allowed to listen on ${at} (EACCES); use a port above 1023`);
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new CliError(`cannot listen on ${at}: no such local address (${code}); check --host`);
  return undefined;
}

interface SimulatorFlags {
  port: number;
  host: string;
  seed: number;
  candidates: number;
  jobs: number;
  users: number;
  companies: number;
  latencyMs: number;
  jitter: number;
  slowMs: number;
  faultRate: number;
  limits: boolean;
  rate?: number;
  concurrency?: number;
  tokenTtl?: number;
  apiKey?: string;
  oauthClient?: { clientId: string; clientSecret: string };
  scimToken?: string;
}

/**
 * Rate limit options from the flags: `--rate N` sets every class to N starts per second, and
 * `--concurrency N` the in-flight cap per credential (serial endpoints stay one at a time, as documented).
 */
export function limitsFromFlags(o: Pick<SimulatorFlags, 'limits' | 'rate' | 'concurrency'>): RateLimitOptions {
  return {
    enabled: o.limits,
    ...(o.rate !== undefined ? { perSecond: { standard: o.rate, slow: o.rate, serial: o.rate } } : {}),
    ...(o.concurrency !== undefined ? { maxConcurrentPerCredential: o.concurrency, concurrency: { standard: o.concurrency, slow: o.concurrency } } : {}),
  };
}

/** `srconnect simulator`: a local SmartRecruiters with seeded data, until Ctrl-C. */
export function registerSimulator(program: Command): void {
  program
    .command('simulator')
    .description('run a local SmartRecruiters API simulator with seeded data (until Ctrl-C)')
    .option('--port <n>', 'port to listen on (0 = any free port)', integerOption('--port', 0, 65535), 4010)
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--seed <n>', 'seed of the generated data', integerOption('--seed', 0, 2 ** 31), 1)
    .option('--candidates <n>', 'candidates to generate', integerOption('--candidates', 0, 5_000_000), 500)
    .option('--jobs <n>', 'jobs to generate', integerOption('--jobs', 0, 100_000), 40)
    .option('--users <n>', 'users to generate', integerOption('--users', 0, 100_000), 25)
    .option('--companies <n>', 'companies, each with its own credentials, data (seed + index), rate budget and webhooks', integerOption('--companies', 1, 200), 1)
    .option('--latency-ms <n>', 'added latency per request, with jitter', integerOption('--latency-ms', 0, 60_000), 0)
    .option('--jitter <f>', 'latency jitter as a share of --latency-ms (0..1; 0.5 = 50%-150%)', share('--jitter'), 0.5)
    .option('--slow-ms <n>', 'how long a "slow" fault waits', integerOption('--slow-ms', 0, 120_000), 3000)
    .option('--fault-rate <f>', 'share of requests answered with a fault (0..1)', share('--fault-rate'), 0)
    .option('--no-limits', 'turn rate and concurrency limits off (headers still sent)')
    .option('--rate <n>', 'request starts per second per operation, every class (default as documented: 10, 2 for slow ones)', integerOption('--rate', 1, 100_000))
    .option('--concurrency <n>', 'concurrent requests per credential (default 8; serial endpoints stay 1)', integerOption('--concurrency', 1, 100_000))
    .option('--token-ttl <seconds>', 'lifetime of issued OAuth access tokens (default 1800)', integerOption('--token-ttl', 1, 86_400))
    .option('--api-key <key>', 'accepted X-SmartToken (random unless given)')
    .option('--oauth-client <id:secret>', 'accepted OAuth2 client (random unless given)', client)
    .option('--scim-token <token>', 'accepted SCIM 2.0 bearer token (random unless given)')
    .addHelpText(
      'after',
      helpText([
        'srconnect simulator --port 4010 --api-key dev-key',
        'srconnect simulator --port 0 --token-ttl 5 --fault-rate 0.05',
        'srconnect simulator --api-key dev-key & SIM=$!   # in the background; stop it with: kill $SIM',
        'SMARTRECRUITERS_BASE_URL=http://127.0.0.1:4010 SMARTRECRUITERS_API_KEY=dev-key srconnect actions run search_jobs',
      ]),
    )
    .action(async (o: SimulatorFlags) => {
      const { createSimulator } = await import('../../simulator/index.js');
      let sim;
      try {
        sim = await createSimulator({
          port: o.port,
          host: o.host,
          seed: o.seed,
          candidates: o.candidates,
          jobs: o.jobs,
          users: o.users,
          companies: o.companies,
          latencyMs: o.latencyMs,
          jitter: o.jitter,
          slowMs: o.slowMs,
          faultRate: o.faultRate,
          rateLimits: limitsFromFlags(o),
          ...(o.tokenTtl !== undefined ? { tokenTtlSeconds: o.tokenTtl } : {}),
          ...(o.apiKey ? { apiKey: o.apiKey } : {}),
          ...(o.oauthClient ? { oauthClient: o.oauthClient } : {}),
          ...(o.scimToken ? { scimToken: o.scimToken } : {}),
        });
      } catch (err) {
        const { exit, line } = describeFailure(listenProblem(err, o.host, o.port) ?? err);
        process.stderr.write(`${line}\n`);
        process.exitCode = exit;
        return;
      }
      process.stdout.write(
        [
          `SmartRecruiters simulator listening on ${sim.url}`,
          `  API key (X-SmartToken):  ${sim.apiKey}`,
          `  OAuth client id:         ${sim.oauthClient.clientId}`,
          `  OAuth client secret:     ${sim.oauthClient.clientSecret}`,
          `  token endpoint:          POST ${sim.url}/identity/oauth/token`,
          `  token lifetime:          ${o.tokenTtl ?? 1800} s`,
          `  SCIM 2.0 base URL:       ${sim.url}/scim/v2  (Users, Groups)`,
          `  SCIM bearer token:       ${sim.scimToken}`,
          `  control API:             ${sim.url}/__sim/stats  (routes, requests, reset, seed, mutate, faults, limits, clock, companies)`,
          `  data: seed ${o.seed}, ${o.candidates} candidates, ${o.jobs} jobs, ${o.users} users`,
          ...sim.companies.slice(1).map((c) => `  company ${c.id} (seed ${c.state.seedOptions.seed}): X-SmartToken ${c.credentials.apiKey}, OAuth ${c.credentials.oauthClient.clientId}:${c.credentials.oauthClient.clientSecret}, SCIM ${c.credentials.scimToken}`),
          `  limits: ${o.limits ? `${o.rate ?? 'documented'} per second, ${o.concurrency ?? 8} concurrent` : 'off'}`,
          `Press Ctrl-C to stop (or, in the background, kill ${process.pid}).`,
          '',
        ].join('\n'),
      );
      const running = sim;
      const stop = (): void => {
        void running.close().then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
