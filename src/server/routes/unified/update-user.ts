import { User, UserUpdateInput, updateUser as update } from '../../../unified/index.js';
import type { ServerApp, ServerDeps } from '../../server-deps.js';
import { registerWrite } from './write-route.js';

export function updateUser(app: ServerApp, deps: ServerDeps): void {
  registerWrite(app, deps, {
    method: 'patch',
    path: '/unified/user-directory/users/{id}',
    tag: 'Unified User Directory',
    summary: 'Update a user (names, e-mail, external id, SSO identifier, language)',
    description: 'Sent as one JSON Patch; an e-mail already in use is a 409 on `email`.',
    body: UserUpdateInput,
    response: User,
    status: 200,
    run: (client, { id, body, signal }) => update(client, id, body, signal),
  });
}
