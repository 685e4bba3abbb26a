import { CliError } from './cli-error.js';
import { exitCode, type ExitName } from './exit-codes.js';

/** What the CLI knows about the requests behind a failure, to name the host and the attempts made. */
export interface FailureContext {
  /** `host:port` of the API base URL. */
  readonly host?: string | undefined;
  /** Attempts made by the request that failed (`METHOD path` → attempts). */
  readonly attempts?: ReadonlyMap<string, number>;
}

/** How a failure ends the process: its exit code and the one line written to stderr. */
export interface FailureReport {
  readonly exit: number;
  readonly line: string;
}

/** Errors by class name (the CLI does not load the client or actions just to classify). */
const EXIT_BY_ERROR: Readonly<Record<string, ExitName>> = {
  ActionError: 'usage',
  ActionInputError: 'usage',
  UnknownActionError: 'usage',
  SrInvalidRequestError: 'usage',
  SrConfigurationError: 'usage',
  SrAuthenticationError: 'auth',
  SrPermissionError: 'auth',
  SrNotFoundError: 'not_found',
  SrRateLimitError: 'retryable',
  SrConnectionError: 'retryable',
  SrAbortedError: 'retryable',
};

const RETRYABLE_STATUS = new Set([502, 503, 504]);

interface ErrorShape {
  readonly name?: unknown;
  readonly message?: unknown;
  readonly status?: unknown;
  readonly method?: unknown;
  readonly path?: unknown;
  readonly cause?: unknown;
}

function exitFor(err: ErrorShape): ExitName {
  if (err instanceof CliError) return err.exit;
  const name = typeof err.name === 'string' ? err.name : '';
  if (name === 'ActionWalkError') return exitFor((err.cause ?? {}) as ErrorShape);
  if (name === 'SrServerError') return RETRYABLE_STATUS.has(Number(err.status)) ? 'retryable' : 'upstream';
  return EXIT_BY_ERROR[name] ?? 'upstream';
}

/** One line: collapse whitespace so a multi-line server message cannot break it. */
function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ').trim();
}

/** A client error names the host and, when known, how many attempts were made. */
function where(err: ErrorShape, ctx: FailureContext): string {
  const e = err.name === 'ActionWalkError' ? ((err.cause ?? {}) as ErrorShape) : err;
  if (!ctx.host || typeof e.name !== 'string' || !/^Sr|^SmartRecruiters/.test(e.name) || e.name === 'SrInvalidRequestError') return '';
  const n = typeof e.method === 'string' && typeof e.path === 'string' ? ctx.attempts?.get(`${e.method} ${e.path}`) : undefined;
  return n === undefined ? ` (host ${ctx.host})` : ` (${n} attempt${n === 1 ? '' : 's'} to ${ctx.host})`;
}

/** Turns any failure into an exit code and one line for stderr; never a stack trace. */
export function describeFailure(err: unknown, ctx: FailureContext = {}): FailureReport {
  const shape: ErrorShape = err !== null && typeof err === 'object' ? (err as ErrorShape) : { message: String(err) };
  const message = typeof shape.message === 'string' && shape.message !== '' ? shape.message : String(err);
  return { exit: exitCode(exitFor(shape)), line: `srconnect: ${oneLine(message)}${where(shape, ctx)}` };
}
