import { SeededRandom, mix, uuidFrom } from '../core/seeded-random.js';
import { companionOf } from './companion-of.js';
import type { SimState } from './sim-state.js';

/** Documented `reportFileStatus` values (developers.smartrecruiters.com/reference/files). */
export const REPORT_FILE_STATUSES = ['PENDING', 'RUNNING', 'COMPLETED', 'FAILED'] as const;
export type ReportFileStatus = (typeof REPORT_FILE_STATUSES)[number];
/** Documented `scheduleType` values. */
export type ScheduleType = 'AD_HOC' | 'SCHEDULED';
/** Report Builder's data types (help centre, "Report Builder Deep Dive"), as `dataPointType`. */
export type DataPointType = 'ID' | 'TEXT' | 'NUMBER' | 'BOOLEAN' | 'ENUM' | 'DATE';

/** Which simulator record a report row is and which of its values a column reads. */
export type RowEntity = 'job' | 'application' | 'candidate';

export interface ReportColumn {
  readonly entityTypeId: string;
  readonly entityInstanceId: string;
  readonly dataPointId: string;
  readonly dataPointInstanceId: string;
  readonly dataPointInstanceName: string;
  readonly dataPointName: string;
  readonly dataPointType: DataPointType;
}

export interface ReportFilter {
  readonly column: ReportColumn;
  readonly datePeriod?: { readonly period: number; readonly unit: 'DAYS'; readonly fullPeriod: boolean };
  readonly rowValues?: { readonly noneValue: boolean; readonly values: readonly string[] };
}

export interface ReportRecord {
  readonly reportId: string;
  readonly reportName: string;
  readonly rowEntityTypeId: RowEntity;
  readonly rowEntityInstanceId: string;
  readonly columns: readonly ReportColumn[];
  readonly filters: readonly ReportFilter[];
}

export interface ReportFileRecord {
  readonly reportFileId: string;
  readonly reportId: string;
  readonly scheduleType: ScheduleType;
  readonly schedulingDate: number;
  readonly requestorId: string;
  /** A seeded file that failed stays FAILED; every other file moves on with the clock. */
  readonly failed: boolean;
  /** The CSV, fixed the first time the file is read after it completed (a snapshot, as a real file is). */
  data?: Buffer;
}

/**
 * How long generation takes, on the simulator's clock: queued, then running, then done. Short
 * enough that a client polling `files/recent` sees every status within a second or two of real
 * time, and the clock control can jump past it.
 */
export const PENDING_MS = 300;
export const RUNNING_MS = 700;

/** A file's status at an instant, derived from when it was scheduled (no timers to leak). */
export function fileStatusAt(file: ReportFileRecord, now: number): ReportFileStatus {
  const age = now - file.schedulingDate;
  if (age < PENDING_MS) return 'PENDING';
  if (age < PENDING_MS + RUNNING_MS) return 'RUNNING';
  return file.failed ? 'FAILED' : 'COMPLETED';
}

/** When the file was (or will be) produced: the end of its run. */
export function generationDateOf(file: ReportFileRecord): number {
  return file.schedulingDate + PENDING_MS + RUNNING_MS;
}

type ColumnSeed = readonly [entity: RowEntity, dataPointId: string, name: string, type: DataPointType];

const COLUMNS: Record<string, ColumnSeed> = {
  jobId: ['job', 'JOB_ID', 'Job ID', 'ID'],
  jobTitle: ['job', 'JOB_TITLE', 'Job title', 'TEXT'],
  jobStatus: ['job', 'JOB_STATUS', 'Job status', 'ENUM'],
  jobDepartment: ['job', 'JOB_DEPARTMENT', 'Department', 'TEXT'],
  jobCreated: ['job', 'JOB_CREATED_ON', 'Job creation date', 'DATE'],
  candidateId: ['candidate', 'CANDIDATE_ID', 'Candidate ID', 'ID'],
  candidateFirstName: ['candidate', 'CANDIDATE_FIRST_NAME', 'Candidate first name', 'TEXT'],
  candidateLastName: ['candidate', 'CANDIDATE_LAST_NAME', 'Candidate last name', 'TEXT'],
  candidateEmail: ['candidate', 'CANDIDATE_EMAIL', 'Candidate email', 'TEXT'],
  candidateInternal: ['candidate', 'CANDIDATE_INTERNAL', 'Internal candidate', 'BOOLEAN'],
  candidateRating: ['candidate', 'CANDIDATE_AVERAGE_RATING', 'Average rating', 'NUMBER'],
  applicationStatus: ['application', 'APPLICATION_STATUS', 'Application status', 'ENUM'],
  applicationCreated: ['application', 'APPLICATION_DATE', 'Application date', 'DATE'],
  applicationSource: ['application', 'APPLICATION_SOURCE', 'Source', 'TEXT'],
};

/** The reports every company has in Report Builder; files of the scheduled ones go back weeks. */
const REPORT_SEEDS: readonly { name: string; row: RowEntity; columns: readonly (keyof typeof COLUMNS)[]; scheduled: boolean; lastDays?: number }[] = [
  { name: 'Open jobs by department', row: 'job', columns: ['jobId', 'jobTitle', 'jobStatus', 'jobDepartment', 'jobCreated'], scheduled: true },
  { name: 'Applications - last 30 days', row: 'application', columns: ['candidateId', 'candidateFirstName', 'candidateLastName', 'jobId', 'jobTitle', 'applicationStatus', 'applicationCreated', 'applicationSource'], scheduled: true, lastDays: 30 },
  { name: 'Candidate database export', row: 'candidate', columns: ['candidateId', 'candidateFirstName', 'candidateLastName', 'candidateEmail', 'candidateInternal', 'candidateRating'], scheduled: true },
  { name: 'Hiring funnel (ad hoc)', row: 'application', columns: ['jobId', 'jobTitle', 'applicationStatus', 'applicationSource'], scheduled: false },
];

const DAY = 86_400_000;

/** The column a seed names, with ids derived from the seed so every run agrees. */
export function columnOf(seed: number, key: keyof typeof COLUMNS): ReportColumn {
  const [entity, dataPointId, name, type] = COLUMNS[key] as ColumnSeed;
  return {
    entityTypeId: entity.toUpperCase(),
    entityInstanceId: `${entity.toUpperCase()}-${mix(seed, 741) % 1000}`,
    dataPointId,
    dataPointInstanceId: `${dataPointId}-${mix(seed, 742) % 1000}`,
    dataPointInstanceName: name,
    dataPointName: name,
    dataPointType: type,
  };
}

/** Report Builder reports of one seed and the files generated from them, newest file first. */
export class ReportStore {
  readonly reports: ReportRecord[] = [];
  private readonly files: ReportFileRecord[] = [];
  private readonly byFileId = new Map<string, ReportFileRecord>();
  private counter = 0;

  constructor(private readonly state: SimState) {
    const seed = state.seedOptions.seed;
    const requestor = state.users.list[0]?.id ?? '';
    REPORT_SEEDS.forEach((s, i) => {
      const columns = s.columns.map((k) => columnOf(seed, k));
      const filters: ReportFilter[] = s.lastDays
        ? [{ column: columnOf(seed, 'applicationCreated'), datePeriod: { period: s.lastDays, unit: 'DAYS', fullPeriod: false } }]
        : s.row === 'job' ? [{ column: columnOf(seed, 'jobStatus'), rowValues: { noneValue: false, values: ['SOURCING', 'INTERVIEW', 'OFFER'] } }] : [];
      const report: ReportRecord = { reportId: this.newId(i), reportName: s.name, rowEntityTypeId: s.row, rowEntityInstanceId: `${s.row.toUpperCase()}-${mix(seed, 743, i) % 1000}`, columns, filters };
      this.reports.push(report);
      const r = new SeededRandom(mix(seed, 744, i));
      // Weekly scheduled runs over the last month, one of them failed; ad-hoc reports have one earlier run.
      const runs = s.scheduled ? 4 : 1;
      for (let k = runs; k >= 1; k--) {
        const at = state.anchor - k * 7 * DAY + r.int(6 * 3_600_000);
        this.addFile({ reportFileId: this.newId(100 + this.counter), reportId: report.reportId, scheduleType: s.scheduled ? 'SCHEDULED' : 'AD_HOC', schedulingDate: at, requestorId: requestor, failed: s.scheduled && k === 3 && i === 1 });
      }
    });
  }

  report(id: string): ReportRecord | undefined {
    return this.reports.find((r) => r.reportId === id);
  }

  file(id: string): ReportFileRecord | undefined {
    return this.byFileId.get(id);
  }

  /** Files of one report, newest first. */
  filesOf(reportId: string): ReportFileRecord[] {
    return this.files.filter((f) => f.reportId === reportId);
  }

  /** Queues an ad-hoc run: a new file that starts PENDING now. */
  generate(report: ReportRecord, requestorId: string): ReportFileRecord {
    const file: ReportFileRecord = { reportFileId: this.newId(100 + this.counter), reportId: report.reportId, scheduleType: 'AD_HOC', schedulingDate: this.state.now(), requestorId, failed: false };
    this.addFile(file);
    return file;
  }

  private addFile(file: ReportFileRecord): void {
    this.files.push(file);
    this.files.sort((a, b) => b.schedulingDate - a.schedulingDate);
    this.byFileId.set(file.reportFileId, file);
  }

  private newId(n: number): string {
    this.counter++;
    return uuidFrom(mix(this.state.seedOptions.seed, 745, n), mix(n, 746), mix(this.counter, 747), n);
  }
}

/** The report store of the state's current population (seeded on first use). */
export const reportsOf = companionOf((state) => state.candidates, (state): ReportStore => new ReportStore(state));
