import { z } from 'zod';
import { Ref, Timestamp, unifiedModel } from '../common/unified-record.js';

export const JobLocation = z
  .object({
    city: z.string().nullable(),
    region: z.string().nullable(),
    country: z.string().nullable(),
    country_code: z.string().nullable(),
    postal_code: z.string().nullable(),
    address: z.string().nullable(),
    is_remote: z.boolean().nullable(),
  })
  .meta({ id: 'JobLocation' });

export const Compensation = z.object({ min: z.number().nullable(), max: z.number().nullable(), currency: z.string().nullable() }).meta({ id: 'Compensation' });

export const HiringTeamMember = z.object({
  user_id: z.string(),
  role: z.string().meta({ description: 'SmartRecruiters hiring-team role: HIRING_MANAGER, RECRUITER, COORDINATOR, EXECUTIVE, INTERVIEWER, …' }),
});

export const JobStatus = z.enum(['DRAFT', 'OPEN', 'PENDING', 'CLOSED', 'ARCHIVED']);

export const Job = unifiedModel('Job', 'A requisition (SmartRecruiters job).', {
  name: z.string().nullable(),
  code: z.string().nullable().meta({ description: 'Reference number' }),
  status: JobStatus,
  remote_status: z.string().nullable().meta({ description: 'SmartRecruiters job status (CREATED, SOURCING, INTERVIEW, OFFER, FILLED, CANCELLED, ON_HOLD)' }),
  posting_status: z.string().nullable(),
  description: z.string().nullable().meta({ description: 'Job description section of the job ad (get only)' }),
  department: Ref.nullable(),
  location: JobLocation.nullable(),
  compensation: Compensation.nullable().meta({ description: 'get only' }),
  employment_type: z.string().nullable(),
  experience_level: z.string().nullable(),
  function: z.string().nullable(),
  industry: z.string().nullable(),
  language: z.string().nullable(),
  target_hiring_date: Timestamp,
  last_activity_at: Timestamp,
  posting_urls: z.array(z.string()).meta({ description: 'Where candidates apply (get only)' }),
  hiring_team: z.array(HiringTeamMember).nullable().meta({ description: 'get only (null in lists)' }),
  hiring_manager_ids: z.array(z.string()).nullable(),
  recruiter_ids: z.array(z.string()).nullable(),
  creator_id: z.string().nullable(),
});
export type Job = z.infer<typeof Job>;
