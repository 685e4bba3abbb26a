import { hashString, mix, uuidFrom } from '../core/seeded-random.js';
import { companionOf } from './companion-of.js';

/** One uploaded file's bytes and owner; metadata lives on the candidate record. */
export interface StoredFile {
  readonly candidateId: string;
  readonly content: Buffer;
}

/** A screening answer as the Candidates API reads it back (`ScreeningAnswer`). */
export interface StoredAnswer {
  readonly id: string;
  readonly type: string;
  readonly category: string;
  readonly name: string;
  readonly label: string;
  readonly records: { fields: { id: string; label: string; values: string[] }[] }[];
}

/** GDPR consent state of one candidate beyond the `consentStatus` on the record. */
export interface ConsentState {
  /** When the newest request without a decision was sent. */
  pendingSince?: number;
  decidedOn?: number;
}

/**
 * Files, screening answers and consent bookkeeping of candidates. It belongs to one
 * `CandidateStore` (see `documentsOf`), so a reseed or reset starts it afresh.
 */
export class CandidateDocuments {
  readonly files = new Map<string, StoredFile>();
  /** Keyed by `candidateId/jobId`; absent means "seeded" answers apply. */
  readonly answers = new Map<string, StoredAnswer[]>();
  readonly consent = new Map<string, ConsentState>();
  private counter = 0;

  constructor(private readonly seed: number) {}

  newAttachmentId(candidateId: string, now: number): string {
    return uuidFrom(hashString(candidateId, this.seed), now >>> 0, mix(this.seed, ++this.counter, 33), mix(this.seed, this.counter, 34));
  }
}

/** The document store of the state's current candidate population. */
export const documentsOf = companionOf((state) => state.candidates, (state): CandidateDocuments => new CandidateDocuments(state.seedOptions.seed));

/**
 * The candidate index a seeded attachment id encodes (see `deriveCandidate`: the third group is
 * the index, whose top nibble the UUID variant digit overwrites), or -1.
 */
export function seededAttachmentIndex(attachmentId: string): number {
  const hex = attachmentId.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/.test(hex) || !hex.endsWith('00000001')) return -1;
  return parseInt(hex.slice(17, 24), 16);
}
