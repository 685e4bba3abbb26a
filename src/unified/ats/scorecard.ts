import { z } from 'zod';
import { Timestamp, unifiedModel } from '../common/unified-record.js';

export const OverallRecommendation = z.enum(['DEFINITELY_NO', 'NO', 'NO_DECISION', 'YES', 'STRONG_YES']);

export const Scorecard = unifiedModel('Scorecard', 'Interview feedback: a SmartRecruiters review of an application.', {
  application_id: z.string(),
  candidate_id: z.string(),
  job_id: z.string(),
  interviewer_id: z.string().nullable(),
  overall_rating: z.number().nullable().meta({ description: '1 to 5' }),
  overall_recommendation: OverallRecommendation.nullable(),
  comment: z.string().nullable(),
  submitted_at: Timestamp,
});
export type Scorecard = z.infer<typeof Scorecard>;

export const ScorecardCreateInput = z
  .object({
    application_id: z.string().min(3).max(500).meta({ description: 'Application id (`candidate_id:job_id`)' }),
    interviewer_id: z.string().min(1).max(200).optional().meta({ description: 'User id of the reviewer; default: the API user' }),
    overall_rating: z.number().int().min(1).max(5),
    comment: z.string().max(10_000).optional(),
  })
  .strict()
  .meta({ id: 'ScorecardCreateInput' });
export type ScorecardCreateInput = z.infer<typeof ScorecardCreateInput>;
