/**
 * The modules a file loads at run time, followed through relative imports (`import type` and
 * `export type` are erased, so they load nothing). The fixed-point test uses it to prove no
 * generator loads a generated file.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const IMPORT = /^(?:import|export)\s+(?!type\b)(?:[^'"`;()=]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

export function valueImports(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1] as string;
      if (!spec.startsWith('.')) continue;
      visit(resolve(dirname(file), spec).replace(/\.js$/, '.ts'));
    }
  };
  visit(resolve(entry));
  return seen;
}
