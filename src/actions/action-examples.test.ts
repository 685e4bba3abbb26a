import { describe, expect, it } from 'vitest';
import { ACTION_EXAMPLES } from './action-examples.js';
import { findAction } from './catalogue.js';
import { sampleInput } from './sample-input.js';
import { validateActionInput } from './validate-input.js';

describe('ACTION_EXAMPLES', () => {
  it('names only real actions, and each example is a valid input', () => {
    for (const name of Object.keys(ACTION_EXAMPLES)) {
      const action = findAction(name);
      expect(action, name).toBeDefined();
      expect(() => validateActionInput(action!, sampleInput(action!)), name).not.toThrow();
    }
  });

  it('points references at the ids the caller gives, and leaves generated values alone when asked', () => {
    const action = findAction('add_hiring_team_member')!;
    expect(sampleInput(action, { params: { jobId: 'j-1', userId: 'u-7' } })).toEqual({ jobId: 'j-1', body: { id: 'u-7', role: 'INTERVIEW_TEAM' } });
    expect(sampleInput(action, { params: { jobId: 'j-1' } }).body).toEqual({ id: 'sample-userId', role: 'INTERVIEW_TEAM' });
    expect(sampleInput(action, { generatedOnly: true }).body).not.toHaveProperty('role', 'INTERVIEW_TEAM');
  });

  it('gives open-typed fields the documented shape (tags are a list of strings)', () => {
    const tags = sampleInput(findAction('add_candidate_tags')!, { params: { id: 'c-1' } });
    expect(tags).toEqual({ id: 'c-1', body: { tags: ['python', 'remote'] } });
  });
});
