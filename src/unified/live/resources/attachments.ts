import { Attachment } from '../../ats/attachment.js';
import { toAttachment } from '../../smartrecruiters/to-attachment.js';
import type { Wire } from '../../smartrecruiters/read-wire.js';
import type { UnifiedResource } from '../list-request.js';
import { notFound } from '../unified-error.js';
import { after, contentOf, keysetPage, readOp } from '../upstream.js';

/** Attachments are listed per candidate (SmartRecruiters has no account-wide list); `job_id` narrows to one application. */
export const attachments: UnifiedResource<Attachment> = {
  key: 'ats/attachments',
  area: 'ats',
  path: 'attachments',
  modelName: 'Attachment',
  schema: Attachment,
  filters: ['candidate_id', 'job_id', 'created_after'],
  requiredFilters: ['candidate_id'],
  async list(client, req) {
    const candidateId = req.filters.candidate_id as string;
    const jobId = req.filters.job_id;
    const data = jobId
      ? await readOp<unknown>(client, 'candidates.attachments.listForJob', { pathParams: { id: candidateId, jobId }, signal: req.signal }, 'application', `${candidateId}:${jobId}`)
      : await readOp<unknown>(client, 'candidates.attachments.list', { pathParams: { id: candidateId }, signal: req.signal }, 'candidate', candidateId);
    const all = contentOf<Wire>(data)
      .map((a) => toAttachment(candidateId, a, { includeRemoteData: req.includeRemoteData, ...(jobId ? { jobId } : {}) }))
      .filter((a) => after(a.created_at, req.filters.created_after));
    return keysetPage(all, req.position, req.limit);
  },
  async get(client, id, req) {
    const i = id.indexOf(':');
    if (i <= 0) throw notFound('attachment', id);
    const candidateId = id.slice(0, i);
    const data = await readOp<unknown>(client, 'candidates.attachments.list', { pathParams: { id: candidateId }, signal: req.signal }, 'attachment', id);
    const found = contentOf<Wire>(data).find((a) => a.id === id.slice(i + 1));
    if (!found) throw notFound('attachment', id);
    return toAttachment(candidateId, found, { includeRemoteData: req.includeRemoteData });
  },
};
