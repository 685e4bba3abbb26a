import { ActionInputError, UnknownActionError } from '../actions/index.js';
import { SmartRecruitersError } from '../client/index.js';

/** A failed tool call as the agent sees it: one message, and the same facts as JSON. */
export interface ToolFailure {
  readonly message: string;
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly status?: number;
    readonly issues?: readonly { path: string; rule: string; received: string }[];
    readonly errors?: readonly { code: string; message: string }[];
    readonly upstream_request_id?: string;
  };
}

/** Error families whose messages are written for users and never carry a secret. */
const SAFE_NAMES = new Set(['AccountError', 'StoreError', 'ActionError', 'CliError']);

/**
 * Turns whatever a tool threw into a tool error: bad arguments name each field; a SmartRecruiters
 * refusal keeps its status and SmartRecruiters' own message; account and store failures say
 * which; anything else is an internal error whose message is not shown (it may be a bug's detail).
 */
export function toolFailure(err: unknown): ToolFailure {
  if (err instanceof ActionInputError) {
    const fields = err.issues.map((i) => `${i.path}: ${i.rule} (got ${i.received})`).join('; ');
    return { message: `invalid arguments for ${err.action}: ${fields}`, error: { code: 'invalid_input', message: err.message, issues: err.issues } };
  }
  if (err instanceof UnknownActionError) return { message: err.message, error: { code: 'unknown_action', message: err.message } };
  if (err instanceof SmartRecruitersError) {
    const details = err.errors.length ? ` (${err.errors.map((e) => (e.code ? `${e.code}: ${e.message}` : e.message)).join('; ')})` : '';
    const message = err.status > 0 ? `${err.message}${details}` : `SmartRecruiters could not be reached: ${err.message}`;
    return {
      message,
      error: {
        code: err.code,
        message: err.message,
        status: err.status,
        ...(err.errors.length ? { errors: err.errors.map((e) => ({ code: e.code, message: e.message })) } : {}),
        ...(err.requestId ? { upstream_request_id: err.requestId } : {}),
      },
    };
  }
  if (err instanceof Error && (SAFE_NAMES.has(err.name) || err.name.startsWith('Action'))) {
    const raw = (err as Error & { code?: unknown }).code;
    const code = typeof raw === 'string' ? raw : 'error';
    return { message: err.message, error: { code, message: err.message } };
  }
  return { message: 'internal error while running the tool (details are in the server log)', error: { code: 'internal_error', message: 'internal error' } };
}
