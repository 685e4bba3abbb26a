import type { CandidateRecord, ApplicationRecord } from '../../state/candidate-record.js';
import type { JobRecord } from '../../state/job-record.js';
import { generationDateOf, type ReportColumn, type ReportFileRecord, type ReportRecord } from '../../state/report-store.js';
import type { SimState } from '../../state/sim-state.js';

/**
 * Rows per file. Report Builder files of a big company run to many megabytes; every row here
 * derives a seeded candidate, so a cap bounds the first download of a file (later ones serve the
 * stored bytes), while a file still holds more rows than any page of the JSON APIs.
 */
export const MAX_REPORT_ROWS = 2000;
/**
 * Candidates a file looks through for its rows, newest first (the end of the store), so a narrow
 * filter such as "last 30 days" finds its rows without walking a million records.
 */
export const MAX_SCANNED_CANDIDATES = 5_000;

interface Row {
  readonly job?: JobRecord;
  readonly candidate?: CandidateRecord;
  readonly application?: ApplicationRecord;
}

/** RFC 4180 quoting: a field with a comma, quote or line break is quoted, quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const isoDate = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toISOString());

function cell(row: Row, column: ReportColumn): string {
  const { job, candidate: c, application: a } = row;
  switch (column.dataPointId) {
    case 'JOB_ID': return job?.id ?? a?.jobId ?? '';
    case 'JOB_TITLE': return job?.title ?? '';
    case 'JOB_STATUS': return job?.status ?? '';
    case 'JOB_DEPARTMENT': return job?.department?.label ?? '';
    case 'JOB_CREATED_ON': return isoDate(job?.createdOn);
    case 'CANDIDATE_ID': return c?.id ?? '';
    case 'CANDIDATE_FIRST_NAME': return c?.firstName ?? '';
    case 'CANDIDATE_LAST_NAME': return c?.lastName ?? '';
    case 'CANDIDATE_EMAIL': return c?.email ?? '';
    case 'CANDIDATE_INTERNAL': return c ? String(c.internal) : '';
    case 'CANDIDATE_AVERAGE_RATING': return c ? String(c.averageRating) : '';
    case 'APPLICATION_STATUS': return a?.status ?? '';
    case 'APPLICATION_DATE': return isoDate(a?.createdOn);
    case 'APPLICATION_SOURCE': return a ? a.source.sourceId : '';
    default: return '';
  }
}

/** The report's rows as the company's data stood when the file was generated. */
function* rows(state: SimState, report: ReportRecord, at: number): Generator<Row> {
  if (report.rowEntityTypeId === 'job') {
    const wanted = report.filters.find((f) => f.rowValues)?.rowValues?.values;
    for (const job of state.jobs.list) if (job.createdOn <= at && (!wanted || wanted.includes(job.status))) yield { job };
    return;
  }
  const period = report.filters.find((f) => f.datePeriod)?.datePeriod;
  const since = period ? at - period.period * 86_400_000 : -Infinity;
  const store = state.candidates;
  for (let i = store.size - 1; i >= Math.max(0, store.size - MAX_SCANNED_CANDIDATES); i--) {
    if (!store.isLive(i)) continue;
    const candidate = store.get(i);
    if (candidate.createdOn > at) continue;
    if (report.rowEntityTypeId === 'candidate') {
      yield { candidate };
      continue;
    }
    for (const application of candidate.applications) {
      if (application.createdOn > at || application.createdOn < since) continue;
      yield { candidate, application, ...(state.jobs.get(application.jobId) ? { job: state.jobs.get(application.jobId) as JobRecord } : {}) };
    }
  }
}

/** The CSV of one completed file: a header of the columns' names, then one line per row (CRLF, as RFC 4180). */
export function reportCsv(state: SimState, report: ReportRecord, file: ReportFileRecord): Buffer {
  const lines = [report.columns.map((c) => csvField(c.dataPointName)).join(',')];
  let n = 0;
  for (const row of rows(state, report, generationDateOf(file))) {
    if (n++ >= MAX_REPORT_ROWS) break;
    lines.push(report.columns.map((c) => csvField(cell(row, c))).join(','));
  }
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
}
