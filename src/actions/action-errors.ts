/** Base of the errors the action layer raises before any HTTP call. */
export class ActionError extends Error {
  constructor(
    message: string,
    readonly code: 'unknown_action' | 'invalid_input' | 'not_paginated',
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** One problem with an action input. Never carries the value itself, only its type. */
export interface ActionInputIssue {
  /** Dotted field path, e.g. `body.tags.0`; `(input)` for the input as a whole. */
  readonly path: string;
  /** The rule that failed, e.g. `required`, `expected string`, `one of: NEW | HIRED`, `<= 100`. */
  readonly rule: string;
  /** The JSON type of the value given: string, number, boolean, null, array, object, undefined. */
  readonly received: string;
}

/** The input does not match the action's schema; raised before any HTTP call. */
export class ActionInputError extends ActionError {
  constructor(
    readonly action: string,
    readonly issues: readonly ActionInputIssue[],
  ) {
    super(
      `invalid input for action ${action}: ` + issues.map((i) => `${i.path}: ${i.rule} (got ${i.received})`).join('; '),
      'invalid_input',
    );
  }
}

/** No action has this name. */
export class UnknownActionError extends ActionError {
  constructor(
    readonly action: string,
    readonly suggestions: readonly string[],
  ) {
    super(
      `unknown action "${action}"` + (suggestions.length ? `; did you mean ${suggestions.join(', ')}?` : '') +
        ' (run `srconnect actions list`)',
      'unknown_action',
    );
  }
}
