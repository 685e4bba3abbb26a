/** A refused unified request, already shaped as a problem: status, stable code and the field at fault. */
export class UnifiedError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'UnifiedError';
  }
}

export function badField(field: string, message: string, code = 'invalid_request'): UnifiedError {
  return new UnifiedError(400, code, `${field}: ${message}`, field);
}

export function notFound(what: string, id: string): UnifiedError {
  return new UnifiedError(404, 'not_found', `no ${what} ${JSON.stringify(id.slice(0, 200))}`, 'id');
}
