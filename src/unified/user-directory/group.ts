import { z } from 'zod';
import { unifiedModel } from '../common/unified-record.js';

export const Group = unifiedModel('Group', 'A set of users sharing access: a SmartRecruiters access group (a user may be in many).', {
  name: z.string().nullable(),
  description: z.string().nullable(),
  member_ids: z.array(z.string()).nullable().meta({ description: 'null when SmartRecruiters did not list the members' }),
});
export type Group = z.infer<typeof Group>;
