import { describe, expect, expectTypeOf, it } from 'vitest';
import type {
  SrAccessGroup,
  SrCandidate,
  SrCandidateDetails,
  SrCandidateLocation,
  SrCandidates,
  SrJob,
  SrJobDetails,
  SrListEnvelope,
  SrOffer,
  SrOffers,
  SrSystemRole,
  SrUser,
  SrUserEntity,
  SrUserInput,
} from './index.js';
import { candidateAnswer, candidatesAnswer, jobAnswer, userAnswer } from './wire-types.fixtures.js';

describe('wire types', () => {
  it('name nested models and envelopes by the docs (compile-time checks, run by typecheck)', () => {
    expectTypeOf<SrCandidates['content']>().toEqualTypeOf<SrCandidate[]>();
    expectTypeOf(candidateAnswer).toExtend<SrCandidateDetails>();
    expectTypeOf<NonNullable<SrCandidate['location']>>().toEqualTypeOf<SrCandidateLocation>();
    expectTypeOf<SrOffers['content']>().toEqualTypeOf<SrOffer[]>();
    expectTypeOf<SrCandidates>().toExtend<SrListEnvelope<SrCandidate>>();
    // Aliases point at the record callers look for, not at a same-named input body.
    expectTypeOf<SrUser>().toEqualTypeOf<SrUserEntity>();
    expectTypeOf<SrJob>().toEqualTypeOf<SrJobDetails>();
    expectTypeOf<SrUserInput>().not.toEqualTypeOf<SrUser>();
    expectTypeOf<SrSystemRole['id']>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<SrAccessGroup>().toHaveProperty('name');
  });

  it('require what the docs say is always present, and type documented enums', () => {
    expectTypeOf<SrCandidate['firstName']>().toEqualTypeOf<string>();
    expectTypeOf<SrCandidate['email']>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<SrOffer['status']>().toEqualTypeOf<'CREATED' | 'PENDING_APPROVAL' | 'APPROVED' | 'NOT_APPROVED' | 'PENDING_ACCEPTANCE' | 'ACCEPTED' | 'NOT_ACCEPTED' | 'ABANDONED'>();
    // A Swagger map example ({additionalProp1…}) is a map, not three fields.
    expectTypeOf<NonNullable<SrOffer['properties']>>().toEqualTypeOf<Record<string, string>>();
    // @ts-expect-error a candidate without its required names is not a candidate
    const noNames: SrCandidate = { id: 'c1', internal: false, createdOn: '2024-01-01T00:00:00Z', actions: {} };
    // @ts-expect-error a status the docs do not list
    const badStatus: SrOffer['status'] = 'SENT';
    // @ts-expect-error firstName is a string on the wire
    const badName: SrCandidate['firstName'] = 42;
    expect([noNames, badStatus, badName]).toHaveLength(3);
  });

  it('accept real simulator answers as they are (the fixtures `satisfies` their types)', () => {
    // The compiler checks the shapes; at run time, the fixtures must be the answers they claim.
    expect(candidatesAnswer.content[0]?.id).toBe(candidateAnswer.id);
    expect(candidateAnswer.primaryAssignment.job.id).toBe(jobAnswer.id);
    expect(userAnswer.systemRole.id).toBe('ADMINISTRATOR');
    expect(Object.keys(jobAnswer)).toContain('department');
  });
});
