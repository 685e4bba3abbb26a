import { SimError } from '../../core/sim-error.js';
import type { Area, AreaContext, Handler, SimRequest } from '../../core/types.js';
import { documentsOf } from '../../state/candidate-documents.js';
import { requestConsent } from '../../state/document-mutations.js';
import { seededAnswers } from '../../state/screening-questions.js';
import { loadCandidate, requireApplication } from '../shared/record-lookups.js';
import { consentDecisionsView, consentStatusView } from './consent-views.js';

/**
 * The ids of a consent batch. The SDK types the body as a bare `Object` of `ConsentRequest {id}`
 * items, so the simulator accepts the three shapes a client may reasonably send: `[{id}]`,
 * `{candidates: [{id}]}` and `{candidateIds: [id]}`.
 */
function batchIds(body: unknown): string[] {
  const items: unknown = Array.isArray(body) ? body : body && typeof body === 'object' ? ((body as Record<string, unknown>)['candidates'] ?? (body as Record<string, unknown>)['candidateIds']) : undefined;
  if (!Array.isArray(items) || items.length === 0) throw new SimError(400, 'MISSING_FIELD', 'candidates: a non-empty list of {id} is required');
  if (items.length > 100) throw new SimError(400, 'INVALID_FIELD', `candidates: at most 100 per request, got ${items.length}`);
  return items.map((it, i) => {
    const id = typeof it === 'string' ? it : it && typeof it === 'object' ? (it as Record<string, unknown>)['id'] : undefined;
    if (typeof id !== 'string' || id === '') throw new SimError(400, 'INVALID_FIELD', `candidates[${i}].id: must be a candidate id`);
    return id;
  });
}

/** Consent status, decisions and requests, and screening answers of applications. */
export function consentArea({ state }: AreaContext): Area {
  const candidate = (req: SimRequest) => loadCandidate(state, req.params['id'] ?? '');
  const handlers: Record<string, Handler> = {
    'candidates.consent.status': (req) => ({ status: 200, body: consentStatusView(state, candidate(req)) }),
    'candidates.consent.decisions': (req) => ({ status: 200, body: consentDecisionsView(state, candidate(req)) }),
    // One result per id, in order; an unknown id fails alone instead of failing the batch.
    'candidates.consent.request.batch': (req) => {
      const results = batchIds(req.body).map((id) => {
        const index = state.candidates.indexOf(id);
        if (index < 0) return { id, status: 'FAILURE', error: { code: 'NOT_FOUND', message: `Candidate not found: ${id}` } };
        const outcome = requestConsent(state, structuredClone(state.candidates.get(index)));
        return outcome.ok ? { id, status: 'SUCCESS' } : { id, status: 'FAILURE', error: { code: outcome.code, message: outcome.message } };
      });
      return { status: 200, body: { results } };
    },
    'candidates.screening-answers.get': (req) => {
      const c = candidate(req);
      const jobId = req.params['jobId'] ?? '';
      requireApplication(state, c, jobId);
      const job = state.jobs.get(jobId);
      const stored = documentsOf(state).answers.get(`${c.id}/${jobId}`);
      // Seeded applications answered the questions of their job; ones created through the
      // Candidates API (no apply form) have none, which the docs answer with an empty list.
      const viaApi = c.applications.find((a) => a.jobId === jobId)?.source.sourceTypeId === 'API';
      const content = stored ?? (job && !viaApi ? seededAnswers(state, job, c.id) : []);
      return { status: 200, body: { totalFound: content.length, content } };
    },
  };
  return { name: 'consent', handlers };
}
