import { z } from 'zod';
import { Ref, Timestamp, unifiedModel } from '../common/unified-record.js';

/** Where an application stands: SmartRecruiters' status, and the sub-status of the hiring process within it. */
export const ApplicationStage = z
  .object({
    id: z.string().meta({ description: 'JobStage id (`STATUS` or `STATUS:sub-status`)' }),
    status: z.string().meta({ description: 'SmartRecruiters status: LEAD, NEW, IN_REVIEW, INTERVIEW, OFFERED, HIRED, REJECTED, WITHDRAWN, TRANSFERRED' }),
    sub_status: z.string().nullable(),
  })
  .meta({ id: 'ApplicationStage' });

export const StatusChange = z.object({ status: z.string(), sub_status: z.string().nullable(), changed_at: Timestamp });

export const ApplicationOutcome = z.enum(['ACTIVE', 'HIRED', 'REJECTED', 'WITHDRAWN', 'TRANSFERRED']);

export const Application = unifiedModel('Application', "A candidate's application to a job.", {
  candidate_id: z.string(),
  job_id: z.string(),
  job_name: z.string().nullable(),
  applied_at: Timestamp,
  outcome: ApplicationOutcome.meta({ description: 'Whether the application is still open and, if not, how it ended' }),
  current_stage: ApplicationStage,
  reject_reason: Ref.nullable(),
  withdraw_reason: Ref.nullable(),
  source: z.string().nullable(),
  source_details: z.object({ type_id: z.string().nullable(), sub_type_id: z.string().nullable(), value_id: z.string().nullable() }).nullable(),
  starts_on: Timestamp.meta({ description: 'Start date of a hired candidate' }),
  remote_application_uuid: z.string().nullable().meta({ description: "SmartRecruiters' application UUID (known on get, not in lists)" }),
  status_history: z.array(StatusChange).nullable().meta({ description: 'Oldest first; on get only (null in lists)' }),
});
export type Application = z.infer<typeof Application>;

export const ApplicationStageInput = z
  .object({
    status: z.enum(['LEAD', 'NEW', 'IN_REVIEW', 'INTERVIEW', 'OFFERED', 'HIRED', 'REJECTED', 'WITHDRAWN', 'TRANSFERRED']),
    sub_status: z.string().min(1).max(200).optional().meta({ description: "A sub-status of the job's hiring process for that status (see /unified/ats/job-stages)" }),
    reason_id: z.string().min(1).max(200).optional().meta({ description: 'RejectReason id; only with REJECTED or WITHDRAWN' }),
    starts_on: z.iso.datetime().optional().meta({ description: 'Start date, with HIRED' }),
  })
  .strict()
  .meta({ id: 'ApplicationStageInput' });
export type ApplicationStageInput = z.infer<typeof ApplicationStageInput>;
