import { notFound } from '../../core/sim-error.js';
import type { Area, AreaContext, Handler, SimRequest } from '../../core/types.js';
import { locateApplication } from '../../state/application-locator.js';
import { removeApplication } from '../../state/candidate-mutations.js';
import type { CandidateStatus } from '../../state/name-tables.js';
import { requestConsent } from '../../state/document-mutations.js';
import type { SimState } from '../../state/sim-state.js';
import { consentDecisionsView } from '../candidates/consent-views.js';

/** Candidate statuses in the Application API's `ApplicationStatusInfo` spelling (SDK enum). */
export function applyStatus(status: CandidateStatus): string {
  return status === 'OFFERED' ? 'OFFER' : status === 'HIRED' ? 'HIRE' : status;
}

function located(state: SimState, req: SimRequest, param: string) {
  const id = req.params[param] ?? '';
  const found = locateApplication(state, id);
  if (!found) throw notFound('Job application', id);
  return found;
}

/**
 * Job Applications API v202112 and the Candidate Status API over the real applications of the
 * candidate store: an application id is `SimState.applicationId(candidate, job)`, the same id the
 * `application.*` webhooks carry.
 */
export function jobApplicationsArea({ state }: AreaContext): Area {
  const handlers: Record<string, Handler> = {
    'job-applications.getById': (req) => {
      const { candidate: c, application: a } = located(state, req, 'jobApplicationId');
      return {
        status: 200,
        body: {
          id: state.applicationId(c.id, a.jobId),
          status: a.status,
          ...(a.subStatus ? { subStatus: a.subStatus } : {}),
          sourceIdentifier: a.source.sourceId,
          createDate: new Date(a.createdOn).toISOString(),
          profileId: c.id,
          jobId: a.jobId,
        },
      };
    },
    'job-applications.deleteById': (req) => {
      const { candidate: c, application: a } = located(state, req, 'jobApplicationId');
      removeApplication(state, c, a.jobId);
      return { status: 204 };
    },
    // Consent is the candidate's, so a request through an application is a candidate consent request.
    'job-applications.postConsentRequest': (req) => {
      const { candidate: c } = located(state, req, 'jobApplicationId');
      const outcome = requestConsent(state, c);
      return { status: 200, body: { id: c.id, status: outcome.ok ? 'SUCCESS' : 'FAILURE', ...(outcome.ok ? {} : { error: { code: outcome.code, message: outcome.message } }) } };
    },
    'job-applications.getConsentDecision': (req) => ({ status: 200, body: consentDecisionsView(state, located(state, req, 'jobApplicationId').candidate) }),
    'getStatus': (req) => {
      const { candidate: c, application: a } = located(state, req, 'applicationUuid');
      return { status: 200, body: { status: applyStatus(a.status), candidateId: c.id, jobId: a.jobId } };
    },
  };
  return { name: 'job-applications', handlers };
}
