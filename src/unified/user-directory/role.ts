import { z } from 'zod';
import { unifiedModel } from '../common/unified-record.js';

export const Role = unifiedModel('Role', 'What a user may do: a SmartRecruiters system role (one per user).', {
  name: z.string().nullable(),
});
export type Role = z.infer<typeof Role>;
