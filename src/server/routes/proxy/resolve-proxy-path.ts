/** Where a proxied request may go, or why it may not: a decision with its reason. */
export type ProxyPathDecision =
  | { readonly ok: true; readonly path: string }
  | { readonly ok: false; readonly reason: string };

const refuse = (reason: string): ProxyPathDecision => ({ ok: false, reason });

/** Characters that mean something to a URL parser in a path segment, once decoded. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
const FORBIDDEN_DECODED = /[/\\@?#\u0000-\u001f\u007f]/;

/**
 * Turns the raw text after `/proxy/:accountId/` into a path on the account's host. It looks at the
 * raw request target (before any URL normalisation), so `..` spelled any way is seen. Anything
 * that could climb out of the path or name a host is refused rather than repaired: absolute URLs
 * and `//host` (empty segments), dot segments (`.`, `..`, `%2e%2e`), encoded slashes and
 * backslashes (`%2f`, `%5c`, `\`), `@`, control characters and malformed escapes. Each segment is
 * then re-encoded, so what goes upstream is exactly the segments that were checked.
 */
export function resolveProxyPath(rawRest: string, rawQuery: string): ProxyPathDecision {
  if (rawRest === '') return refuse('the proxy path is empty: call /proxy/{accountId}/<SmartRecruiters path>');
  if (rawRest.includes('\\')) return refuse('backslashes are not allowed in a proxy path');
  const segments = rawRest.split('/');
  const out: string[] = [];
  for (const [i, raw] of segments.entries()) {
    // One trailing slash is a path some APIs distinguish; any other empty segment is `//`.
    if (raw === '') {
      if (i === segments.length - 1 && i > 0) {
        out.push('');
        continue;
      }
      return refuse('empty path segments (`//`, absolute URLs) are not allowed in a proxy path');
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      return refuse(`malformed percent-encoding in path segment ${i + 1}`);
    }
    if (decoded === '.' || decoded === '..') return refuse('dot segments (`.`, `..`) are not allowed in a proxy path');
    if (i === 0 && /^[a-z][a-z0-9+.-]*:/i.test(decoded)) return refuse('a proxy path cannot start with a URL scheme (absolute URLs are not allowed)');
    if (FORBIDDEN_DECODED.test(decoded)) return refuse(`path segment ${i + 1} contains a character that could change the target (/ \\ @ ? # or a control character)`);
    out.push(encodeURIComponent(decoded));
  }
  if (rawQuery.includes('#')) return refuse('a fragment is not allowed in a proxy query');
  // The client treats `{name}` as a template; the query is passed as is apart from that.
  const query = rawQuery.replace(/\{/g, '%7B').replace(/\}/g, '%7D');
  return { ok: true, path: `/${out.join('/')}${query ? `?${query}` : ''}` };
}

/** Splits a raw request target (`/proxy/acc_1/candidates?limit=5`) after the account id. */
export function splitProxyTarget(rawTarget: string): { accountId: string; rest: string; query: string } | undefined {
  const q = rawTarget.indexOf('?');
  const pathPart = q === -1 ? rawTarget : rawTarget.slice(0, q);
  const query = q === -1 ? '' : rawTarget.slice(q + 1);
  const m = /^\/proxy\/([^/]*)(?:\/(.*))?$/.exec(pathPart);
  if (!m) return undefined;
  return { accountId: decodeSafe(m[1] as string), rest: m[2] ?? '', query };
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
