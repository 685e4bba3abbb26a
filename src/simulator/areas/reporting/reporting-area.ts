import { byParam } from '../shared/extra-area-kit.js';
import { paginate } from '../../core/paginate.js';
import { SimError, notFound } from '../../core/sim-error.js';
import type { Area, AreaContext, Handler, SimRequest, SimResponse } from '../../core/types.js';
import { fileStatusAt, generationDateOf, reportsOf, type ReportFileRecord, type ReportRecord } from '../../state/report-store.js';
import type { SimState } from '../../state/sim-state.js';
import { apiUserId } from '../shared/api-user-id.js';
import { contentDisposition } from '../shared/attachment-files.js';
import { reportCsv } from './report-csv.js';

const iso = (ms: number) => new Date(ms).toISOString();

/** The report object: its definition as Report Builder holds it (row entity, columns, filters). */
export function reportView(r: ReportRecord): Record<string, unknown> {
  return { reportId: r.reportId, reportName: r.reportName, rowEntityTypeId: r.rowEntityTypeId.toUpperCase(), rowEntityInstanceId: r.rowEntityInstanceId, columns: r.columns, filters: r.filters };
}

/**
 * The documented report file object. `generationDate` is set once the file exists (COMPLETED);
 * a queued or running file has none yet, and a failed one never gets one.
 */
export function reportFileView(state: SimState, r: ReportRecord, f: ReportFileRecord): Record<string, unknown> {
  const status = fileStatusAt(f, state.now());
  return {
    reportFileId: f.reportFileId,
    reportId: f.reportId,
    reportFileStatus: status,
    scheduleType: f.scheduleType,
    schedulingDate: iso(f.schedulingDate),
    ...(status === 'COMPLETED' ? { generationDate: iso(generationDateOf(f)) } : {}),
    requestorId: f.requestorId,
    rowEntityTypeId: r.rowEntityTypeId.toUpperCase(),
    rowEntityInstanceId: r.rowEntityInstanceId,
    columns: r.columns,
    filters: r.filters,
  };
}

/** Real state behaviour for the Reporting API v201804: Report Builder reports, their files and the CSV data. */
export function reportingArea({ state }: AreaContext): Area {
  const store = () => reportsOf(state);
  const report = (req: SimRequest): ReportRecord => byParam(req, 'reportId', 'Report', (id) => store().report(id));
  const file = (req: SimRequest): { r: ReportRecord; f: ReportFileRecord } => {
    const id = req.params['reportFileId'] ?? '';
    const f = store().file(id);
    const r = f && store().report(f.reportId);
    if (!f || !r) throw notFound('Report file', id);
    return { r, f };
  };
  const download = (r: ReportRecord, f: ReportFileRecord): SimResponse => {
    const status = fileStatusAt(f, state.now());
    // Not documented: a careful server refuses data that does not exist yet with a 409 that says
    // why (a 404 would tell a polling client the file is gone, a 200 would hand it a partial file).
    if (status === 'PENDING' || status === 'RUNNING') throw new SimError(409, 'REPORT_FILE_NOT_READY', `Report file ${f.reportFileId} is ${status}; its data can be downloaded once it is COMPLETED`);
    if (status === 'FAILED') throw new SimError(404, 'NOT_FOUND', `Report file ${f.reportFileId} failed to generate and has no data`);
    f.data ??= reportCsv(state, r, f);
    const day = iso(generationDateOf(f)).slice(0, 10);
    return {
      status: 200,
      body: f.data,
      headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': contentDisposition(`${r.reportName} ${day}.csv`), 'Content-Length': String(f.data.length) },
    };
  };

  const handlers: Record<string, Handler> = {
    getReports: (req) => paginate(req, store().reports.map(reportView)),
    getReport: (req) => ({ status: 200, body: reportView(report(req)) }),
    getReportFiles: (req) => {
      const r = report(req);
      return paginate(req, store().filesOf(r.reportId).map((f) => reportFileView(state, r, f)));
    },
    generateAdHocReport: (req) => {
      const r = report(req);
      // The body is optional (`{}` in SmartRecruiters' own clients); anything but an object is refused.
      if (req.body !== undefined && (req.body === null || typeof req.body !== 'object' || Array.isArray(req.body))) {
        throw new SimError(400, 'INVALID_FIELD', 'body: must be a JSON object');
      }
      const f = store().generate(r, apiUserId(state));
      // Generation is asynchronous: the new file answers PENDING and moves to RUNNING, then COMPLETED.
      return { status: 201, body: reportFileView(state, r, f), headers: { Location: `${req.baseUrl}/reporting-api/v201804/files/${f.reportFileId}` } };
    },
    getMostRecentReportFile: (req) => {
      const r = report(req);
      const latest = store().filesOf(r.reportId)[0];
      if (!latest) throw new SimError(404, 'NOT_FOUND', `Report ${r.reportId} has no files yet`);
      return { status: 200, body: reportFileView(state, r, latest) };
    },
    downloadMostRecentReportFile: (req) => {
      const r = report(req);
      // Not documented: the most recent file that has data, so a download never races a run that
      // has just been queued (the metadata call above shows that newer file and its status).
      const latest = store().filesOf(r.reportId).find((f) => fileStatusAt(f, state.now()) === 'COMPLETED');
      if (!latest) throw new SimError(404, 'NOT_FOUND', `Report ${r.reportId} has no completed file yet`);
      return download(r, latest);
    },
    getReportFile: (req) => {
      const { r, f } = file(req);
      return { status: 200, body: reportFileView(state, r, f) };
    },
    downloadReportFile: (req) => {
      const { r, f } = file(req);
      return download(r, f);
    },
  };
  return { name: 'reporting', handlers };
}
