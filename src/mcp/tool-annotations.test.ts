import { describe, expect, it } from 'vitest';
import { actions, getAction } from '../actions/index.js';
import { toolAnnotations } from './tool-annotations.js';

const hints = (name: string) => toolAnnotations(getAction(name));

describe('toolAnnotations', () => {
  it('GET is read-only and idempotent, never destructive', () => {
    expect(hints('get_candidate')).toEqual({ readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true });
  });

  it('a POST that only reads (parse_resume, a search body) is read-only, from the catalogue kind', () => {
    expect(hints('parse_resume').readOnlyHint).toBe(true);
    expect(hints('search_job_interview_templates').readOnlyHint).toBe(true);
  });

  it('DELETE is destructive and idempotent, including unpublish and deactivate', () => {
    for (const name of ['delete_candidate', 'unpublish_job', 'deactivate_user', 'remove_hiring_team_member']) {
      expect(hints(name)).toEqual({ readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: true });
    }
  });

  it('PUT replaces: destructive and idempotent', () => {
    expect(hints('update_candidate_tags')).toEqual({ readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: true });
  });

  it('PATCH is destructive and not idempotent', () => {
    expect(hints('update_candidate')).toEqual({ readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: true });
  });

  it('a POST that adds is additive; approve, reject and reset change what exists', () => {
    expect(hints('create_candidate')).toEqual({ readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true });
    expect(hints('add_candidate_tags').destructiveHint).toBe(false);
    for (const name of ['approve_approval_request', 'reject_approval_request', 'reset_user_password']) expect(hints(name).destructiveHint).toBe(true);
  });

  it('an unknown method is treated as the worst case', () => {
    expect(toolAnnotations({ name: 'x', kind: 'write', operation: { method: 'PROPFIND' } })).toMatchObject({ readOnlyHint: false, destructiveHint: true, idempotentHint: false });
  });

  it('over the whole catalogue: read-only exactly for read actions; no read-only tool is destructive; no POST write is idempotent', () => {
    for (const a of actions) {
      const h = toolAnnotations(a);
      expect(h.readOnlyHint, a.name).toBe(a.kind === 'read');
      if (h.readOnlyHint) expect(h.destructiveHint, a.name).toBe(false);
      if (a.kind !== 'read' && a.operation.method === 'POST') expect(h.idempotentHint, a.name).toBe(false);
      if (a.operation.method === 'GET') expect(h.readOnlyHint, a.name).toBe(true);
    }
  });
});
