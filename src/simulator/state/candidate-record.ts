import type { CandidateStatus, LocationRow } from './name-tables.js';

export interface StatusChange {
  readonly status: CandidateStatus;
  readonly subStatus?: string;
  readonly changedOn: number;
}

export interface SourceDetails {
  sourceTypeId: string;
  sourceSubTypeId?: string;
  sourceId: string;
}

/** One candidate's application to one job (SmartRecruiters calls it an assignment). */
export interface ApplicationRecord {
  jobId: string;
  status: CandidateStatus;
  subStatus?: string;
  createdOn: number;
  startsOn?: string;
  reason?: string;
  history: StatusChange[];
  source: SourceDetails;
  onboardingStatus?: string;
  properties: Record<string, unknown>;
}

export interface AttachmentRecord {
  id: string;
  name: string;
  type: string;
  contentType: string;
  size: number;
  jobId?: string;
  createdOn: number;
}

/** A fully materialised candidate; stored only when changed (see CandidateStore). */
export interface CandidateRecord {
  readonly index: number;
  readonly id: string;
  firstName: string;
  lastName: string;
  email: string;
  phoneNumber: string;
  location: Partial<LocationRow> & Record<string, unknown>;
  web: Record<string, string>;
  tags: string[];
  education: Record<string, unknown>[];
  experience: Record<string, unknown>[];
  internal: boolean;
  averageRating: number;
  consentStatus: 'REQUIRED' | 'PENDING' | 'ACQUIRED';
  createdOn: number;
  updatedOn: number;
  applications: ApplicationRecord[];
  properties: Record<string, unknown>;
  attachments: AttachmentRecord[];
}
