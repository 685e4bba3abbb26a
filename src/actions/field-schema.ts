import { z } from 'zod';
import type { FieldDoc } from './field-doc.js';

function withDescription<T extends z.ZodType>(schema: T, description: string | undefined): T {
  return description ? schema.describe(description) : schema;
}

/** The zod schema of one documented body field, before optionality. */
export function fieldValueSchema(field: FieldDoc): z.ZodType {
  if (field.enum?.length) return z.enum(field.enum as [string, ...string[]]);
  switch (field.type) {
    case 'string': {
      const s = z.string();
      return field.minLength ? s.min(field.minLength) : s;
    }
    case 'date-time':
      return z.string().describe('ISO 8601 date-time');
    case 'number':
      return z.number();
    case 'integer':
      return z.number().int();
    case 'boolean':
      return z.boolean();
    case 'object':
      return z.record(z.string(), z.unknown());
    case 'array<string>':
      return z.array(z.string());
    case 'array<object>':
      return z.array(z.record(z.string(), z.unknown()));
    default:
      // The docs do not type it: any JSON value (which still makes a required field required).
      return z.json();
  }
}

/** A lenient object schema of documented fields: unknown keys pass, required as the docs say. */
export function fieldsObjectSchema(fields: readonly FieldDoc[]): z.ZodType<Record<string, unknown>> {
  const shape: Record<string, z.ZodType> = {};
  for (const f of fields) {
    const value = withDescription(fieldValueSchema(f), f.description);
    shape[f.name] = f.required ? value : value.optional();
  }
  return z.looseObject(shape) as unknown as z.ZodType<Record<string, unknown>>;
}
