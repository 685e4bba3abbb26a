export { createClient, type SmartRecruitersClient, type CollectOptions } from './create-client.js';
export type { ClientOptions, ClientAuth, RetryOptions, LimitOptions } from './client-options.js';
export type { ClientHooks, ClientLogger, RequestEvent, ResponseEvent, RetryEvent, RateLimitWaitEvent, LimitLearnedEvent } from './client-hooks.js';
export type { RateDecision, RateReason } from './limits/adapt-rate.js';
export type { SrRequest, MultipartPart, QueryValue } from './sr-request.js';
export type { OperationRequest, AnyOperationRequest, OperationFor, PaginatedOperationKey, PathParamsOf, QueryOf } from './operation-request.js';
export type { OperationResponses, ResponseOf, PageItemOf } from './operation-responses.js';
export type { SrStreamRequest, SrStreamResponse } from './transport/request-stream.js';
export type { SrResponse, SrPage, PageEnd } from './sr-response.js';
export type { PaginateOptions } from './pagination/paginate.js';
export { gatherPages, type GatherOptions, type GatheredPages } from './pagination/gather-pages.js';
export {
  SmartRecruitersError,
  type SrErrorDetail,
  type SmartRecruitersErrorInit,
  SrAuthenticationError,
  SrPermissionError,
  SrNotFoundError,
  SrConflictError,
  SrValidationError,
  SrRateLimitError,
  SrServerError,
  SrConnectionError,
  SrInvalidResponseError,
  SrConfigurationError,
  SrInvalidRequestError,
  SrAbortedError,
} from './errors/sr-errors.js';
export { errorFromResponse, type ErrorResponseInput } from './errors/error-from-response.js';
export { shouldRetry, type ShouldRetryInput } from './retry/should-retry.js';
export type { RetryDecision, RetryReason, NoRetryReason, AttemptFailure } from './retry/retry-decision.js';
export { backoffDelay } from './retry/backoff-delay.js';
export { Redactor } from './redactor.js';
export { refreshLeadMs } from './auth/oauth-token-provider.js';
