import { randomBytes } from 'node:crypto';
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { Attachment, AttachmentType, applications, candidates, fromAttachmentType, multipartFraming, toAttachment, UnifiedError } from '../../../unified/index.js';
import { ApiError } from '../../api-error.js';
import type { AppEnv } from '../../app-env.js';
import { problemResponse } from '../../problem.js';
import type { ServerApp, ServerDeps } from '../../server-deps.js';
import { BEARER, UPSTREAM_PROBLEMS } from '../common-responses.js';
import { rawQuery } from './unified-query.js';
import { countedBody } from '../../counted-body.js';

export const UPLOAD_PATH = '/unified/ats/attachments';

const Query = z
  .object({
    account_id: z.string().min(1),
    candidate_id: z.string().min(1).max(200),
    job_id: z.string().min(1).max(200).optional(),
    attachment_type: AttachmentType.optional(),
    file_name: z.string().min(1).max(255).optional(),
  })
  .strict();

// Documented here, handled by a plain route: the body is a stream, never parsed or validated as a whole.
const route: Parameters<ServerApp['openAPIRegistry']['registerPath']>[0] = {
  method: 'post',
  path: UPLOAD_PATH,
  tags: ['Unified ATS'],
  summary: 'Upload an attachment to a candidate or one of their applications',
  description:
    'The body is streamed to SmartRecruiters as it arrives, never buffered. Send either `multipart/form-data` with one part named `file`, or the file itself with its own Content-Type and `file_name`. ' +
    'With `job_id` the file belongs to that application. `attachment_type` RESUME, COVER_LETTER, or anything else as a generic file.',
  security: BEARER,
  request: {
    query: z.object({
      account_id: z.string().openapi({ param: { name: 'account_id', in: 'query', required: true } }),
      candidate_id: z.string().openapi({ param: { name: 'candidate_id', in: 'query', required: true } }),
      job_id: z.string().optional(),
      attachment_type: AttachmentType.optional(),
      file_name: z.string().optional().openapi({ description: 'Required unless the body is multipart/form-data' }),
    }),
    body: { required: true, content: { 'multipart/form-data': { schema: z.object({ file: z.string().openapi({ format: 'binary' }) }) }, 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } } },
  },
  responses: {
    201: { description: 'The attachment as SmartRecruiters now holds it', content: { 'application/json': { schema: Attachment } } },
    ...UPSTREAM_PROBLEMS,
    404: problemResponse('No such candidate or application (`not_found`), or account'),
  },
};

async function upload(c: Context<AppEnv>, deps: ServerDeps): Promise<Response> {
  const raw = rawQuery(c);
  const flat: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (v.length > 1) throw new ApiError(400, 'invalid_request', `${k}: give it once`, k);
    flat[k] = v[0] as string;
  }
  const q = Query.parse(flat);
  const contentType = c.req.header('content-type') ?? '';
  const boundary = /^multipart\/form-data\s*;.*\bboundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (/^multipart\//i.test(contentType) && !boundary) throw new ApiError(400, 'invalid_request', 'content-type: multipart/form-data needs a boundary', 'content-type');
  if (!boundary && !q.file_name) throw new ApiError(400, 'invalid_request', 'file_name: required when the body is the file itself (not multipart/form-data)', 'file_name');
  if (!c.req.raw.body) throw new ApiError(400, 'invalid_request', 'body: the file is missing', 'body');
  const limit = deps.limits.proxyBytes;
  const tooLarge = () => new ApiError(413, 'body_too_large', `the upload is larger than the ${limit} bytes this route accepts`, 'body', { connection: 'close' });
  const declared = c.req.header('content-length');
  if (declared !== undefined && Number(declared) > limit) throw tooLarge();

  const client = await deps.accounts.clientForAccount(q.account_id);
  // The candidate (and application) must exist before a byte is sent: nothing half-written.
  if (q.job_id) await applications.get(client, `${q.candidate_id}:${q.job_id}`, { includeRemoteData: false, signal: c.req.raw.signal });
  else await candidates.get(client, q.candidate_id, { includeRemoteData: false, signal: c.req.raw.signal });

  const type = fromAttachmentType(q.attachment_type);
  // A multipart body is passed through with the type part put in front under its own boundary.
  const outBoundary = boundary ?? `srconnect-${randomBytes(12).toString('hex')}`;
  const { head, tail } = boundary ? multipartFraming(boundary, type) : multipartFraming(outBoundary, type, { name: q.file_name as string, contentType: contentType || 'application/octet-stream' });
  const counted = countedBody(c.req.raw.body, limit, { head, tail });
  const path = q.job_id ? `/candidates/${encodeURIComponent(q.candidate_id)}/jobs/${encodeURIComponent(q.job_id)}/attachments` : `/candidates/${encodeURIComponent(q.candidate_id)}/attachments`;
  let res;
  try {
    res = await client.requestStream({ method: 'POST', path, headers: { 'content-type': `multipart/form-data; boundary=${outBoundary}`, accept: 'application/json' }, body: counted.body, signal: c.req.raw.signal });
  } catch (err) {
    if (counted.exceeded()) throw tooLarge();
    throw err;
  }
  const text = res.body ? await new Response(res.body).text() : '';
  let created: Record<string, unknown>;
  try {
    created = JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new UnifiedError(502, 'upstream_invalid_response', 'SmartRecruiters accepted the upload but did not answer the attachment');
  }
  const record = toAttachment(q.candidate_id, created, q.job_id ? { jobId: q.job_id } : {});
  return c.json(record, 201);
}

export function uploadAttachment(app: ServerApp, deps: ServerDeps): void {
  app.openAPIRegistry.registerPath(route);
  app.post(UPLOAD_PATH, (c) => upload(c, deps));
}
