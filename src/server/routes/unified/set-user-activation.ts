import { User, setUserActive } from '../../../unified/index.js';
import type { ServerApp, ServerDeps } from '../../server-deps.js';
import { registerWrite } from './write-route.js';

/** `POST …/users/{id}/deactivate` and `…/reactivate`: SmartRecruiters never deletes users, it deactivates them. */
export function setUserActivation(app: ServerApp, deps: ServerDeps): void {
  for (const [verb, active] of [['deactivate', false], ['reactivate', true]] as const) {
    registerWrite(app, deps, {
      method: 'post',
      path: `/unified/user-directory/users/{id}/${verb}`,
      tag: 'Unified User Directory',
      summary: `${verb === 'deactivate' ? 'Deactivate' : 'Reactivate'} a user`,
      description: active ? 'The user can sign in again.' : 'The user can no longer sign in; their records stay.',
      response: User,
      status: 200,
      run: (client, { id, signal }) => setUserActive(client, id, active, signal),
    });
  }
}
