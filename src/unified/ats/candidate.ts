import { z } from 'zod';
import { CustomFields, unifiedModel } from '../common/unified-record.js';

export const EmailAddress = z.object({ value: z.string(), email_address_type: z.enum(['PERSONAL', 'WORK', 'OTHER']) });
export const PhoneNumber = z.object({ value: z.string(), phone_number_type: z.enum(['HOME', 'WORK', 'MOBILE', 'OTHER']) });
export const Url = z.object({ value: z.string(), url_type: z.enum(['PERSONAL', 'COMPANY', 'PORTFOLIO', 'BLOG', 'SOCIAL_MEDIA', 'OTHER']) });

export const PostalLocation = z
  .object({
    city: z.string().nullable(),
    region: z.string().nullable(),
    region_code: z.string().nullable(),
    country: z.string().nullable(),
    country_code: z.string().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
  })
  .meta({ id: 'PostalLocation' });

export const Education = z.object({
  institution: z.string().nullable(),
  degree: z.string().nullable(),
  major: z.string().nullable(),
  is_current: z.boolean().nullable(),
  start_date: z.string().nullable(),
  end_date: z.string().nullable(),
  description: z.string().nullable(),
});

export const Experience = z.object({
  title: z.string().nullable(),
  company: z.string().nullable(),
  is_current: z.boolean().nullable(),
  start_date: z.string().nullable(),
  end_date: z.string().nullable(),
  location: z.string().nullable(),
  description: z.string().nullable(),
});

export const Candidate = unifiedModel('Candidate', 'A person in the ATS (SmartRecruiters candidate).', {
  first_name: z.string().nullable(),
  last_name: z.string().nullable(),
  company: z.string().nullable().meta({ description: 'Company of the current experience' }),
  title: z.string().nullable().meta({ description: 'Title of the current experience' }),
  email_addresses: z.array(EmailAddress),
  phone_numbers: z.array(PhoneNumber),
  urls: z.array(Url),
  location: PostalLocation.nullable(),
  tags: z.array(z.string()),
  is_internal: z.boolean().nullable(),
  average_rating: z.number().nullable(),
  consent_status: z.string().nullable().meta({ description: 'GDPR consent: SmartRecruiters consent status (ACQUIRED, PENDING, REQUIRED, EXPIRED, …)' }),
  application_ids: z.array(z.string()),
  education: z.array(Education).nullable().meta({ description: 'null in lists: SmartRecruiters lists do not carry it' }),
  experience: z.array(Experience).nullable().meta({ description: 'null in lists: SmartRecruiters lists do not carry it' }),
});
export type Candidate = z.infer<typeof Candidate>;

/** Where a created candidate came from. Default: this product, as SmartRecruiters asks integrations to say. */
export const SourceInput = z
  .object({
    type_id: z.string().min(1).max(100).meta({ description: 'SmartRecruiters source type, e.g. API, JOB_BOARD, SOURCING' }),
    sub_type_id: z.string().min(1).max(100).optional(),
    value_id: z.string().min(1).max(200).meta({ description: 'Source value id, e.g. your product name' }),
  })
  .strict();

const contact = {
  first_name: z.string().min(1).max(200),
  last_name: z.string().min(1).max(200),
  email: z.email().max(320),
  phone_number: z.string().min(1).max(60).optional(),
  location: z
    .object({ city: z.string().max(200).optional(), region: z.string().max(200).optional(), country: z.string().max(200).optional(), country_code: z.string().length(2).optional() })
    .strict()
    .optional(),
  urls: z.array(Url.strict()).max(20).optional(),
  tags: z.array(z.string().min(1).max(100)).max(100).optional(),
};

export const CandidateCreateInput = z
  .object({
    ...contact,
    job_id: z.string().min(1).max(200).meta({ description: 'The job the candidate applies to (an application is created with the candidate)' }),
    source: SourceInput.optional(),
  })
  .strict()
  .meta({ id: 'CandidateCreateInput' });
export type CandidateCreateInput = z.infer<typeof CandidateCreateInput>;

export const CandidateUpdateInput = z
  .object({
    first_name: contact.first_name.optional(),
    last_name: contact.last_name.optional(),
    email: contact.email.optional(),
    phone_number: contact.phone_number,
    location: contact.location,
    urls: contact.urls,
    tags: contact.tags,
    custom_fields: CustomFields.optional().meta({ description: 'Candidate property values by property id; SINGLE_SELECT takes a value id' }),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: 'give at least one field to change' })
  .meta({ id: 'CandidateUpdateInput' });
export type CandidateUpdateInput = z.infer<typeof CandidateUpdateInput>;
