import { z } from 'zod';
import type { OperationSpec } from '../spec/index.js';
import type { BodyDoc } from './field-doc.js';
import { fieldValueSchema, fieldsObjectSchema } from './field-schema.js';
import { fileInputSchema } from './file-input.js';
import { paramSchema } from './param-schema.js';

/** The multipart part that carries the file, when the docs do not name one. */
export const DEFAULT_FILE_PART = 'file';

const jsonPatchSchema = z
  .array(
    z.looseObject({
      op: z.enum(['add', 'remove', 'replace', 'move', 'copy', 'test']),
      path: z.string(),
      value: z.unknown().optional(),
      from: z.string().optional(),
    }),
  )
  .min(1)
  .describe('RFC 6902 JSON Patch operations');

const anyJsonBody = z
  .union([z.record(z.string(), z.unknown()), z.array(z.unknown())])
  .describe('request body (fields not documented)');

function jsonBody(doc: BodyDoc | undefined): { schema: z.ZodType; required: boolean } {
  if (doc?.shape === 'object') return { schema: fieldsObjectSchema(doc.fields), required: doc.required };
  if (doc?.shape === 'array') return { schema: z.array(z.unknown()).describe(doc.schema ?? 'array'), required: doc.required };
  return { schema: anyJsonBody, required: false };
}

function multipartBody(doc: BodyDoc | undefined): { body: z.ZodType | undefined; partName: string } {
  const fields = doc?.fields ?? [];
  const fileField = fields.find((f) => f.name === DEFAULT_FILE_PART || /^file/i.test(f.name));
  const formFields = fields.filter((f) => f !== fileField);
  if (!formFields.length) return { body: undefined, partName: fileField?.name ?? DEFAULT_FILE_PART };
  const shape: Record<string, z.ZodType> = {};
  for (const f of formFields) {
    // A form part is text: enums stay enums, everything else is a string.
    const v = (f.enum?.length ? fieldValueSchema(f) : z.string()).describe(f.description ?? f.name);
    shape[f.name] = f.required ? v : v.optional();
  }
  return { body: z.strictObject(shape), partName: fileField?.name ?? DEFAULT_FILE_PART };
}

/**
 * The flat input schema of an operation: path and query parameters are top-level fields, the
 * request body sits under `body`, and a multipart file under `file`. Top-level keys are strict
 * (a typo is refused); bodies are lenient, because the docs list fewer fields than the API takes.
 */
export function buildInputSchema(
  op: OperationSpec,
  body: BodyDoc | undefined,
): { schema: z.ZodType<Record<string, unknown>>; file: { partName: string } | undefined } {
  const shape: Record<string, z.ZodType> = {};
  for (const p of op.pathParams) shape[p.name] = paramSchema(p, 'path');
  for (const p of op.queryParams) shape[p.name] = paramSchema(p, 'query');
  let file: { partName: string } | undefined;
  switch (op.bodyMode) {
    case 'json': {
      const { schema, required } = jsonBody(body);
      shape.body = required ? schema : schema.optional();
      break;
    }
    case 'json-patch':
      shape.body = jsonPatchSchema;
      break;
    case 'form':
      shape.body = z.record(z.string(), z.string());
      break;
    case 'multipart': {
      const mp = multipartBody(body);
      if (mp.body) shape.body = body?.required ? mp.body : mp.body.optional();
      shape.file = fileInputSchema;
      file = { partName: mp.partName };
      break;
    }
    default:
      break;
  }
  return { schema: z.strictObject(shape) as unknown as z.ZodType<Record<string, unknown>>, file };
}
