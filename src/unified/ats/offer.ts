import { z } from 'zod';
import { Timestamp, unifiedModel } from '../common/unified-record.js';

export const Offer = unifiedModel('Offer', 'A job offer to a candidate, with its terms in custom_fields (SmartRecruiters offer properties).', {
  application_id: z.string().nullable(),
  candidate_id: z.string().nullable(),
  job_id: z.string().nullable(),
  status: z.string().meta({ description: 'SmartRecruiters offer status: DRAFT, PENDING_APPROVAL, APPROVED, REJECTED, SENT, ACCEPTED, DECLINED, WITHDRAWN, …' }),
  sent_at: Timestamp,
  closed_at: Timestamp,
  start_date: z.string().nullable(),
});
export type Offer = z.infer<typeof Offer>;
