/** The error body SmartRecruiters' customer APIs answer: `{message, errors:[{code, message}]}`. */
export interface ErrorBody {
  readonly message: string;
  readonly errors: readonly { readonly code: string; readonly message: string }[];
}

/** Thrown by handlers and validators; the server turns it into a response with the documented body. */
export class SimError extends Error {
  readonly status: number;
  readonly body: ErrorBody;
  readonly headers: Readonly<Record<string, string>>;

  constructor(status: number, code: string, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.body = { message, errors: [{ code, message }] };
    this.headers = headers;
  }

  static fields(status: number, message: string, errors: { code: string; message: string }[]): SimError {
    const e = new SimError(status, errors[0]?.code ?? 'INVALID', message);
    (e as { body: ErrorBody }).body = { message, errors };
    return e;
  }
}

export function notFound(what: string, id: string): SimError {
  return new SimError(404, 'NOT_FOUND', `${what} not found: ${id}`);
}

export function invalidField(field: string, problem: string): SimError {
  return new SimError(400, 'INVALID_FIELD', `${field}: ${problem}`);
}
