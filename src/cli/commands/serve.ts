import type { Command } from 'commander';
import { AccountError, createAccounts, encryptionKeyFrom } from '../../accounts/index.js';
import { createApp, createLogger, MIN_API_TOKEN_LENGTH, startServer } from '../../server/index.js';
import { databaseFromEnv, type Database } from '../../store/index.js';

function port(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`--port must be an integer between 0 and 65535, got "${v}"`);
  return n;
}

/** Why the server cannot start with this environment, in one line; undefined when it can. */
export function serveConfigProblem(env: NodeJS.ProcessEnv): string | undefined {
  try {
    encryptionKeyFrom(env.SRCONNECT_SECRET_KEY);
  } catch (err) {
    return err instanceof AccountError ? err.message : String(err);
  }
  const token = env.SRCONNECT_API_TOKEN;
  if (!token || token.trim() === '') return 'SRCONNECT_API_TOKEN is not set; choose a random bearer token for the HTTP API (e.g. `openssl rand -base64 32`)';
  if (token.length < MIN_API_TOKEN_LENGTH) return `SRCONNECT_API_TOKEN must be at least ${MIN_API_TOKEN_LENGTH} characters (got ${token.length})`;
  return undefined;
}

/** `srconnect serve [--port N]`: the HTTP API on DATABASE_URL or SRCONNECT_DB, until SIGINT/SIGTERM. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('run the srconnect HTTP API (needs SRCONNECT_SECRET_KEY and SRCONNECT_API_TOKEN; database from DATABASE_URL or SRCONNECT_DB)')
    .option('--port <n>', 'port to listen on (0 = any free port)', port, process.env.PORT ? port(process.env.PORT) : 3000)
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .action(async (o: { port: number; host: string }) => {
      const problem = serveConfigProblem(process.env);
      if (problem) {
        process.stderr.write(`srconnect serve: ${problem}\n`);
        process.exitCode = 2;
        return;
      }
      let database: Database;
      try {
        database = await databaseFromEnv(process.env);
      } catch (err) {
        process.stderr.write(`srconnect serve: ${err instanceof Error ? err.message : String(err)}\n`);
        process.exitCode = 2;
        return;
      }
      const logger = createLogger();
      const accounts = createAccounts({ database, secretKey: process.env.SRCONNECT_SECRET_KEY as string });
      const app = createApp({ accounts, database, apiToken: process.env.SRCONNECT_API_TOKEN as string, logger });
      const server = await startServer(app, { port: o.port, host: o.host });
      logger.info({ url: server.url, database: database.dialect }, 'srconnect listening');
      process.stderr.write(`srconnect listening on ${server.url} (database: ${database.dialect}; reference: ${server.url}/docs)\n`);
      const stop = async (): Promise<void> => {
        await server.close();
        await database.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
    });
}
