import { SrConnectionError } from '../errors/sr-errors.js';
import { classifyNetworkError, errorCodes } from '../retry/classify-network-error.js';
import type { AttemptFailure } from '../retry/retry-decision.js';
import type { PipelineContext } from './client-context.js';

/**
 * A fetch that gave no answer, as the caller sees it (a redacted SrConnectionError whose code
 * names the cause) and as the retry policy sees it (timed out, provably not sent, or maybe sent).
 */
export function connectionError(
  ctx: Pick<PipelineContext, 'redactor' | 'timeoutMs'>,
  err: unknown,
  timedOut: boolean,
  method: string,
  displayPath: string,
): { readonly error: SrConnectionError; readonly failure: Extract<AttemptFailure, { kind: 'network' }> } {
  const code = timedOut ? 'timeout' : (errorCodes(err)[0] ?? 'network_error');
  const what = timedOut ? `timed out after ${ctx.timeoutMs} ms` : `failed (${code})`;
  const error = new SrConnectionError({
    status: 0,
    code,
    message: ctx.redactor.redact(`SmartRecruiters ${method} ${displayPath} ${what}`),
    method,
    path: displayPath,
    cause: ctx.redactor.redactError(err),
  });
  return { error, failure: { kind: 'network', failure: timedOut ? 'timeout' : classifyNetworkError(err) } };
}
