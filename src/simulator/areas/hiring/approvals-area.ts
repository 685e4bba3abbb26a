import { paginate } from '../../core/paginate.js';
import { SimError, notFound } from '../../core/sim-error.js';
import type { Area, AreaContext, Handler, SimRequest } from '../../core/types.js';
import { approvalsOf, type ApprovalDecisionValue, type ApprovalRecord, type ApprovalType } from '../../state/approval-store.js';
import { offersOf } from '../../state/offer-store.js';
import { apiUserId } from '../shared/api-user-id.js';
import { BodyFields } from '../shared/body-fields.js';
import { approvalView } from './offer-views.js';

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Real state behaviour for the Approvals API v201910. Bodies are undocumented (SOURCES.md "Still
 * unknown"); the shapes follow the Power Platform hints: create `{baseId}` (+ optional `type`,
 * `approvers`), decide `{comment?, reasonId?}`, comment `{text}` → `{id, text, authorId, date}`.
 */
export function approvalsArea({ state }: AreaContext): Area {
  const approval = (req: SimRequest): ApprovalRecord => {
    const id = req.params['approvalRequestId'] ?? '';
    const a = approvalsOf(state).get(id);
    if (!a) throw notFound('Approval request', id);
    return a;
  };
  const decide = (decision: ApprovalDecisionValue): Handler => (req) => {
    const a = approval(req);
    // The body is optional: a decision may carry a comment and (for rejections) a reason id.
    const f = new BodyFields(req.body, false);
    const comment = f.string('comment');
    const reasonId = f.string('reasonId', { minLength: 1 });
    f.done();
    approvalsOf(state).decide(a, decision, apiUserId(state), comment?.trim() ? comment : undefined, reasonId);
    // A decision is a command with nothing new to show; GET the request to see its new status.
    return { status: 204 };
  };

  const handlers: Record<string, Handler> = {
    'approvals.get': (req) => {
      // "Pending approval requests where you are an approver": only PENDING ones are listed. The
      // simulator's API user may decide any request, as a company admin can.
      const pending = approvalsOf(state).list.filter((a) => a.status === 'PENDING');
      return paginate(req, pending.map((a) => approvalView(req.baseUrl, a)));
    },
    'approvals.getById': (req) => ({ status: 200, body: approvalView(req.baseUrl, approval(req)) }),
    'approvals.create': (req) => {
      const f = new BodyFields(req.body);
      const baseId = f.string('baseId', { required: true, minLength: 1 });
      const type = f.string('type', { enum: ['OFFER', 'JOB'] }) as ApprovalType | undefined;
      const approvers = f.stringArray('approvers');
      f.done();
      const id = baseId as string;
      const isOffer = offersOf(state).get(id) !== undefined;
      const isJob = state.jobs.get(id) !== undefined;
      const resolved: ApprovalType | undefined = type ?? (isOffer ? 'OFFER' : isJob ? 'JOB' : undefined);
      if (!resolved || (resolved === 'OFFER' && !isOffer) || (resolved === 'JOB' && !isJob)) {
        throw new SimError(400, 'INVALID_FIELD', `baseId: no ${resolved ? resolved.toLowerCase() : 'job or offer'} with id "${id}"`);
      }
      const unknown = (approvers ?? []).filter((u) => !state.users.get(u));
      if (unknown.length > 0) throw new SimError(400, 'INVALID_FIELD', `approvers: unknown user(s) "${unknown.join('", "')}"`);
      // Without named approvers the job's hiring manager (or else the API user) approves.
      const manager = state.jobs.get(resolved === 'JOB' ? id : (offersOf(state).get(id)?.jobId ?? ''))?.hiringTeam.find((m) => m.role === 'HIRING_MANAGER')?.userId;
      const chosen = approvers && approvers.length > 0 ? [...new Set(approvers)] : [manager ?? apiUserId(state)];
      const a = approvalsOf(state).create({ type: resolved, baseId: id, requesterId: apiUserId(state), approvers: chosen });
      return { status: 201, body: approvalView(req.baseUrl, a) };
    },
    'approvals.approve': decide('APPROVED'),
    'approvals.reject': decide('REJECTED'),
    'approvals.comments.get': (req) => {
      const content = approval(req).comments.map((c) => ({ id: c.id, text: c.text, authorId: c.authorId, date: iso(c.date) }));
      return { status: 200, body: { totalFound: content.length, content } };
    },
    'approvals.comments.create': (req) => {
      const a = approval(req);
      const f = new BodyFields(req.body);
      const text = f.string('text', { required: true, minLength: 1 });
      f.done();
      const c = approvalsOf(state).comment(a, text as string, apiUserId(state));
      return { status: 201, body: { id: c.id, text: c.text, authorId: c.authorId, date: iso(c.date) } };
    },
  };
  return { name: 'approvals', handlers };
}
