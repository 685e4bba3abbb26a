import { describe, expect, it } from 'vitest';
import { actions, findAction, validateActionInput } from '../../../src/actions/index.js';
import { REQUEST_EXAMPLES, exampleRefNames } from '../../../src/spec/examples/request-examples.js';
import { actionExample } from './action-example.js';
import { sampleInput } from './sample-input.js';

describe('sampleInput with the request examples', () => {
  it('every example of an operation that has an action is a valid input of that action', () => {
    const withExample = actions.filter((a) => a.operationKey in REQUEST_EXAMPLES);
    // The 54 hand-kept action examples merged into src/spec/examples, none lost.
    expect(withExample.length).toBeGreaterThanOrEqual(54);
    for (const action of withExample) {
      expect(actionExample(action, (n) => `sample-${n}`), action.name).toBeDefined();
      expect(() => validateActionInput(action, sampleInput(action)), action.name).not.toThrow();
      expect(() => validateActionInput(action, sampleInput(action, { full: true })), `${action.name} full`).not.toThrow();
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

  it('turns a file example into the action file input (base64 of the text), and keeps the generated file otherwise', () => {
    const parse = sampleInput(findAction('parse_resume')!);
    const file = parse['file'] as { filename: string; content_base64: string; content_type: string };
    expect(file.content_type).toBe('text/plain');
    expect(Buffer.from(file.content_base64, 'base64').toString('utf8')).toMatch(/^Avery Morgan\navery\.morgan@example\.org\n/);
    const upload = sampleInput(findAction('upload_candidate_attachment_for_job')!, { params: { id: 'c', jobId: 'j' } });
    expect(upload).toMatchObject({ body: { attachmentType: 'RESUME' }, file: { filename: 'sample.txt' } });
  });

  it('an id the caller does not know becomes sample-<name>, and the example names each reference it needs', () => {
    const input = sampleInput(findAction('create_interview')!, { params: { jobId: 'j-9' } });
    const body = input['body'] as Record<string, unknown>;
    expect(body).toMatchObject({ jobId: 'j-9', organizerId: 'sample-userId', candidate: { id: 'sample-candidateId' } });
    expect(exampleRefNames('interviews.create')).toEqual(['candidateId', 'jobId', 'userId', 'interviewType']);
  });
});
