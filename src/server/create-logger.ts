import { pino, type DestinationStream, type Logger } from 'pino';

/**
 * Every key that can carry a credential, wherever it appears in a log object. pino's redaction
 * works on paths, so each depth we log at is listed (request headers, bodies, nested auth).
 */
const SECRET_KEYS = ['authorization', 'x-smarttoken', 'cookie', 'api_key', 'client_secret', 'apiKey', 'clientSecret', 'access_token', 'secret_key'];
/** pino paths: bracket notation for keys that are not identifiers (`x-smarttoken`). */
const segment = (k: string): string => (/^[A-Za-z_$][\w$]*$/.test(k) ? `.${k}` : `["${k}"]`);
export const REDACT_PATHS = SECRET_KEYS.flatMap((k) => ['', '*', '*.*', '*.*.*'].map((prefix) => `${prefix}${segment(k)}`.replace(/^\./, '')));

/** The server's structured logger (JSON lines); `destination` lets tests capture what is written. */
export function createLogger(opts: { level?: string; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      level: opts.level ?? process.env.LOG_LEVEL ?? 'info',
      base: { service: 'srconnect' },
      redact: { paths: REDACT_PATHS, censor: '[REDACTED]' },
    },
    opts.destination,
  );
}
