import type { Command } from 'commander';
import { createSimulator, type RateLimitOptions } from '../../simulator/index.js';

function int(name: string, min: number, max: number): (v: string) => number {
  return (v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} must be an integer between ${min} and ${max}, got "${v}"`);
    return n;
  };
}

function share(name: string): (v: string) => number {
  return (v) => {
    const n = Number(v);
    if (v.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new Error(`--${name} must be a number between 0 and 1, got "${v}"`);
    return n;
  };
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

function client(v: string): { clientId: string; clientSecret: string } {
  const i = v.indexOf(':');
  if (i <= 0 || i === v.length - 1) throw new Error('--oauth-client must be ID:SECRET');
  return { clientId: v.slice(0, i), clientSecret: v.slice(i + 1) };
}

/** `srconnect simulator`: a local SmartRecruiters with seeded data, until Ctrl-C. */
export function registerSimulator(program: Command): void {
  program
    .command('simulator')
    .description('run a local SmartRecruiters API simulator with seeded data (until Ctrl-C)')
    .option('--port <n>', 'port to listen on (0 = any free port)', int('port', 0, 65535), 4010)
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--seed <n>', 'seed of the generated data', int('seed', 0, 2 ** 31), 1)
    .option('--candidates <n>', 'candidates to generate', int('candidates', 0, 5_000_000), 500)
    .option('--jobs <n>', 'jobs to generate', int('jobs', 0, 100_000), 40)
    .option('--users <n>', 'users to generate', int('users', 0, 100_000), 25)
    .option('--companies <n>', 'companies, each with its own credentials, data (seed + index), rate budget and webhooks', int('companies', 1, 200), 1)
    .option('--latency-ms <n>', 'added latency per request, with jitter', int('latency-ms', 0, 60_000), 0)
    .option('--jitter <f>', 'latency jitter as a share of --latency-ms (0..1; 0.5 = 50%–150%)', share('jitter'), 0.5)
    .option('--slow-ms <n>', 'how long a "slow" fault waits', int('slow-ms', 0, 120_000), 3000)
    .option('--fault-rate <f>', 'share of requests answered with a fault (0..1)', share('fault-rate'), 0)
    .option('--no-limits', 'turn rate and concurrency limits off (headers still sent)')
    .option('--rate <n>', 'request starts per second per operation, every class (default as documented: 10, 2 for slow ones)', int('rate', 1, 100_000))
    .option('--concurrency <n>', 'concurrent requests per credential (default 8; serial endpoints stay 1)', int('concurrency', 1, 100_000))
    .option('--api-key <key>', 'accepted X-SmartToken (random unless given)')
    .option('--oauth-client <id:secret>', 'accepted OAuth2 client (random unless given)', client)
    .option('--scim-token <token>', 'accepted SCIM 2.0 bearer token (random unless given)')
    .action(async (o: SimulatorFlags) => {
      const sim = await createSimulator({
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
        ...(o.apiKey ? { apiKey: o.apiKey } : {}),
        ...(o.oauthClient ? { oauthClient: o.oauthClient } : {}),
        ...(o.scimToken ? { scimToken: o.scimToken } : {}),
      });
      process.stdout.write(
        [
          `SmartRecruiters simulator listening on ${sim.url}`,
          `  API key (X-SmartToken):  ${sim.apiKey}`,
          `  OAuth client id:         ${sim.oauthClient.clientId}`,
          `  OAuth client secret:     ${sim.oauthClient.clientSecret}`,
          `  token endpoint:          POST ${sim.url}/identity/oauth/token`,
          `  SCIM 2.0 base URL:       ${sim.url}/scim/v2  (Users, Groups)`,
          `  SCIM bearer token:       ${sim.scimToken}`,
          `  control API:             ${sim.url}/__sim/stats  (routes, requests, reset, seed, mutate, faults, limits, clock, companies)`,
          `  data: seed ${o.seed}, ${o.candidates} candidates, ${o.jobs} jobs, ${o.users} users`,
          ...sim.companies.slice(1).map((c) => `  company ${c.id} (seed ${c.state.seedOptions.seed}): X-SmartToken ${c.credentials.apiKey}, OAuth ${c.credentials.oauthClient.clientId}:${c.credentials.oauthClient.clientSecret}, SCIM ${c.credentials.scimToken}`),
          `  limits: ${o.limits ? `${o.rate ?? 'documented'} per second, ${o.concurrency ?? 8} concurrent` : 'off'}`,
          'Press Ctrl-C to stop.',
          '',
        ].join('\n'),
      );
      const stop = () => {
        void sim.close().then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
