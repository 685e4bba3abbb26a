import type { ServerApp, ServerDeps } from '../../server-deps.js';
import { createCandidate } from './create-candidate.js';
import { createScorecard } from './create-scorecard.js';
import { createUser } from './create-user.js';
import { getRecord } from './get-record.js';
import { listRecords } from './list-records.js';
import { moveApplication } from './move-application.js';
import { setUserActivation } from './set-user-activation.js';
import { setUserRole } from './set-user-role.js';
import { updateCandidate } from './update-candidate.js';
import { updateUser } from './update-user.js';
import { uploadAttachment } from './upload-attachment.js';

/** Every /unified route: lists and gets for each model, then the writes. */
export function registerUnifiedRoutes(app: ServerApp, deps: ServerDeps): void {
  listRecords(app, deps);
  getRecord(app, deps);
  createCandidate(app, deps);
  updateCandidate(app, deps);
  moveApplication(app, deps);
  createScorecard(app, deps);
  createUser(app, deps);
  updateUser(app, deps);
  setUserRole(app, deps);
  setUserActivation(app, deps);
  uploadAttachment(app, deps);
}
