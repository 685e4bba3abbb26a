/**
 * `npm run generate` writes every generated file from the vendored spec data;
 * `npm run generate -- --check` writes nothing and fails when a checked-in file is stale,
 * so CI catches a spec change that was not regenerated, or a hand edit to generated code.
 * `--root DIR` works on a copy of the repository (the fixed-point test uses it).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateAll } from './generators/index.js';

const args = process.argv.slice(2);
const rootArg = args[args.indexOf('--root') + 1];
const root = args.includes('--root') && rootArg ? resolve(rootArg) : join(dirname(fileURLToPath(import.meta.url)), '..');
const check = args.includes('--check');

const stale: string[] = [];
for (const file of generateAll(root)) {
  const target = join(root, file.path);
  const current = existsSync(target) ? readFileSync(target, 'utf8') : null;
  if (current === file.content) continue;
  if (check) {
    stale.push(relative(root, target));
  } else {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
    console.log(`wrote ${relative(root, target)}`);
  }
}

if (check) {
  if (stale.length) {
    console.error(`generated files are stale (run \`npm run generate\`):\n  ${stale.join('\n  ')}`);
    process.exit(1);
  }
  console.log('generated files are up to date');
}
