/** The URL of `rel="next"` in an RFC 8288 Link header, or undefined. */
export function nextLinkFrom(header: string | null): string | undefined {
  if (!header) return undefined;
  // Split on commas that start a new `<...>` entry; URLs themselves may contain commas.
  for (const part of header.split(/,(?=\s*<)/)) {
    const m = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (!m) continue;
    const rels = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(m[2] as string);
    const rel = (rels?.[1] ?? rels?.[2] ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('next')) return m[1];
  }
  return undefined;
}
