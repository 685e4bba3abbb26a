/**
 * The exit codes of `srconnect`, declared once: `--help` and the README section are derived from
 * this table (a test checks the README carries `exitCodesMarkdown()` verbatim).
 */
export const EXIT_CODES = [
  { code: 0, name: 'ok', summary: 'success', detail: 'the command did what it was asked' },
  {
    code: 1,
    name: 'upstream',
    summary: 'upstream error',
    detail: 'SmartRecruiters refused or failed the request (400, 409, 422, 500, …) or sent an unreadable answer; retrying as is will not help',
  },
  {
    code: 2,
    name: 'usage',
    summary: 'usage or bad input',
    detail: 'unknown command, action or option; invalid JSON, input, file or position; port in use; refused before any request',
  },
  { code: 3, name: 'auth', summary: 'authentication', detail: 'missing, wrong or insufficient credentials (401, 403)' },
  { code: 4, name: 'not_found', summary: 'not found', detail: 'the record does not exist (404)' },
  {
    code: 5,
    name: 'retryable',
    summary: 'worth retrying',
    detail: 'rate limited (429), network failure, timeout, 502/503/504: still failing after the built-in retries',
  },
] as const;

export type ExitName = (typeof EXIT_CODES)[number]['name'];

export function exitCode(name: ExitName): number {
  return (EXIT_CODES.find((c) => c.name === name) as (typeof EXIT_CODES)[number]).code;
}

/** The `Exit codes:` section of `--help`. */
export function exitCodesHelp(): string {
  return ['Exit codes:', ...EXIT_CODES.map((c) => `  ${c.code}  ${c.summary}: ${c.detail}`)].join('\n');
}

/** The README's exit-code table. */
export function exitCodesMarkdown(): string {
  return ['| Code | Meaning | When |', '| ---: | --- | --- |', ...EXIT_CODES.map((c) => `| ${c.code} | ${c.summary} | ${c.detail} |`)].join('\n');
}
