import { z } from 'zod';
import { unifiedModel } from '../common/unified-record.js';

export const Location = unifiedModel('Location', 'An office or remote location jobs are offered in (SmartRecruiters predefined location).', {
  name: z.string().nullable(),
  code: z.string().nullable(),
  city: z.string().nullable(),
  region: z.string().nullable(),
  country: z.string().nullable(),
  country_code: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  is_remote: z.boolean().nullable(),
});
export type Location = z.infer<typeof Location>;
