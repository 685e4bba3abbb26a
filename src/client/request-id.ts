/** The request id SmartRecruiters (or a proxy in front of it) attached to a response, if any. */
export function requestIdFrom(headers: Headers): string | undefined {
  return headers.get('x-request-id') ?? headers.get('x-smartrecruiters-request-id') ?? undefined;
}
