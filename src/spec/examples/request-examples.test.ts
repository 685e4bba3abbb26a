import { describe, expect, it } from 'vitest';
import { operationByKey } from '../index.js';
import { REQUEST_EXAMPLES, REQUEST_EXAMPLE_TABLES, exampleRefNames, requestExample } from './request-examples.js';

const keys = Object.keys(REQUEST_EXAMPLES);

describe('REQUEST_EXAMPLES', () => {
  it('names only official operations, each in exactly one area table', () => {
    expect(keys.length).toBeGreaterThan(90);
    for (const key of keys) expect(operationByKey(key), key).toBeDefined();
    const all = REQUEST_EXAMPLE_TABLES.flatMap((t) => Object.keys(t));
    expect(all.length, 'an operation has examples in two tables').toBe(new Set(all).size);
  });

  it('gives each operation the kind of request its body mode takes, as plain JSON data', () => {
    for (const key of keys) {
      const op = operationByKey(key)!;
      const example = requestExample(key, (n) => `{${n}}`)!;
      expect(op.bodyMode, key).not.toBe('none');
      if (example.body !== undefined) expect(JSON.parse(JSON.stringify(example.body)), key).toEqual(example.body);
      if (op.bodyMode === 'multipart') {
        expect(Object.values((example.body ?? {}) as object).every((v) => typeof v === 'string'), `${key}: form parts are text`).toBe(true);
      } else {
        expect(example.file, `${key}: only multipart operations take a file`).toBeUndefined();
        expect(example.body, key).toBeDefined();
      }
      if (op.bodyMode === 'json-patch') {
        expect(Array.isArray(example.body) && (example.body as { op?: unknown }[]).every((p) => typeof p.op === 'string'), key).toBe(true);
      }
    }
  });

  it('puts every reference where the caller says, and leaves none behind', () => {
    for (const key of keys) {
      const names = exampleRefNames(key);
      const filled = JSON.stringify(requestExample(key, (n) => `<<${n}>>`));
      for (const n of names) expect(filled, `${key} ${n}`).toContain(`<<${n}>>`);
      // A reference is never spelled out literally instead of asked for.
      expect(filled, key).not.toMatch(/\{[a-zA-Z]+Id\}|sample-/);
    }
    expect(exampleRefNames('jobs.hiring-team.add')).toEqual(['userId']);
    expect(exampleRefNames('candidates.tags.add')).toEqual([]);
    expect(exampleRefNames('no.such.operation')).toEqual([]);
    expect(requestExample('no.such.operation', (n) => n)).toBeUndefined();
  });

  it('is data: the same call gives equal, independent results', () => {
    const a = requestExample('jobs.create', (n) => n)!;
    const b = requestExample('jobs.create', (n) => n)!;
    expect(a).toEqual(b);
    const body = a.body as { title: string; location: { city: string }; jobAd: { sections: { videos: { urls: string[] } } } };
    body.title = 'changed';
    body.location.city = 'changed';
    body.jobAd.sections.videos.urls.push('changed');
    // jobs.update shares the location and jobads.create the sections: neither sees the change.
    expect(requestExample('jobs.create', (n) => n)).toEqual(b);
    expect(JSON.stringify(requestExample('jobs.update', (n) => n))).not.toContain('changed');
    expect(JSON.stringify(requestExample('jobs.jobads.create', (n) => n))).not.toContain('changed');
  });
});
