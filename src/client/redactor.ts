const MASK = '[REDACTED]';

// Patterns catch credentials we were never told about (a token in a Link header, a secret echoed
// by a server); the exact-value pass catches known secrets wherever they appear.
const PATTERNS: ReadonlyArray<readonly [RegExp, string]> = [
  [/((?:client_secret|access_token|refresh_token|id_token|api_?key|token|password)=)[^&\s"'<>]+/gi, `$1${MASK}`],
  [/("(?:client_secret|clientSecret|access_token|accessToken|refresh_token|apiKey|api_key|password)"\s*:\s*")[^"]*(")/gi, `$1${MASK}$2`],
  [/\b(Bearer\s+)[A-Za-z0-9\-._~+/]+=*/gi, `$1${MASK}`],
  [/(x-smarttoken["']?\s*[:=]\s*["']?)[^\s"',}]+/gi, `$1${MASK}`],
];

/**
 * Removes credentials from text. Holds the exact secrets of one client (API key, client secret,
 * every access token it has been issued) plus generic patterns for URL/form/JSON/header forms.
 */
export class Redactor {
  private readonly secrets = new Set<string>();

  constructor(secrets: readonly string[] = []) {
    for (const s of secrets) this.add(s);
  }

  /** Registers a secret to mask from now on (e.g. a freshly issued access token). */
  add(secret: string | undefined): void {
    // Very short values would mask innocent text; real credentials are long.
    if (secret && secret.length >= 4) {
      this.secrets.add(secret);
      this.secrets.add(encodeURIComponent(secret));
    }
  }

  redact(text: string): string {
    let out = text;
    for (const s of this.secrets) out = out.split(s).join(MASK);
    for (const [re, replacement] of PATTERNS) out = out.replace(re, replacement);
    return out;
  }

  /**
   * A safe stand-in for an underlying error (fetch's TypeError, a socket error): name, redacted
   * message and code only, down the cause chain, so no request object or header ever leaks.
   */
  redactError(err: unknown, depth = 0): Error | undefined {
    if (err === undefined || err === null) return undefined;
    const source = err instanceof Error ? err : new Error(String(err));
    const copy = new Error(this.redact(source.message));
    copy.name = source.name;
    copy.stack = `${copy.name}: ${copy.message}`;
    const code = (source as { code?: unknown }).code;
    if (typeof code === 'string') Object.assign(copy, { code });
    if (depth < 4 && source.cause !== undefined) copy.cause = this.redactError(source.cause, depth + 1);
    return copy;
  }
}
