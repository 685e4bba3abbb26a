import { z } from 'zod';
import { unifiedModel } from '../common/unified-record.js';

export const Department = unifiedModel('Department', 'A department jobs belong to.', {
  name: z.string().nullable(),
  description: z.string().nullable(),
});
export type Department = z.infer<typeof Department>;
