import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generateAll } from './index.js';
import { valueImports } from './value-imports.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../..');
const generate = (root: string, ...flags: string[]) =>
  execFileSync(process.execPath, ['--import', 'tsx', join(repo, 'scripts/generate.ts'), '--root', root, ...flags], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('the generators', () => {
  const copy = mkdtempSync(join(tmpdir(), 'srconnect-generate-'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('load no generated file (nor src/spec/index.ts, which re-exports them)', () => {
    const loaded = [...valueImports(join(repo, 'scripts/generators/index.ts'))].map((f) => relative(repo, f));
    expect(loaded.length).toBeGreaterThan(10);
    expect(loaded.filter((f) => f.includes('/generated/') || f === 'src/spec/index.ts')).toEqual([]);
  });

  it('reach a fixed point in one run from a copy of specs/ with an edited ACTIONS.md', () => {
    cpSync(join(repo, 'specs'), join(copy, 'specs'), { recursive: true });
    // docs/mcp.md is hand-written around two generated regions: the generator fills those, so the
    // page itself is an input (the only one outside specs/ and the hand-kept data files).
    mkdirSync(join(copy, 'docs'), { recursive: true });
    cpSync(join(repo, 'docs/mcp.md'), join(copy, 'docs/mcp.md'));
    const actionsMd = join(copy, 'specs/smartrecruiters/ACTIONS.md');
    const before = readFileSync(actionsMd, 'utf8');
    const edited = before.replace(
      '| 3 | Get Application Status | `GET` |',
      '| 3 | Get Application Status Of A Candidate | `GET` |',
    ).replace('| apply-api · `createCandidate` | Application API (apply on behalf of candidate) |', '| apply-api · `createCandidate` | notes edited by the fixed-point test |');
    expect(edited).not.toBe(before);
    writeFileSync(actionsMd, edited);

    const first = generate(copy);
    expect(first).toMatch(/wrote src\/actions\/generated\/action-types\.ts/);
    // The first run already reflects the edit everywhere it shows...
    expect(readFileSync(join(copy, 'src/actions/generated/action-types.ts'), 'utf8')).toContain('Get Application Status Of A Candidate');
    expect(readFileSync(join(copy, 'docs/actions.md'), 'utf8')).toContain('notes edited by the fixed-point test');
    expect(readFileSync(join(copy, 'src/actions/generated/action-rows.ts'), 'utf8')).toContain('Get Application Status Of A Candidate');
    // A title is prose: the public name stays what users call (ACTION_NAMES).
    expect(readFileSync(join(copy, 'docs/actions.md'), 'utf8')).toMatch(/### `get_application_status`\n\n\*\*Get Application Status Of A Candidate\*\*/);
    expect(readFileSync(join(copy, 'src/actions/generated/action-types.ts'), 'utf8')).not.toContain('get_application_status_of_a_candidate');
    // ...so a second run writes nothing and --check passes.
    expect(generate(copy).trim()).toBe('');
    expect(generate(copy, '--check')).toContain('generated files are up to date');
    // Files the edit does not touch are byte-identical to the repository's.
    for (const path of ['src/spec/generated/operations.ts', 'src/spec/generated/field-table.ts', 'src/spec/generated/wire-types.ts']) {
      expect(readFileSync(join(copy, path), 'utf8'), path).toBe(readFileSync(join(repo, path), 'utf8'));
    }
  });

  it('--check fails on a hand edit of a generated file, naming it', () => {
    const target = join(copy, 'src/spec/generated/wire-types.ts');
    writeFileSync(target, `${readFileSync(target, 'utf8')}\n// hand edit\n`);
    expect(() => generate(copy, '--check')).toThrow(/src\/spec\/generated\/wire-types\.ts/);
  });

  it('are a pure function of the repository they are pointed at', () => {
    const here = generateAll(repo);
    for (const file of here) expect(readFileSync(join(repo, file.path), 'utf8'), file.path).toBe(file.content);
  });
});
