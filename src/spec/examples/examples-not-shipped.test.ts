import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Examples are data for tests and docs (issue #8): nothing the package ships may reach them.
const root = resolve(import.meta.dirname, '..', '..', '..');
const rel = (file: string) => relative(root, file).split('\\').join('/');
const EXAMPLES = 'src/spec/examples/';
const isTest = (file: string) => file.endsWith('.test.ts');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** Relative module specifiers of a file (imports, re-exports, dynamic imports), resolved to repo paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.[^'"]+)['"]/g)].map((m) => m[1]!);
  return specs.map((s) => rel(resolve(dirname(file), s)));
}

describe('request examples are not shipped', () => {
  it('no shipped file under src/ imports src/spec/examples', () => {
    const importers = sourceFiles(join(root, 'src'))
      .filter((f) => !rel(f).startsWith(EXAMPLES) && !isTest(f))
      .filter((f) => importsOf(f).some((p) => p.startsWith(EXAMPLES.slice(0, -1))))
      .map(rel);
    expect(importers).toEqual([]);
    // The scan sees imports at all: the simulator's sample requests (test support) do import the examples.
    expect(importsOf(join(root, 'test/support/simulator/sample-request.ts')).some((p) => p.startsWith(EXAMPLES))).toBe(true);
  });

  it('the build (tsconfig.build.json) compiles no example, no test support and no test, even through imports', () => {
    const configPath = join(root, 'tsconfig.build.json');
    const config = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n')); } });
    expect(config?.errors ?? []).toEqual([]);
    // Parsing and module resolution only (no type check): every file an emit would write.
    const program = ts.createProgram({ rootNames: config!.fileNames, options: { ...config!.options, noEmit: true, noLib: true, types: [] } });
    const compiled = program.getSourceFiles().map((f) => rel(f.fileName)).filter((f) => !f.startsWith('node_modules/') && !f.startsWith('..'));
    expect(compiled.length).toBeGreaterThan(100);
    expect(compiled).toContain('src/actions/index.ts');
    const leaked = compiled.filter((f) => f.startsWith(EXAMPLES) || f.startsWith('test/') || isTest(f));
    expect(leaked).toEqual([]);
  });
});
