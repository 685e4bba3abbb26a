import { z } from 'zod';
import { unifiedModel } from '../common/unified-record.js';

export const RejectReason = unifiedModel('RejectReason', 'Why an application was rejected or withdrawn.', {
  name: z.string().nullable(),
  kind: z.enum(['REJECTION', 'WITHDRAWAL']),
});
export type RejectReason = z.infer<typeof RejectReason>;
