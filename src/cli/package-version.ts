import { readFileSync } from 'node:fs';

/** The version in package.json; src/cli and dist/cli sit at the same depth below it. */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
}
