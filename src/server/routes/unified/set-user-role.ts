import { User, UserRoleInput, setUserRole as setRole } from '../../../unified/index.js';
import type { ServerApp, ServerDeps } from '../../server-deps.js';
import { registerWrite } from './write-route.js';

export function setUserRole(app: ServerApp, deps: ServerDeps): void {
  registerWrite(app, deps, {
    method: 'put',
    path: '/unified/user-directory/users/{id}/role',
    tag: 'Unified User Directory',
    summary: "Set a user's role",
    description: 'Role ids are case-sensitive; a wrong letter case is a 400 on `role_id` that names the right id.',
    body: UserRoleInput,
    response: User,
    status: 200,
    run: (client, { id, body, signal }) => setRole(client, id, body.role_id, signal),
  });
}
