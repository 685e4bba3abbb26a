import { requireJob } from '../shared/record-lookups.js';
import { SimError } from '../../core/sim-error.js';
import type { Area, AreaContext, Handler, SimRequest, SimResponse } from '../../core/types.js';
import type { SourceDetails } from '../../state/candidate-record.js';
import { createCandidate } from '../../state/candidate-mutations.js';
import { addAttachment } from '../../state/document-mutations.js';
import type { SimState } from '../../state/sim-state.js';
import { candidateDetails } from './candidate-views.js';
import { parseResume, type ParsedResume } from './parse-resume.js';
import { booleanPart, multipartFields, requireFile, textPart, type UploadedFile } from '../shared/upload-part.js';

function readSource(fields: Record<string, unknown>): SourceDetails | undefined {
  const sourceTypeId = textPart(fields, 'sourceTypeId');
  const sourceId = textPart(fields, 'sourceId');
  const sourceSubTypeId = textPart(fields, 'sourceSubTypeId');
  if (sourceTypeId === undefined && sourceId === undefined && sourceSubTypeId === undefined) return undefined;
  // Source details are all-or-nothing, as in the JSON APIs: a type without an id is ambiguous.
  if (!sourceTypeId) throw new SimError(400, 'MISSING_FIELD', 'sourceTypeId: is required when sourceId or sourceSubTypeId is given');
  if (!sourceId) throw new SimError(400, 'MISSING_FIELD', 'sourceId: is required when sourceTypeId is given');
  return { sourceTypeId, sourceId, ...(sourceSubTypeId ? { sourceSubTypeId } : {}) };
}

function parsedView(p: ParsedResume): Record<string, unknown> {
  return { ...p, education: [], experience: [] };
}

/**
 * Creates a candidate from a resume through candidate-mutations (so `candidate.created` and, on a
 * job, `application.created` fire) and keeps the file as the candidate's RESUME attachment. A
 * resume without a recognisable name or e-mail cannot make a candidate: 422 naming `file`.
 */
function createFromResume(state: SimState, req: SimRequest, jobId?: string): SimResponse {
  const fields = multipartFields(req.body);
  const file: UploadedFile = requireFile(fields);
  const source = readSource(fields);
  const internal = booleanPart(fields, 'internal');
  const parsed = parseResume(file.content, file.mimeType);
  const missing = [!parsed.firstName && 'name', !parsed.email && 'e-mail address'].filter(Boolean);
  if (missing.length > 0) throw new SimError(422, 'RESUME_NOT_PARSEABLE', `file: no ${missing.join(' or ')} found in "${file.fileName}"`);
  const c = createCandidate(
    state,
    {
      firstName: parsed.firstName as string,
      lastName: parsed.lastName ?? '',
      email: parsed.email as string,
      ...(parsed.phoneNumber ? { phoneNumber: parsed.phoneNumber } : {}),
      ...(parsed.web ? { web: parsed.web as Record<string, string> } : {}),
      ...(parsed.location ? { location: { ...parsed.location } } : {}),
      ...(internal !== undefined ? { internal } : {}),
    },
    jobId,
    source,
  );
  const stored = structuredClone(c);
  addAttachment(state, stored, { name: file.fileName || 'resume', type: 'RESUME', contentType: file.mimeType, content: file.content, ...(jobId ? { jobId } : {}) });
  return { status: 201, body: candidateDetails(state, req.baseUrl, stored) };
}

/** Resume parsing: parse only, parse into the talent pool, parse onto a job. */
export function resumeArea({ state }: AreaContext): Area {
  const handlers: Record<string, Handler> = {
    // Parsing stores nothing; the answer has the candidate fields that were found, nothing invented.
    'candidates.resume.parse': (req) => {
      const file = requireFile(multipartFields(req.body));
      return { status: 200, body: parsedView(parseResume(file.content, file.mimeType)) };
    },
    'candidates.resume.add': (req) => createFromResume(state, req),
    'candidates.resume.addToJob': (req) => {
      const jobId = requireJob(state, req.params['jobId'] ?? '').id;
      return createFromResume(state, req, jobId);
    },
  };
  return { name: 'resume', handlers };
}
