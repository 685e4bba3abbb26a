import type { RejectReason } from '../ats/reject-reason.js';
import type { SrRejectReason } from '../../spec/index.js';
import { base, label, str, type MapOptions } from './read-wire.js';

/** A configured rejection or withdrawal reason as a unified RejectReason. */
export function toRejectReason(raw: SrRejectReason, kind: RejectReason['kind'], opts: MapOptions = {}): RejectReason {
  return { ...base(str(raw.id) ?? '', null, null, raw, opts), name: label(raw), kind };
}
