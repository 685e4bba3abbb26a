import { Application, ApplicationStageInput, moveApplication as move } from '../../../unified/index.js';
import type { ServerApp, ServerDeps } from '../../server-deps.js';
import { registerWrite } from './write-route.js';

export function moveApplication(app: ServerApp, deps: ServerDeps): void {
  registerWrite(app, deps, {
    method: 'put',
    path: '/unified/ats/applications/{id}/stage',
    tag: 'Unified ATS',
    summary: 'Move an application to a stage (status, sub-status, reason)',
    description: 'The sub-status must be a step of the hiring process (see /unified/ats/job-stages); a reason must be a configured reason of the matching kind. Checked before the write.',
    body: ApplicationStageInput,
    response: Application,
    status: 200,
    run: (client, { id, body, signal }) => move(client, id, body, signal),
  });
}
