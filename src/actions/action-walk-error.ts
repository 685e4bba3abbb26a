/**
 * A paginated walk (`executeAction` with `all`) failed after its retries: carries what it got so
 * far and the position to resume from (`executeAction(…, { all: true, from: err.resumeFrom })`).
 * `cause` is the client's error for the page that failed.
 */
export class ActionWalkError<T = unknown> extends Error {
  constructor(
    readonly action: string,
    /** Items of the pages fetched before the failure. */
    readonly items: readonly T[],
    /** Pages fetched before the failure. */
    readonly pages: number,
    /** The position of the page that failed; undefined when the walk failed on its first page from the start. */
    readonly resumeFrom: string | undefined,
    cause: unknown,
  ) {
    const why = cause instanceof Error ? cause.message : String(cause);
    const resume = resumeFrom === undefined ? 'nothing to resume, run it again' : `resume from ${JSON.stringify(resumeFrom)}`;
    super(`${action}: walk stopped after ${pages} page(s), ${items.length} item(s): ${why}; ${resume}`, { cause });
    this.name = new.target.name;
  }
}
