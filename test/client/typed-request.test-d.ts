/**
 * Compile-time checks of the typed client, compiled (never run) by `npm run typecheck`: each
 * `@ts-expect-error` fails the build if the error it marks stops being an error, so a typing that
 * goes loose cannot pass CI. The runtime side is in typed-request.test.ts.
 */
import { expectTypeOf } from 'vitest';
import type { OperationRequest, QueryOf, SmartRecruitersClient, SrPage, SrResponse } from '../../src/client/index.js';
import type { OperationSpec, SrCandidate, SrCandidateDetails, SrOperationAnswers } from '../../src/spec/index.js';

declare const client: SmartRecruitersClient;
declare const someSpec: OperationSpec;

// A typed call: key, path parameters, query.
void client.request({ operation: 'candidates.get', pathParams: { id: 'c-1' } });
void client.request({ operation: 'candidates.get', pathParams: { id: 42 } });
void client.request({ operation: 'candidates.all', query: { q: 'ada', limit: 10, status: ['NEW', 'HIRED'], updatedAfter: '2026-01-01T00:00:00Z', pageId: undefined } });
void client.request({ operation: 'reviews.getList', query: { candidateId: 'c', jobId: 'j' } });
void client.request({ operation: 'v1.listPostings', pathParams: { companyIdentifier: 'acme' }, query: { 'custom_field.f1': 'v1,v2', locationType: 'REMOTE' } });

// @ts-expect-error a key that is not in the spec table
void client.request({ operation: 'candidates.getOne', pathParams: { id: 'c-1' } });
// @ts-expect-error a missing path parameter
void client.request({ operation: 'candidates.get', pathParams: {} });
// @ts-expect-error no pathParams at all, where the path has one
void client.request({ operation: 'candidates.get' });
// @ts-expect-error an extra path parameter
void client.request({ operation: 'candidates.get', pathParams: { id: 'c-1', jobId: 'j-1' } });
// @ts-expect-error a path parameter on an operation whose path has none
void client.request({ operation: 'candidates.all', pathParams: { id: 'c-1' } });
// @ts-expect-error a path parameter value that is neither string nor number
void client.request({ operation: 'candidates.get', pathParams: { id: true } });
// @ts-expect-error an integer query parameter given a string
void client.request({ operation: 'candidates.all', query: { limit: '10' } });
// @ts-expect-error a value outside the parameter's enum
void client.request({ operation: 'candidates.all', query: { status: 'SECRET' } });
// @ts-expect-error an array on a parameter that does not repeat
void client.request({ operation: 'candidates.all', query: { q: ['a', 'b'] } });
// @ts-expect-error a query parameter the operation does not declare
void client.request({ operation: 'candidates.all', query: { bogus: 1 } });
// @ts-expect-error a required query parameter left out
void client.request({ operation: 'reviews.getList', query: { candidateId: 'c' } });
// @ts-expect-error no query at all, where one is required
void client.request({ operation: 'reviews.getList' });

// The response: the documented answer's wire type, from the key alone; unknown where the docs give
// no answer fields; a named type keeps the parameter checks.
expectTypeOf(client.request({ operation: 'candidates.get', pathParams: { id: 'c' } })).toEqualTypeOf<Promise<SrResponse<SrCandidateDetails>>>();
expectTypeOf(client.request({ operation: 'candidates.delete', pathParams: { id: 'c' } })).toEqualTypeOf<Promise<SrResponse<unknown>>>();
declare const candidate: SrCandidateDetails;
expectTypeOf(candidate.email).toEqualTypeOf<string | null | undefined>();
// @ts-expect-error a documented string field is not a number
const notANumber: number = candidate.email;
void notANumber;
expectTypeOf(client.request<{ id: string }>({ operation: 'candidates.get', pathParams: { id: 'c' } })).toEqualTypeOf<Promise<SrResponse<{ id: string }>>>();
// @ts-expect-error a named response type does not loosen the path parameters
void client.request<{ id: string }>({ operation: 'candidates.get', pathParams: { candidateId: 'c' } });
// @ts-expect-error nor the query
void client.request<{ id: string }>({ operation: 'candidates.all', query: { limit: 'ten' } });

// The untyped forms stay: a spec entry, or a bare method + path.
void client.request({ operation: someSpec, pathParams: { anything: 1 }, query: { any: 'thing' } });
void client.request({ operation: { method: 'GET', path: '/anything/{x}' }, pathParams: { x: 1 } });
// @ts-expect-error a bare pair still needs a known method
void client.request({ operation: { method: 'FETCH', path: '/jobs' } });

// Pagination helpers take only paginated keys, with the same checks.
expectTypeOf(client.paginate({ operation: 'candidates.all', query: { q: 'x' } })).toEqualTypeOf<AsyncIterable<SrPage<SrCandidate>>>();
expectTypeOf(client.paginateItems({ operation: 'candidates.all' })).toEqualTypeOf<AsyncIterable<SrCandidate>>();
expectTypeOf(client.paginateItems<{ id: string }>({ operation: 'candidates.all' })).toEqualTypeOf<AsyncIterable<{ id: string }>>();
type Posting = NonNullable<SrOperationAnswers['v1.listPostings']['content']>[number];
expectTypeOf(client.collect({ operation: 'v1.listPostings', pathParams: { companyIdentifier: 'acme' } }, { maxItems: 5 })).toEqualTypeOf<Promise<Posting[]>>();
// @ts-expect-error an operation that does not page
void client.paginate({ operation: 'candidates.get', pathParams: { id: 'c' } });
// @ts-expect-error an operation that does not page, with a named item type
void client.collect<{ id: string }>({ operation: 'candidates.get', pathParams: { id: 'c' } });
// @ts-expect-error a wrong query type on a paginated operation
void client.paginateItems({ operation: 'candidates.all', query: { limit: true } });

// The request types themselves.
const reviewsQuery: QueryOf<'reviews.getList'> = { candidateId: 'c', jobId: 'j' };
expectTypeOf(reviewsQuery.candidateId).toEqualTypeOf<string>();
expectTypeOf<QueryOf<'candidates.all'>['status']>().toEqualTypeOf<
  'LEAD' | 'NEW' | 'IN_REVIEW' | 'INTERVIEW' | 'OFFERED' | 'HIRED' | 'REJECTED' | 'WITHDRAWN' | 'TRANSFERRED' | readonly ('LEAD' | 'NEW' | 'IN_REVIEW' | 'INTERVIEW' | 'OFFERED' | 'HIRED' | 'REJECTED' | 'WITHDRAWN' | 'TRANSFERRED')[] | null | undefined
>();
expectTypeOf<OperationRequest<'candidates.get'>['pathParams']>().toEqualTypeOf<{ readonly id: string | number }>();
