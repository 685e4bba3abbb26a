import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// `npm run bench -- client sync` runs bench/client.ts and bench/sync.ts; no name runs them all.
// `npm run bench -- client --seconds 5`: a shorter run for a quick check.
const here = path.dirname(fileURLToPath(import.meta.url));
const available = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.endsWith('.test.ts'))
  .map((f) => f.slice(0, -3))
  .sort();
// Flags go to the benches (`--seconds 5` or `--seconds=5`); a flag's value is not a bench name.
const wanted = process.argv
  .slice(2)
  .filter((a, i, all) => !a.startsWith('-') && !(i > 0 && /^--[a-z-]+$/.test(all[i - 1] as string) && !available.includes(a)));
const names = wanted.length > 0 ? wanted : available;

let failed = false;
for (const name of names) {
  if (!available.includes(name)) {
    console.error(`bench: unknown bench "${name}" (available: ${available.join(', ') || 'none'})`);
    failed = true;
    continue;
  }
  const mod = (await import(pathToFileURL(path.join(here, `${name}.ts`)).href)) as { default?: () => Promise<unknown> };
  if (typeof mod.default !== 'function') {
    console.error(`bench: bench/${name}.ts has no default export function`);
    failed = true;
    continue;
  }
  console.log(`\n== bench ${name} ==`);
  const started = Date.now();
  try {
    await mod.default();
  } catch (err) {
    console.error(`bench ${name} failed:`, err);
    failed = true;
  }
  console.log(`== ${name} done in ${((Date.now() - started) / 1000).toFixed(1)} s ==`);
}
process.exitCode = failed ? 1 : 0;
