/** The environment the CLI reads, declared once; every command's `--help` lists it from here. */
export const ENVIRONMENT_VARIABLES = [
  { name: 'SMARTRECRUITERS_API_KEY', meaning: 'API key, sent as X-SmartToken' },
  { name: 'SMARTRECRUITERS_CLIENT_ID', meaning: 'OAuth client id (with the secret below, instead of an API key)' },
  { name: 'SMARTRECRUITERS_CLIENT_SECRET', meaning: 'OAuth client secret' },
  { name: 'SMARTRECRUITERS_BASE_URL', meaning: 'API base URL (default https://api.smartrecruiters.com; a simulator URL for local runs)' },
  { name: 'SRCONNECT_SECRET_KEY', meaning: 'encrypts stored credentials (>= 32 characters; `srconnect keygen` prints one)' },
  { name: 'SRCONNECT_API_TOKEN', meaning: 'bearer token of the HTTP API (`serve`)' },
  { name: 'DATABASE_URL', meaning: 'PostgreSQL store (postgres://...); without it, SQLite' },
  { name: 'SRCONNECT_DB', meaning: 'SQLite store file (default ./srconnect.db)' },
  { name: 'PORT', meaning: 'port of `serve` when --port is not given (default 3000)' },
  { name: 'LOG_LEVEL', meaning: 'server log level (pino: debug, info, warn, error)' },
] as const;

export type EnvironmentName = (typeof ENVIRONMENT_VARIABLES)[number]['name'];

/** The `Environment:` section of `--help`. */
export function environmentHelp(): string {
  const width = Math.max(...ENVIRONMENT_VARIABLES.map((v) => v.name.length));
  return ['Environment:', ...ENVIRONMENT_VARIABLES.map((v) => `  ${v.name.padEnd(width)}  ${v.meaning}`)].join('\n');
}
