import type { Context } from 'hono';

/** Every query parameter with all its values, so a repeated or unknown one can be named. */
export function rawQuery(c: Context): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of new URL(c.req.url).searchParams) (out[k] ??= []).push(v);
  return out;
}
