import { SeededRandom, mix } from '../core/seeded-random.js';
import { companionOf } from './companion-of.js';
import { RecordTable } from './record-table.js';
import type { SimState } from './sim-state.js';

export type AssignmentType = 'WEB_FORM' | 'FILLABLE_PDF_FORM' | 'ACTIVITY';

export interface FormField {
  readonly fieldId: string;
  readonly label: string;
  readonly type: 'TEXT' | 'DATE' | 'SELECT' | 'BOOLEAN';
  readonly required: boolean;
}

export interface AssignmentRecord {
  readonly id: string;
  readonly processId: string;
  readonly type: AssignmentType;
  readonly name: string;
  readonly status: 'PENDING' | 'COMPLETED';
  readonly dueOn: number;
  readonly completedOn?: number;
  readonly answers: Readonly<Record<string, string>>;
  readonly attachments: readonly { id: string; name: string; contentType: string; content: Buffer; createdOn: number }[];
}

export interface NewHireRecord {
  readonly id: string;
  readonly candidateId: string;
  readonly jobId: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
  readonly startDate: string;
  readonly processId: string;
}

export interface ProcessRecord {
  readonly id: string;
  readonly newHireId: string;
  readonly name: string;
  readonly status: 'IN_PROGRESS' | 'COMPLETED';
  readonly startedOn: number;
  readonly assignmentIds: readonly string[];
}

export const WEB_FORM_FIELDS: readonly FormField[] = [
  { fieldId: 'legalName', label: 'Legal name', type: 'TEXT', required: true },
  { fieldId: 'dateOfBirth', label: 'Date of birth', type: 'DATE', required: true },
  { fieldId: 'tShirtSize', label: 'T-shirt size', type: 'SELECT', required: false },
  { fieldId: 'relocation', label: 'Needs relocation support', type: 'BOOLEAN', required: false },
];
export const PDF_FORM_FIELDS: readonly FormField[] = [
  { fieldId: 'taxId', label: 'Tax identification number', type: 'TEXT', required: true },
  { fieldId: 'bankAccount', label: 'Bank account (IBAN)', type: 'TEXT', required: true },
];

const DAY = 86_400_000;
const MAX_SAMPLED_CANDIDATES = 800;
const MAX_NEW_HIRES = 300;

/** SmartOnboard of one company: HIRED applications become new hires with an onboarding process each. */
export class OnboardingStore {
  readonly newHires: RecordTable<NewHireRecord>;
  readonly processes: RecordTable<ProcessRecord>;
  readonly assignments: RecordTable<AssignmentRecord>;
  private readonly fileIds: RecordTable<{ id: string }>;

  constructor(state: SimState) {
    const seed = state.seedOptions.seed;
    this.newHires = new RecordTable(seed, 1301);
    this.processes = new RecordTable(seed, 1302);
    this.assignments = new RecordTable(seed, 1303);
    this.fileIds = new RecordTable(seed, 1304);
    const store = state.candidates;
    const stride = Math.max(1, Math.ceil(store.size / MAX_SAMPLED_CANDIDATES));
    for (let i = 0; i < store.size && this.newHires.size < MAX_NEW_HIRES; i += stride) {
      if (!store.isLive(i)) continue;
      const c = store.get(i);
      c.applications.forEach((a, k) => {
        if (a.status !== 'HIRED') return;
        const r = new SeededRandom(mix(seed, i, k, 1305));
        const hiredOn = a.history[a.history.length - 1]?.changedOn ?? a.createdOn;
        const start = hiredOn + (14 + r.int(30)) * DAY;
        const done = start < state.anchor;
        const processId = this.processes.newId();
        const hire = this.newHires.add({ id: this.newHires.newId(), candidateId: c.id, jobId: a.jobId, firstName: c.firstName, lastName: c.lastName, email: c.email, startDate: new Date(start).toISOString().slice(0, 10), processId });
        const ids: string[] = [];
        const add = (type: AssignmentType, name: string, completed: boolean, answers: Record<string, string>, files: number) => {
          const id = this.assignments.newId();
          const attachments = Array.from({ length: files }, (_, f) => ({ id: this.fileIds.newId(), name: `${name} ${f + 1}.txt`, contentType: 'text/plain', content: Buffer.from(`${name} — ${c.firstName} ${c.lastName}, file ${f + 1}\n`), createdOn: hiredOn + DAY }));
          this.assignments.add({ id, processId, type, name, status: completed ? 'COMPLETED' : 'PENDING', dueOn: start - 3 * DAY, ...(completed ? { completedOn: hiredOn + 2 * DAY } : {}), answers: completed ? answers : {}, attachments });
          ids.push(id);
        };
        add('WEB_FORM', 'Personal details', done || r.next() < 0.6, { legalName: `${c.firstName} ${c.lastName}`, dateOfBirth: `19${70 + r.int(30)}-0${1 + r.int(9)}-1${r.int(9)}`, tShirtSize: ['S', 'M', 'L'][r.int(3)]!, relocation: String(r.next() < 0.2) }, 0);
        add('FILLABLE_PDF_FORM', 'Tax and payroll form', done || r.next() < 0.4, { taxId: String(100000000 + r.int(899999999)), bankAccount: `DE${10 + r.int(89)}3704004405320130${r.int(10)}${r.int(10)}` }, 0);
        add('ACTIVITY', 'Upload right-to-work documents', done, {}, done ? 1 + r.int(2) : 0);
        this.processes.add({ id: processId, newHireId: hire.id, name: 'Standard onboarding', status: done ? 'COMPLETED' : 'IN_PROGRESS', startedOn: hiredOn, assignmentIds: ids });
      });
    }
  }
}

/** The onboarding store of the state's current population. */
export const onboardingOf = companionOf((state) => state.candidates, (state): OnboardingStore => new OnboardingStore(state));
