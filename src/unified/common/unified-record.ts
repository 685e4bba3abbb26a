import { z } from 'zod';

/** ISO 8601 date-time as SmartRecruiters sends it; null when SmartRecruiters does not say. */
export const Timestamp = z.string().nullable();

/**
 * Values of the account's own fields (SmartRecruiters candidate, job or offer properties), keyed by
 * the property id, so a field keeps its key when someone renames its label.
 */
export const CustomFields = z.record(z.string(), z.unknown()).meta({ description: 'The account-defined fields, keyed by SmartRecruiters property id' });

/** The raw SmartRecruiters object, only when the request asks for `include_remote_data=true`. */
export const RemoteData = z.record(z.string(), z.unknown()).optional().meta({ description: 'The SmartRecruiters object as received; only with include_remote_data=true' });

/**
 * The fields every unified record has. `id` is stable across syncs because it is SmartRecruiters'
 * own key of the record (composite keys join their parts with `:`), so the store issue can keep it.
 */
export const recordBase = {
  id: z.string().meta({ description: 'Stable id of the record (the same on every read and sync)' }),
  remote_id: z.string().meta({ description: "SmartRecruiters' key of the record" }),
  created_at: Timestamp,
  updated_at: Timestamp,
  remote_deleted_at: Timestamp.meta({ description: 'When the record was seen deleted upstream; live reads answer null' }),
  custom_fields: CustomFields,
  remote_data: RemoteData,
};

/** A unified model: the base fields plus its own, named for the OpenAPI document. */
export function unifiedModel<T extends z.ZodRawShape>(name: string, description: string, shape: T) {
  return z.object({ ...recordBase, ...shape }).meta({ id: name, description });
}

/** A reference to another record by its unified id, with the label SmartRecruiters sends beside it. */
export const Ref = z.object({ id: z.string(), name: z.string().nullable() });
