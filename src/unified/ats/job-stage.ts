import { z } from 'zod';
import { unifiedModel } from '../common/unified-record.js';

export const JobStage = unifiedModel('JobStage', 'A step of a hiring process: a SmartRecruiters status, or a sub-status within one.', {
  name: z.string(),
  status: z.string(),
  sub_status: z.string().nullable(),
  hiring_process_id: z.string().nullable().meta({ description: 'null for the statuses every process shares' }),
  hiring_process_name: z.string().nullable(),
  order: z.number().int(),
});
export type JobStage = z.infer<typeof JobStage>;
