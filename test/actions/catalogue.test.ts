import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { actionInputJsonSchema, actions, validateActionInput } from '../../src/actions/index.js';
import { sampleInput } from '../support/actions/sample-input.js';

const root = join(import.meta.dirname, '..', '..');

/** Parsed independently of the generator, so a generator bug cannot hide here. */
function actionsMdRows(): { n: number; title: string; method: string; path: string }[] {
  const text = readFileSync(join(root, 'specs/smartrecruiters/ACTIONS.md'), 'utf8');
  const rows: { n: number; title: string; method: string; path: string }[] = [];
  for (const line of text.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (!/^\d+$/.test(cells[1] ?? '')) continue;
    rows.push({
      n: Number(cells[1]),
      title: cells[2] as string,
      method: (cells[3] as string).replace(/`/g, ''),
      path: (cells[4] as string).replace(/`/g, ''),
    });
  }
  return rows;
}

describe('action catalogue', () => {
  const rows = actionsMdRows();

  it('has the 164 actions of ACTIONS.md with unique names', () => {
    expect(rows).toHaveLength(164);
    expect(actions).toHaveLength(164);
    expect(new Set(actions.map((a) => a.name)).size).toBe(164);
    expect(new Set(actions.map((a) => a.operationKey)).size).toBe(164);
    expect(new Set(actions.map((a) => `${a.group}.${a.method}`)).size).toBe(164);
  });

  it('binds each action to the method and path of its ACTIONS.md row', () => {
    for (const row of rows) {
      const action = actions.find((a) => a.number === row.n);
      expect(action, `row ${row.n}`).toBeDefined();
      expect({ title: action!.title, method: action!.operation.method, path: action!.operation.path }).toEqual({
        title: row.title,
        method: row.method,
        path: row.path,
      });
    }
  });

  it('names actions in snake_case from their title', () => {
    const byName = new Map(actions.map((a) => [a.name, a]));
    expect(byName.get('search_candidates')?.operation.path).toBe('/candidates');
    expect(byName.get('get_candidate')?.operation.path).toBe('/candidates/{id}');
    expect(byName.get('update_timeslot_no_show')?.operation.method).toBe('PATCH');
    for (const a of actions) expect(a.name).toMatch(/^[a-z0-9]+(_[a-z0-9]+)*$/);
  });

  it('derives kind from the effect, and pagination from the operation', () => {
    const kinds = { read: 0, write: 0, delete: 0 };
    for (const a of actions) kinds[a.kind]++;
    expect(kinds.read + kinds.write + kinds.delete).toBe(164);
    expect(actions.find((a) => a.name === 'delete_candidate')?.kind).toBe('delete');
    expect(actions.find((a) => a.name === 'search_job_interview_templates')?.kind).toBe('read');
    expect(actions.find((a) => a.name === 'create_job')?.kind).toBe('write');
    expect(actions.find((a) => a.name === 'search_candidates')?.pagination?.style).toBe('cursor');
    expect(actions.find((a) => a.name === 'search_offers')?.pagination?.style).toBe('offset');
    expect(actions.find((a) => a.name === 'list_interview_templates')?.pagination?.style).toBe('page');
    for (const a of actions) expect(a.pagination).toBe(a.operation.pagination);
  });

  it('exports every input schema as JSON Schema covering path, query and body', () => {
    for (const a of actions) {
      const schema = actionInputJsonSchema(a) as { type: string; properties: Record<string, unknown>; required?: string[] };
      expect(schema.type, a.name).toBe('object');
      for (const p of a.operation.pathParams) {
        expect(schema.properties[p.name], `${a.name} path ${p.name}`).toBeDefined();
        expect(schema.required, `${a.name} path ${p.name} required`).toContain(p.name);
      }
      for (const q of a.operation.queryParams) expect(schema.properties[q.name], `${a.name} query ${q.name}`).toBeDefined();
      if (a.operation.bodyMode !== 'none' && a.operation.bodyMode !== 'multipart') expect(schema.properties.body, a.name).toBeDefined();
      if (a.operation.bodyMode === 'multipart') expect(schema.properties.file, a.name).toBeDefined();
    }
  });

  it('takes body fields and required flags from official-docs', () => {
    const tags = actionInputJsonSchema(actions.find((a) => a.name === 'add_candidate_tags')!) as {
      properties: { body: { required: string[]; properties: Record<string, unknown> } };
      required: string[];
    };
    expect(tags.required).toEqual(expect.arrayContaining(['id', 'body']));
    expect(tags.properties.body.required).toEqual(['tags']);
    const job = actionInputJsonSchema(actions.find((a) => a.name === 'create_job')!) as {
      properties: { body: { required: string[] } };
    };
    expect(job.properties.body.required).toEqual(
      expect.arrayContaining(['title', 'location', 'industry', 'function', 'experienceLevel']),
    );
  });

  it('builds a valid sample input for every action (required only, and full)', () => {
    for (const a of actions) {
      expect(() => validateActionInput(a, sampleInput(a)), a.name).not.toThrow();
      expect(() => validateActionInput(a, sampleInput(a, { full: true })), `${a.name} full`).not.toThrow();
    }
  });
});

describe('srconnect actions (child process)', () => {
  const run = promisify(execFile);
  const tsx = join(root, 'node_modules', '.bin', 'tsx');

  it('`actions list --json` prints the 164 actions with name, title, method, path, kind', async () => {
    const { stdout } = await run(tsx, ['src/cli/main.ts', 'actions', 'list', '--json'], { cwd: root });
    const list = JSON.parse(stdout) as { name: string; title: string; method: string; path: string; kind: string }[];
    expect(list).toHaveLength(164);
    const search = list.find((a) => a.name === 'search_candidates');
    expect(search).toMatchObject({ title: 'Search Candidates', method: 'GET', path: '/candidates', kind: 'read' });
    expect(list.find((a) => a.name === 'list_users')?.path).toBe('/user-api/v201804/users');
  });

  it('`actions run` refuses bad input with exit code 2, naming fields and types but not values', async () => {
    const err = await run(tsx, ['src/cli/main.ts', 'actions', 'run', 'get_candidate', '--input', '{"id":42,"note":"s3cr3t-value"}'], {
      cwd: root,
      env: { ...process.env, SMARTRECRUITERS_API_KEY: 'test-key' },
    }).catch((e: { code: number; stderr: string }) => e);
    expect((err as { code: number }).code).toBe(2);
    const stderr = (err as { stderr: string }).stderr;
    expect(stderr).toContain('id: expected string (got number)');
    expect(stderr).toContain('note: unknown field (got string)');
    expect(stderr).not.toContain('s3cr3t-value');
    expect(stderr).not.toContain('42');
  });

  it('`actions run --account` with no store says where it looked (exit 4 = not found)', async () => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SRCONNECT_') && k !== 'DATABASE_URL'));
    const err = await run(tsx, ['src/cli/main.ts', 'actions', 'run', 'get_candidate', '--account', 'acc_1', '--input', '{"id":"c1"}'], {
      cwd: root,
      env,
    }).catch((e: { code: number; stderr: string }) => e);
    expect((err as { code: number }).code).toBe(4);
    expect((err as { stderr: string }).stderr).toMatch(/no store at .*SRCONNECT_DB or DATABASE_URL/);
  });

  it('`actions run` with an unknown name suggests close matches (exit 2)', async () => {
    const err = await run(tsx, ['src/cli/main.ts', 'actions', 'run', 'serch_candidates'], { cwd: root }).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect((err as { code: number }).code).toBe(2);
    expect((err as { stderr: string }).stderr).toContain('did you mean search_candidates');
  });
});
