export interface GeneratedFile {
  /** Path from the repository root. */
  readonly path: string;
  readonly content: string;
}

export type Generator = (root: string) => GeneratedFile[] | Promise<GeneratedFile[]>;
