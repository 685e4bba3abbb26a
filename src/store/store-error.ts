/** A store failure with a stable code: 'invalid_database', 'database_unavailable', 'migration_failed'. */
export class StoreError extends Error {
  readonly code: string;
  constructor(code: string, message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'StoreError';
    this.code = code;
  }
}
