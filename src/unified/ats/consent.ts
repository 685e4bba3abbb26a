import { z } from 'zod';
import { Timestamp, unifiedModel } from '../common/unified-record.js';

export const Consent = unifiedModel("Consent", "A candidate's GDPR consent: the overall status and the decision per scope.", {
  candidate_id: z.string(),
  status: z.string().nullable().meta({ description: 'REQUIRED, PENDING, ACQUIRED, …' }),
  decisions: z.array(z.object({ scope: z.string(), status: z.string() })),
  requested_at: Timestamp.meta({ description: 'When the latest pending request was sent' }),
});
export type Consent = z.infer<typeof Consent>;
