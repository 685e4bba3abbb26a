import { ScimError } from './scim-error.js';

/** A compiled filter: true when a resource matches. */
export type ScimPredicate = (resource: Record<string, unknown>) => boolean;

type Token = { kind: 'word'; text: string } | { kind: 'string'; text: string } | { kind: 'paren'; text: '(' | ')' };

function tokenize(filter: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < filter.length) {
    const c = filter[i] as string;
    if (c === ' ' || c === '\t') i++;
    else if (c === '(' || c === ')') {
      out.push({ kind: 'paren', text: c });
      i++;
    } else if (c === '"') {
      let j = i + 1;
      let text = '';
      while (j < filter.length && filter[j] !== '"') {
        if (filter[j] === '\\' && j + 1 < filter.length) j++;
        text += filter[j];
        j++;
      }
      if (j >= filter.length) throw new ScimError(400, `filter: unterminated string starting at position ${i}`, 'invalidFilter');
      out.push({ kind: 'string', text });
      i = j + 1;
    } else {
      let j = i;
      while (j < filter.length && !' \t()"'.includes(filter[j] as string)) j++;
      out.push({ kind: 'word', text: filter.slice(i, j) });
      i = j;
    }
  }
  return out;
}

/** Every value at a dotted attribute path (`emails.value` fans out over the multi-valued `emails`). */
export function valuesAt(resource: unknown, path: string): unknown[] {
  let current: unknown[] = [resource];
  for (const part of path.split('.')) {
    const next: unknown[] = [];
    for (const v of current) {
      if (!v || typeof v !== 'object') continue;
      const key = Object.keys(v).find((k) => k.toLowerCase() === part.toLowerCase());
      const child = key === undefined ? undefined : (v as Record<string, unknown>)[key];
      if (Array.isArray(child)) next.push(...child);
      else if (child !== undefined && child !== null) next.push(child);
    }
    current = next;
  }
  return current;
}

const OPS = new Set(['eq', 'ne', 'co', 'sw', 'ew', 'pr']);

/**
 * Compiles an RFC 7644 §3.4.2.2 filter: `attr op "value"` with eq/ne/co/sw/ew/pr, joined by
 * `and`/`or` (and binds tighter), with parentheses. String comparison is case-insensitive, as the
 * User attributes it is used on (userName, emails.value, externalId) are `caseExact: false`
 * except externalId, which is compared exactly.
 */
export function compileFilter(filter: string, allowed: readonly string[]): ScimPredicate {
  const tokens = tokenize(filter);
  let pos = 0;
  const peek = () => tokens[pos];
  const fail = (why: string): never => {
    throw new ScimError(400, `filter: ${why} in "${filter}"`, 'invalidFilter');
  };
  const comparison = (): ScimPredicate => {
    const t = peek();
    if (t?.kind === 'paren' && t.text === '(') {
      pos++;
      const inner = orExpr();
      if (peek()?.text !== ')') fail('missing ")"');
      pos++;
      return inner;
    }
    if (t?.kind !== 'word') return fail('expected an attribute name');
    const attr = t.text;
    if (!allowed.some((a) => a.toLowerCase() === attr.toLowerCase())) fail(`filtering on "${attr}" is not supported (supported: ${allowed.join(', ')})`);
    pos++;
    const opTok = peek();
    const op = opTok?.kind === 'word' ? opTok.text.toLowerCase() : '';
    if (!OPS.has(op)) fail(`unsupported operator "${opTok?.text ?? ''}" after ${attr}`);
    pos++;
    if (op === 'pr') return (r) => valuesAt(r, attr).length > 0;
    const v = peek();
    if (!v || v.kind === 'paren') return fail(`missing value after "${attr} ${op}"`);
    pos++;
    const literal = v.kind === 'string' ? v.text : v.text === 'true' ? true : v.text === 'false' ? false : v.text === 'null' ? null : Number(v.text);
    if (typeof literal === 'number' && Number.isNaN(literal)) fail(`value "${v.text}" must be a quoted string, a number, true, false or null`);
    const exact = attr.toLowerCase() === 'externalid' || attr.toLowerCase() === 'id';
    const norm = (x: unknown) => (typeof x === 'string' && !exact ? x.toLowerCase() : x);
    const want = norm(literal);
    const test = (x: unknown): boolean => {
      // A complex multi-valued attribute without a sub-attribute (`emails eq "…"`) compares its `value`.
      const got = norm(x && typeof x === 'object' && 'value' in x ? (x as { value: unknown }).value : x);
      if (op === 'eq') return got === want;
      if (op === 'ne') return got !== want;
      if (typeof got !== 'string' || typeof want !== 'string') return false;
      return op === 'co' ? got.includes(want) : op === 'sw' ? got.startsWith(want) : got.endsWith(want);
    };
    return op === 'ne' ? (r) => valuesAt(r, attr).every(test) : (r) => valuesAt(r, attr).some(test);
  };
  const andExpr = (): ScimPredicate => {
    let left = comparison();
    while (peek()?.kind === 'word' && peek()?.text.toLowerCase() === 'and') {
      pos++;
      const l = left;
      const r = comparison();
      left = (x) => l(x) && r(x);
    }
    return left;
  };
  const orExpr = (): ScimPredicate => {
    let left = andExpr();
    while (peek()?.kind === 'word' && peek()?.text.toLowerCase() === 'or') {
      pos++;
      const l = left;
      const r = andExpr();
      left = (x) => l(x) || r(x);
    }
    return left;
  };
  if (tokens.length === 0) fail('empty filter');
  const predicate = orExpr();
  if (pos < tokens.length) fail(`unexpected "${tokens[pos]?.text}"`);
  return predicate;
}
