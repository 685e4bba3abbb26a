/** The outcome of one HTTP call to a receiver, as data: nothing a receiver does can make it throw. */
export type ReceiverAnswer =
  | { readonly ok: true; readonly status: number; readonly headers: Headers; readonly bodyText: string }
  | { readonly ok: false; readonly reason: 'timeout' | 'network_error' | 'aborted'; readonly message: string };

export interface ReceiverCall {
  readonly url: string;
  readonly method: 'POST';
  readonly headers: Record<string, string>;
  readonly body?: string;
  readonly timeoutMs: number;
  /** Read at most this many bytes of the answer (0: discard it). */
  readonly readBodyLimit?: number;
  /** Aborts the call when the engine closes. */
  readonly signal?: AbortSignal;
}

/** Makes one call with a deadline covering the whole exchange, body included. */
export async function callReceiver(fetchFn: typeof fetch, call: ReceiverCall): Promise<ReceiverAnswer> {
  if (call.signal?.aborted) return { ok: false, reason: 'aborted', message: 'engine closed' };
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, call.timeoutMs);
  const onClose = (): void => controller.abort();
  call.signal?.addEventListener('abort', onClose, { once: true });
  try {
    const res = await fetchFn(call.url, {
      method: call.method,
      headers: call.headers,
      body: call.body,
      signal: controller.signal,
      // A redirect is not a 2xx: SR does not follow the receiver elsewhere.
      redirect: 'manual',
    });
    const bodyText = await readLimited(res, call.readBodyLimit ?? 0);
    return { ok: true, status: res.status, headers: res.headers, bodyText };
  } catch (err) {
    if (timedOut) return { ok: false, reason: 'timeout', message: `no answer within ${call.timeoutMs} ms` };
    if (call.signal?.aborted) return { ok: false, reason: 'aborted', message: 'engine closed' };
    return { ok: false, reason: 'network_error', message: describe(err) };
  } finally {
    clearTimeout(timer);
    call.signal?.removeEventListener('abort', onClose);
  }
}

async function readLimited(res: Response, limit: number): Promise<string> {
  if (!res.body) return '';
  if (limit <= 0) {
    // Draining rather than cancelling lets the connection be reused; the deadline still applies.
    for await (const _chunk of res.body) void _chunk;
    return '';
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
    chunks.push(chunk);
    size += chunk.byteLength;
    if (size >= limit) break;
  }
  return Buffer.concat(chunks).subarray(0, limit).toString('utf8');
}

function describe(err: unknown): string {
  if (err instanceof Error) {
    const cause = (err as Error & { cause?: unknown }).cause;
    const detail = cause instanceof Error ? cause.message : '';
    return detail ? `${err.message}: ${detail}` : err.message;
  }
  return String(err);
}
