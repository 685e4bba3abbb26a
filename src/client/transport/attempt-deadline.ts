/**
 * One attempt's abort signal: fires when the attempt's own timeout passes (then `timedOut` is
 * true, so the failure is reported as a timeout rather than a network error) or when the caller's
 * signal aborts. `dispose` must run once the attempt is over, so no timer or listener outlives it.
 */
export class AttemptDeadline {
  readonly signal: AbortSignal;
  private expired = false;
  private readonly controller = new AbortController();
  private readonly timer: ReturnType<typeof setTimeout>;
  private readonly onCallerAbort: () => void;

  constructor(
    timeoutMs: number,
    private readonly callerSignal: AbortSignal | undefined,
  ) {
    this.signal = this.controller.signal;
    this.timer = setTimeout(() => {
      this.expired = true;
      this.controller.abort(new Error('timeout'));
    }, timeoutMs);
    this.onCallerAbort = () => this.controller.abort(callerSignal?.reason);
    callerSignal?.addEventListener('abort', this.onCallerAbort, { once: true });
  }

  get timedOut(): boolean {
    return this.expired;
  }

  /** The timeout no longer applies (a streamed success body is read at the caller's pace); caller aborts still do. */
  stopTimer(): void {
    clearTimeout(this.timer);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.callerSignal?.removeEventListener('abort', this.onCallerAbort);
  }
}
