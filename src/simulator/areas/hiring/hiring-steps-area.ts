import type { Area, AreaContext, Handler } from '../../core/types.js';
import { approvalsArea } from './approvals-area.js';
import { interviewsArea } from './interviews-area.js';
import { offersArea } from './offers-area.js';
import { reviewsArea } from './reviews-area.js';

/**
 * The later steps of hiring in one mountable area: interviews, reviews, offers and approvals.
 * They share state (an offer's approval request, interviews and reviews of real applications),
 * so they are registered together.
 */
export function hiringStepsArea(ctx: AreaContext): Area {
  const handlers: Record<string, Handler> = {};
  for (const area of [interviewsArea(ctx), reviewsArea(ctx), offersArea(ctx), approvalsArea(ctx)]) Object.assign(handlers, area.handlers);
  return { name: 'hiring-steps', handlers };
}
