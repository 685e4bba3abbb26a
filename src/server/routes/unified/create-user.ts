import { User, UserCreateInput, createUser as create } from '../../../unified/index.js';
import type { ServerApp, ServerDeps } from '../../server-deps.js';
import { registerWrite } from './write-route.js';

export function createUser(app: ServerApp, deps: ServerDeps): void {
  registerWrite(app, deps, {
    method: 'post',
    path: '/unified/user-directory/users',
    tag: 'Unified User Directory',
    summary: 'Create a user',
    description: 'The role id is case-sensitive (ADMINISTRATOR, not administrator); an e-mail already in use is a 409 on `email`. Checked before the write.',
    body: UserCreateInput,
    response: User,
    status: 201,
    run: (client, { body, signal }) => create(client, body, signal),
  });
}
