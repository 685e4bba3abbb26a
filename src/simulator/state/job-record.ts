export interface JobStatusChange {
  status: string;
  changedOn: number;
}

export interface HiringTeamEntry {
  userId: string;
  role: string;
}

export interface JobRecord {
  readonly id: string;
  title: string;
  refNumber: string;
  createdOn: number;
  updatedOn: number;
  lastActivityOn: number;
  department: { id: string; label: string; description?: string } | null;
  location: Record<string, unknown>;
  status: string;
  postingStatus: string;
  targetHiringDate?: string;
  industry?: { id: string; label: string };
  function?: { id: string; label: string };
  typeOfEmployment?: { id: string; label: string };
  experienceLevel?: { id: string; label: string };
  eeoCategory?: { id: string; label: string };
  template: boolean;
  creator: { id: string; firstName: string; lastName: string };
  compensation?: { min: number; max: number; currency: string };
  jobAd: { sections: Record<string, unknown>; language: { code: string; label: string; labelNative: string } };
  properties: { id: string; label: string; value: { id: string; label: string } }[];
  language: { code: string; label: string; labelNative: string };
  statusHistory: JobStatusChange[];
  hiringTeam: HiringTeamEntry[];
  positions: Record<string, unknown>[];
  note: string;
}
