import { Candidate, CandidateUpdateInput, updateCandidate as update } from '../../../unified/index.js';
import type { ServerApp, ServerDeps } from '../../server-deps.js';
import { SOURCE_NAME } from './create-candidate.js';
import { registerWrite } from './write-route.js';

export function updateCandidate(app: ServerApp, deps: ServerDeps): void {
  registerWrite(app, deps, {
    method: 'patch',
    path: '/unified/ats/candidates/{id}',
    tag: 'Unified ATS',
    summary: 'Update a candidate (contact details, tags, custom fields)',
    description: 'Every custom field must be a candidate property of the account; everything is checked before the first write.',
    body: CandidateUpdateInput,
    response: Candidate,
    status: 200,
    run: (client, { id, body, signal }) => update(client, id, body, { productName: SOURCE_NAME, signal }),
  });
}
