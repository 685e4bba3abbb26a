/**
 * `npm run generate` writes every generated file from the vendored spec data;
 * `npm run generate -- --check` writes nothing and fails when a checked-in file is stale,
 * so CI catches a spec change that was not regenerated, or a hand edit to generated code.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generators } from './generators/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

const stale: string[] = [];
for (const generate of generators) {
  for (const file of await generate(root)) {
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
}

if (check) {
  if (stale.length) {
    console.error(`generated files are stale (run \`npm run generate\`):\n  ${stale.join('\n  ')}`);
    process.exit(1);
  }
  console.log('generated files are up to date');
}
