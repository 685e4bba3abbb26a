const SECRET_HEADERS = new Set(['x-smarttoken', 'authorization', 'cookie', 'proxy-authorization', 'x-hook-secret']);
const SECRET_FIELDS = new Set(['client_secret', 'clientSecret', 'password', 'access_token', 'secret', 'secretKey', 'headerValue']);

/** One request as the simulator received it, with secrets redacted. */
export interface LoggedRequest {
  readonly seq: number;
  readonly at: string;
  readonly method: string;
  readonly path: string;
  readonly query: Record<string, string | string[]>;
  readonly headers: Record<string, string>;
  readonly body: unknown;
  readonly operation: string | null;
  status: number | null;
}

function redactSecret(value: string): string {
  return value.length <= 4 ? '[redacted]' : `[redacted …${value.slice(-2)}]`;
}

function redactBody(body: unknown, depth = 0): unknown {
  if (depth > 6 || body === null || typeof body !== 'object') return body;
  if (Buffer.isBuffer(body)) return `<${body.length} bytes>`;
  if (Array.isArray(body)) return body.map((b) => redactBody(b, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) {
    out[k] = SECRET_FIELDS.has(k) && typeof v === 'string' ? redactSecret(v) : redactBody(v, depth + 1);
  }
  return out;
}

/** A bounded ring of recent requests, for tests that check exactly what was sent. */
export class RequestLog {
  private readonly entries: LoggedRequest[] = [];
  private seq = 0;

  constructor(private readonly capacity = 2000) {}

  add(entry: Omit<LoggedRequest, 'seq' | 'headers' | 'body' | 'status'> & { headers: Record<string, string>; body: unknown }): LoggedRequest {
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(entry.headers)) {
      if (SECRET_HEADERS.has(k)) {
        const bearer = /^(Bearer|Basic)\s+(.*)$/i.exec(v);
        headers[k] = bearer ? `${bearer[1]} ${redactSecret(bearer[2] as string)}` : redactSecret(v);
      } else headers[k] = v;
    }
    const logged: LoggedRequest = { ...entry, seq: ++this.seq, headers, body: redactBody(entry.body), status: null };
    this.entries.push(logged);
    if (this.entries.length > this.capacity) this.entries.shift();
    return logged;
  }

  recent(limit: number): LoggedRequest[] {
    return this.entries.slice(Math.max(0, this.entries.length - limit));
  }

  clear(): void {
    this.entries.length = 0;
  }
}
