import { Candidate, CandidateCreateInput, createCandidate as create } from '../../../unified/index.js';
import type { ServerApp, ServerDeps } from '../../server-deps.js';
import { registerWrite } from './write-route.js';

/** The source SmartRecruiters records for candidates this server creates, unless the body names one. */
export const SOURCE_NAME = process.env.SRCONNECT_SOURCE_NAME?.trim() || 'srconnect';

export function createCandidate(app: ServerApp, deps: ServerDeps): void {
  registerWrite(app, deps, {
    method: 'post',
    path: '/unified/ats/candidates',
    tag: 'Unified ATS',
    summary: 'Create a candidate with an application to a job',
    description: `One SmartRecruiters call (POST /jobs/{jobId}/candidates), with source attribution: this product (SRCONNECT_SOURCE_NAME, default "srconnect") as an API source unless \`source\` says otherwise.`,
    body: CandidateCreateInput,
    response: Candidate,
    status: 201,
    run: (client, { body, signal }) => create(client, body, { productName: SOURCE_NAME, signal }),
  });
}
