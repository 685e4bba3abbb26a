import type { ActionClient } from '../../../actions/index.js';
import { SrNotFoundError } from '../../../client/index.js';
import type { Candidate, CandidateCreateInput, CandidateUpdateInput } from '../../ats/candidate.js';
import { fromCandidateCreateInput, fromCandidateUpdateInput } from '../../smartrecruiters/from-candidate-input.js';
import { candidates } from '../resources/candidates.js';
import { badField } from '../unified-error.js';
import { contentOf, readOp } from '../upstream.js';
import { writeOp } from './write-op.js';

export interface WriteContext {
  readonly signal?: AbortSignal;
  /** The name SmartRecruiters records as the source of what this product creates. */
  readonly productName: string;
}

/**
 * Creates a candidate with an application to `job_id` (one SmartRecruiters call, so nothing is
 * half-written), the source naming this product unless the input names one, and answers the
 * candidate as it now is.
 */
export async function createCandidate(client: ActionClient, input: CandidateCreateInput, ctx: WriteContext): Promise<Candidate> {
  const { jobId, body } = fromCandidateCreateInput(input, ctx.productName);
  let created: { id?: unknown };
  try {
    created = await writeOp<{ id?: unknown }>(client, 'candidates.addToJob', { pathParams: { jobId }, body, signal: ctx.signal });
  } catch (err) {
    if (err instanceof SrNotFoundError) throw badField('job_id', `no job ${JSON.stringify(jobId)}`, 'unknown_job');
    throw err;
  }
  return candidates.get(client, String(created.id), { includeRemoteData: false, ...(ctx.signal ? { signal: ctx.signal } : {}) });
}

/**
 * Updates a candidate. Everything is checked before the first write (the candidate exists, every
 * custom field is a configured candidate property), so a refused update changes nothing.
 */
export async function updateCandidate(client: ActionClient, id: string, input: CandidateUpdateInput, ctx: WriteContext): Promise<Candidate> {
  const plan = fromCandidateUpdateInput(input);
  await readOp(client, 'candidates.get', { pathParams: { id }, signal: ctx.signal }, 'candidate', id);
  if (plan.properties.length > 0) {
    const defs = contentOf<{ id?: unknown }>(await readOp(client, 'configuration.candidate-properties.all', { signal: ctx.signal }, 'candidate property list', ''));
    const known = new Set(defs.map((d) => String(d.id)));
    const unknown = plan.properties.find((p) => !known.has(p.id));
    if (unknown) throw badField(`custom_fields.${unknown.id}`, 'not a candidate property of this account (see GET /configuration/candidate-properties in SmartRecruiters)', 'unknown_custom_field');
  }
  if (plan.patch) await writeOp(client, 'candidates.update', { pathParams: { id }, body: plan.patch, signal: ctx.signal });
  if (plan.tags) await writeOp(client, 'candidates.tags.replace', { pathParams: { id }, body: { tags: plan.tags }, signal: ctx.signal });
  for (const p of plan.properties) await writeOp(client, 'candidates.properties.values.update', { pathParams: { id, propertyId: p.id }, body: { value: p.value }, signal: ctx.signal });
  return candidates.get(client, id, { includeRemoteData: false, ...(ctx.signal ? { signal: ctx.signal } : {}) });
}
