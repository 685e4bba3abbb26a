export interface GeneratedFile {
  /** Path from the repository root. */
  readonly path: string;
  readonly content: string;
}
