import { z } from 'zod';
import { Timestamp, unifiedModel } from '../common/unified-record.js';

export const Interview = unifiedModel('Interview', 'A scheduled interview of an application, with its panel.', {
  application_id: z.string().nullable(),
  candidate_id: z.string().nullable(),
  job_id: z.string().nullable(),
  title: z.string().nullable(),
  location: z.string().nullable(),
  organizer_id: z.string().nullable(),
  interviewer_ids: z.array(z.string()),
  start_at: Timestamp,
  end_at: Timestamp,
  status: z.enum(['SCHEDULED', 'AWAITING_FEEDBACK', 'COMPLETE', 'CANCELLED']).nullable(),
  timeslots: z.array(
    z.object({
      id: z.string(),
      start_at: Timestamp,
      end_at: Timestamp,
      location: z.string().nullable(),
      interviewers: z.array(z.object({ user_id: z.string(), response: z.string().nullable() })),
    }),
  ),
});
export type Interview = z.infer<typeof Interview>;
