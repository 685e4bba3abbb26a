/** Small pieces of TypeScript source the type generators (action-types.ts, wire-types.ts) share. */

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A property key: bare when it is an identifier, quoted otherwise. */
export const tsKey = (name: string): string => (IDENT.test(name) ? name : JSON.stringify(name));

/** A union of string literals. */
export const tsLiteral = (values: readonly string[]): string => values.map((v) => JSON.stringify(v)).join(' | ');

/** A one-line doc comment (empty without text); `*\/` in the text cannot close it early. */
export const tsDoc = (text: string | undefined, indent: string): string =>
  text ? `${indent}/** ${text.replace(/\*\//g, '* /').replace(/\s+/g, ' ').trim()} */\n` : '';

/** The TS type of a documented scalar, or undefined for anything else. */
export function tsScalar(type: string): 'string' | 'number' | 'boolean' | undefined {
  if (type === 'string' || type === 'date-time') return 'string';
  if (type === 'number' || type === 'integer') return 'number';
  if (type === 'boolean') return 'boolean';
  return undefined;
}
