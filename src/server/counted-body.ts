/** A request body passed on as it streams, with what came through counted. */
export interface CountedBody {
  readonly body: ReadableStream<Uint8Array>;
  /** True once more than the limit arrived (the stream then errors): the caller answers 413. */
  readonly exceeded: () => boolean;
}

/**
 * `source` as a stream that fails once more than `limit` bytes arrived, optionally framed by
 * `head` and `tail` text (a multipart envelope around a raw file). The bytes are counted as they
 * pass, so a body is never buffered to learn its size (a chunked body has no length to check).
 * Used by the proxy and the unified upload, the two routes that stream a body upstream.
 */
export function countedBody(source: ReadableStream<Uint8Array>, limit: number, frame: { readonly head?: string; readonly tail?: string } = {}): CountedBody {
  const reader = source.getReader();
  const enc = new TextEncoder();
  let seen = 0;
  let exceeded = false;
  let started = false;
  let done = false;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        if (frame.head) return controller.enqueue(enc.encode(frame.head));
      }
      if (done) return controller.close();
      const r = await reader.read();
      if (r.done) {
        done = true;
        if (frame.tail) controller.enqueue(enc.encode(frame.tail));
        return controller.close();
      }
      seen += r.value.byteLength;
      if (seen > limit) {
        exceeded = true;
        controller.error(new Error(`request body over the ${limit}-byte limit`));
        await reader.cancel().catch(() => undefined);
        return;
      }
      controller.enqueue(r.value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
  return { body, exceeded: () => exceeded };
}
