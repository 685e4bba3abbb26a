/**
 * The envelope every SmartRecruiters list answers with (ACTIONS.md, "Pagination, per API":
 * `{content, limit, offset?, nextPageId?, totalFound?}`). The documented envelopes of each list
 * (`SrCandidates`, `SrJobs`, `SrUsers`, …) are in generated/wire-types.ts; this is the shape they share.
 */
export interface SrListEnvelope<T> {
  content: T[];
  limit?: number | null;
  offset?: number | null;
  /** The cursor of the next page (cursor-paged lists); absent or null on the last page. */
  nextPageId?: string | null;
  totalFound?: number | null;
  [key: string]: unknown;
}
