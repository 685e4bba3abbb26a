import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENVIRONMENT_VARIABLES } from '../../src/cli/environment-variables.js';
import { root } from './run-cli.js';

const readme = (): Promise<string> => readFile(join(root, 'README.md'), 'utf8');

async function cliSources(): Promise<string> {
  const files = (await readdir(join(root, 'src', 'cli'), { recursive: true })).filter((f) => f.endsWith('.ts'));
  return (await Promise.all(files.map((f) => readFile(join(root, 'src', 'cli', f), 'utf8')))).join('\n');
}

describe('README truths', () => {
  it('one set of environment names everywhere (README and src/cli): the four SMARTRECRUITERS_* the CLI reads', async () => {
    const known = new Set<string>(ENVIRONMENT_VARIABLES.map((v) => v.name));
    for (const text of [await readme(), await cliSources()]) {
      const named = new Set(text.match(/\bSMARTRECRUITERS_[A-Z_]+\b/g) ?? []);
      expect([...named].filter((n) => !known.has(n))).toEqual([]);
      // Other spellings (SR_ID, SR_SECRET, process.env.SR_…) are the bug this guards against:
      // every variable the CLI reads is declared in the one table its --help is made from.
      expect(text.match(/\bSR_[A-Z]+\b/g) ?? []).toEqual([]);
      const read = [...text.matchAll(/\b(?:process\.env|env)\.([A-Z][A-Z0-9_]*)/g)].map((m) => m[1] as string);
      expect(read.filter((n) => !known.has(n))).toEqual([]);
    }
    const text = await readme();
    for (const name of known) expect(text).toContain(name);
  });

  it('the library example says it needs ESM ("type": "module")', async () => {
    const text = await readme();
    const example = text.slice(text.indexOf('## Using the client'));
    expect(example.slice(0, 1500)).toMatch(/"type": "module"/);
  });

  it('every npm run whose output is piped uses -s (npm would print its banner into the pipe)', async () => {
    const piped = (await readme()).split('\n').filter((l) => /\bnpm run\b.*\|/.test(l) && !l.trim().startsWith('|'));
    expect(piped.length).toBeGreaterThan(0);
    for (const line of piped) expect(line).toMatch(/npm run -s /);
  });

  it('says how to stop a background simulator', async () => {
    const text = await readme();
    expect(text).toMatch(/srconnect simulator[^\n]*&/);
    expect(text).toMatch(/kill (\$SIM|%1|\$!)/);
  });
});
