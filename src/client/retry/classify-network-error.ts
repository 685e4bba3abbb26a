/** Codes meaning the connection was never established, so the server never saw the request. */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** The error codes found along an error's cause chain (fetch nests them: TypeError → cause → AggregateError.errors). */
export function errorCodes(err: unknown, depth = 0): string[] {
  if (!err || typeof err !== 'object' || depth > 5) return [];
  const out: string[] = [];
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string') out.push(code);
  out.push(...errorCodes((err as { cause?: unknown }).cause, depth + 1));
  const inner = (err as { errors?: unknown }).errors;
  if (Array.isArray(inner)) for (const e of inner) out.push(...errorCodes(e, depth + 1));
  return out;
}

/**
 * Whether a transport failure provably happened before the request reached the server.
 * Anything else (reset, socket closed mid-flight) may have been processed.
 */
export function classifyNetworkError(err: unknown): 'not_sent' | 'connection_reset' {
  const codes = errorCodes(err);
  return codes.length > 0 && codes.every((c) => NOT_SENT_CODES.has(c)) ? 'not_sent' : 'connection_reset';
}
