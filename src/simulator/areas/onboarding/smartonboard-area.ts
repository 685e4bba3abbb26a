import { SimError, notFound } from '../../core/sim-error.js';
import type { Area, AreaContext, Handler, SimRequest } from '../../core/types.js';
import { PDF_FORM_FIELDS, WEB_FORM_FIELDS, onboardingOf, type AssignmentRecord, type AssignmentType, type FormField } from '../../state/onboarding-store.js';
import { contentDisposition } from '../shared/attachment-files.js';
import { iso, param, rowOf } from '../shared/extra-area-kit.js';

const assignmentView = (a: AssignmentRecord) => ({
  id: a.id, onboardingProcessId: a.processId, type: a.type, name: a.name, status: a.status, dueOn: iso(a.dueOn), ...(a.completedOn !== undefined ? { completedOn: iso(a.completedOn) } : {}),
});
const answersView = (a: AssignmentRecord, fields: readonly FormField[]) => {
  // A pending form has no answers yet: an empty list, not a 404 (the assignment exists).
  const content = a.status === 'COMPLETED' ? fields.filter((f) => a.answers[f.fieldId] !== undefined).map((f) => ({ fieldId: f.fieldId, label: f.label, value: a.answers[f.fieldId] })) : [];
  return { status: 200, body: { assignmentId: a.id, status: a.status, totalFound: content.length, content } };
};

/** Real state behaviour for the SmartOnboard API (read-only): new hires, their processes, assignments, answers and files. */
export function smartonboardArea({ state }: AreaContext): Area {
  const store = () => onboardingOf(state);
  const process = (req: SimRequest) => rowOf(store().processes, param(req, 'onboardingProcessId'), 'Onboarding process');
  /** An assignment of the kind the path names; one of another kind is not found here. */
  const assignment = (req: SimRequest, name: string, type: AssignmentType) => {
    const id = param(req, name);
    const a = store().assignments.get(id);
    if (!a || a.type !== type) throw notFound(type === 'WEB_FORM' ? 'Web form assignment' : type === 'FILLABLE_PDF_FORM' ? 'Fillable PDF form assignment' : 'Activity assignment', id);
    return a;
  };

  const handlers: Record<string, Handler> = {
    'new-hires.get': (req) => {
      const h = rowOf(store().newHires, param(req, 'newHireId'), 'New hire');
      return { status: 200, body: { id: h.id, candidateId: h.candidateId, jobId: h.jobId, firstName: h.firstName, lastName: h.lastName, email: h.email, startDate: h.startDate, onboardingProcessId: h.processId } };
    },
    'onboarding-processes.get': (req) => {
      const p = process(req);
      return { status: 200, body: { id: p.id, newHireId: p.newHireId, name: p.name, status: p.status, startedOn: iso(p.startedOn), assignmentsCount: p.assignmentIds.length } };
    },
    'onboarding-processes.assignments.get': (req) => {
      const content = process(req).assignmentIds.map((id) => assignmentView(store().assignments.get(id)!));
      return { status: 200, body: { totalFound: content.length, content } };
    },
    'onboarding-processes.assignment.get': (req) => {
      const p = process(req);
      const id = param(req, 'assignmentId');
      if (!p.assignmentIds.includes(id)) throw notFound('Assignment', id);
      return { status: 200, body: assignmentView(store().assignments.get(id)!) };
    },
    'web-form-assignments.form-answers.get': (req) => answersView(assignment(req, 'webFormAssignmentId', 'WEB_FORM'), WEB_FORM_FIELDS),
    'web-form-assignments.fields-metadata.get': (req) => {
      assignment(req, 'webFormAssignmentId', 'WEB_FORM');
      return { status: 200, body: { totalFound: WEB_FORM_FIELDS.length, content: WEB_FORM_FIELDS } };
    },
    'fillable-pdf-form-assignments.form-answers.get': (req) => answersView(assignment(req, 'fillablePdfFormAssignmentId', 'FILLABLE_PDF_FORM'), PDF_FORM_FIELDS),
    'activity-assignments.attachments.get': (req) => {
      const a = assignment(req, 'activityAssignmentId', 'ACTIVITY');
      const content = a.attachments.map((f) => ({ id: f.id, name: f.name, contentType: f.contentType, size: f.content.length, createdOn: iso(f.createdOn) }));
      return { status: 200, body: { totalFound: content.length, content } };
    },
    'activity-assignments.attachments.getById': (req) => {
      const a = assignment(req, 'activityAssignmentId', 'ACTIVITY');
      const id = param(req, 'attachmentId');
      const f = a.attachments.find((x) => x.id === id);
      if (!f) throw new SimError(404, 'NOT_FOUND', `Attachment not found: ${id}`);
      // The list gives the metadata; the item is the file itself, as candidate attachments are.
      return { status: 200, body: f.content, headers: { 'Content-Type': f.contentType, 'Content-Disposition': contentDisposition(f.name), 'Content-Length': String(f.content.length) } };
    },
  };
  return { name: 'smartonboard', handlers };
}
