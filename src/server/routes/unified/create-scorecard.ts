import { Scorecard, ScorecardCreateInput, createScorecard as create } from '../../../unified/index.js';
import type { ServerApp, ServerDeps } from '../../server-deps.js';
import { registerWrite } from './write-route.js';

export function createScorecard(app: ServerApp, deps: ServerDeps): void {
  registerWrite(app, deps, {
    method: 'post',
    path: '/unified/ats/scorecards',
    tag: 'Unified ATS',
    summary: 'Create a scorecard (a SmartRecruiters review) for an application',
    description: 'One review per interviewer per application; a second is a 409.',
    body: ScorecardCreateInput,
    response: Scorecard,
    status: 201,
    run: (client, { body, signal }) => create(client, body, signal),
  });
}
