import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { helpText } from '../help-text.js';
import { createAccounts, generateSecretKey } from '../../accounts/index.js';
import { createApp, createLogger, startServer } from '../../server/index.js';
import { createSimulator } from '../../simulator/index.js';
import { openDatabase } from '../../store/index.js';

function port(name: string): (v: string) => number {
  return (v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`--${name} must be an integer between 0 and 65535, got "${v}"`);
    return n;
  };
}

/** A shell word in single quotes, safe to paste whatever it holds. */
const q = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/** The three commands the demo prints: an action, a proxy call, the OpenAPI document. */
export function demoCurlCommands(url: string, token: string, accountId: string): string[] {
  const auth = `-H ${q(`Authorization: Bearer ${token}`)}`;
  return [
    `curl -sS -X POST ${q(`${url}/actions/search_candidates`)} ${auth} -H ${q('Content-Type: application/json')} -d ${q(JSON.stringify({ account_id: accountId, input: { limit: 3 } }))}`,
    `curl -sS ${q(`${url}/proxy/${accountId}/candidates?limit=3`)} ${auth}`,
    `curl -sS ${q(`${url}/openapi.json`)}`,
  ];
}

/**
 * `srconnect demo`: the simulator and the server on a fresh embedded SQLite file, a demo account
 * linked through `POST /accounts` as a user would, and commands to try; until Ctrl-C.
 */
export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('start the simulator and the server on SQLite, link a demo account, print the URLs, token and curl commands (until Ctrl-C)')
    .addHelpText('after', helpText(['srconnect demo', 'npm run demo', 'srconnect demo --port 3000 --db ./demo.db']))
    .option('--port <n>', 'server port (0 = any free port)', port('port'), 0)
    .option('--sim-port <n>', 'simulator port (0 = any free port)', port('sim-port'), 0)
    .option('--db <path>', 'SQLite file to use and keep (default: a fresh one in a temp directory, removed on exit)')
    .action(async (o: { port: number; simPort: number; db?: string }) => {
      const tempDir = o.db ? undefined : mkdtempSync(join(tmpdir(), 'srconnect-demo-'));
      const sqlitePath = o.db ? resolve(o.db) : join(tempDir as string, 'srconnect-demo.db');
      const secretKey = generateSecretKey();
      const apiToken = `sk_demo_${randomBytes(24).toString('base64url')}`;

      const sim = await createSimulator({ port: o.simPort, candidates: 200, jobs: 20, users: 15 });
      const database = await openDatabase({ sqlitePath });
      const accounts = createAccounts({ database, secretKey });
      // Warnings only, so the printed instructions stay readable; LOG_LEVEL=info shows every request.
      const logger = createLogger({ level: process.env.LOG_LEVEL ?? 'warn' });
      const server = await startServer(createApp({ accounts, database, apiToken, logger }), { port: o.port });

      const stop = async (code: number): Promise<never> => {
        await server.close();
        await sim.close();
        await database.close();
        if (tempDir) rmSync(tempDir, { recursive: true, force: true });
        process.exit(code);
      };
      process.once('SIGINT', () => void stop(0));
      process.once('SIGTERM', () => void stop(0));

      const linked = await fetch(`${server.url}/accounts`, {
        method: 'POST',
        headers: { authorization: `Bearer ${apiToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Demo company (simulator)', auth: { type: 'api_key', api_key: sim.apiKey }, base_url: sim.url }),
      });
      const account = (await linked.json()) as { id?: string; detail?: string };
      if (linked.status !== 201 || !account.id) {
        process.stderr.write(`srconnect demo: linking the demo account failed (${linked.status}): ${account.detail ?? 'no detail'}\n`);
        return stop(1);
      }

      process.stdout.write(
        [
          'srconnect demo is running. Ctrl-C to stop.',
          '',
          `  server      ${server.url}   (reference: ${server.url}/docs)`,
          `  simulator   ${sim.url}   (a local SmartRecruiters with seeded data)`,
          `  database    ${sqlitePath}   (SQLite${tempDir ? ', removed on exit' : ''})`,
          `  API token   ${apiToken}`,
          `  account id  ${account.id}`,
          '',
          'Try:',
          ...demoCurlCommands(server.url, apiToken, account.id),
          '',
        ].join('\n'),
      );
    });
}
