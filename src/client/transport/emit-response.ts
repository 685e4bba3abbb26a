import { performance } from 'node:perf_hooks';
import type { RequestEvent } from '../client-hooks.js';
import { requestIdFrom } from '../request-id.js';
import type { PipelineContext } from './client-context.js';
import { safeEmit } from './safe-emit.js';

/** `onResponse` for an answer (any status), buffered or streamed: one shape of event for both pipelines. */
export function emitResponse(ctx: Pick<PipelineContext, 'hooks' | 'logger'>, at: RequestEvent, response: Response, startedAt: number): void {
  safeEmit(
    ctx.hooks.onResponse,
    { ...at, status: response.status, durationMs: Math.round(performance.now() - startedAt), requestId: requestIdFrom(response.headers) },
    ctx.logger,
    'onResponse',
  );
}
