import { z } from 'zod';
import { unifiedModel } from '../common/unified-record.js';

export const User = unifiedModel('User', 'A SmartRecruiters user (recruiter, hiring manager, interviewer, …).', {
  first_name: z.string().nullable(),
  last_name: z.string().nullable(),
  email: z.string().nullable(),
  is_active: z.boolean(),
  role_id: z.string().nullable().meta({ description: 'Role id (SmartRecruiters system role, case-sensitive)' }),
  group_ids: z.array(z.string()),
  external_id: z.string().nullable().meta({ description: "Your own id for the user (SmartRecruiters' externalData)" }),
  sso_identifier: z.string().nullable(),
  language: z.string().nullable(),
  location: z.object({ city: z.string().nullable(), region: z.string().nullable(), country: z.string().nullable(), country_code: z.string().nullable() }).nullable(),
});
export type User = z.infer<typeof User>;

const userFields = {
  email: z.email().max(320),
  first_name: z.string().min(1).max(200),
  last_name: z.string().min(1).max(200),
  role_id: z.string().min(1).max(100).meta({ description: 'A Role id exactly as listed (case-sensitive: ADMINISTRATOR, not administrator)' }),
  external_id: z.string().max(500).optional(),
  sso_identifier: z.string().max(500).optional(),
  language: z.string().min(2).max(10).optional(),
};

export const UserCreateInput = z.object(userFields).strict().meta({ id: 'UserCreateInput' });
export type UserCreateInput = z.infer<typeof UserCreateInput>;

export const UserUpdateInput = z
  .object({
    email: userFields.email.optional(),
    first_name: userFields.first_name.optional(),
    last_name: userFields.last_name.optional(),
    external_id: userFields.external_id,
    sso_identifier: userFields.sso_identifier,
    language: userFields.language,
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: 'give at least one field to change' })
  .meta({ id: 'UserUpdateInput' });
export type UserUpdateInput = z.infer<typeof UserUpdateInput>;

export const UserRoleInput = z.object({ role_id: userFields.role_id }).strict().meta({ id: 'UserRoleInput' });
export type UserRoleInput = z.infer<typeof UserRoleInput>;
