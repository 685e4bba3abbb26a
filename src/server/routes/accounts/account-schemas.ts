import { z } from '@hono/zod-openapi';

/** Credentials travel in HTTP headers, which carry visible ASCII only; anything else could never authenticate. */
const VISIBLE_ASCII = /^[\x21-\x7e]+$/;
const credential = (name: string) =>
  z.string().min(1, `${name} is required`).max(4096).regex(VISIBLE_ASCII, `${name} must be visible ASCII characters without spaces`);
const secret = (name: string) => credential(name).openapi({ format: 'password' });

export const AuthInputSchema = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('api_key'), api_key: secret('api_key') }).strict(),
    z
      .object({ type: z.literal('oauth_client_credentials'), client_id: credential('client_id').max(512), client_secret: secret('client_secret') })
      .strict(),
  ])
  .openapi('AccountAuth', { description: 'An API key (X-SmartToken) or OAuth2 client credentials.' });

export const BaseUrlSchema = z
  .string()
  .max(2048)
  .refine((v) => /^https?:\/\/[^\s]+$/i.test(v) && URL.canParse(v), { message: 'base_url must be an http(s) URL' })
  .openapi({ example: 'https://api.smartrecruiters.com', description: 'Default the real API; the simulator URL goes here.' });

const NameSchema = z.string().trim().min(1, 'name is required').max(200);

export const CreateAccountBodySchema = z
  .object({ name: NameSchema, auth: AuthInputSchema, base_url: BaseUrlSchema.optional() })
  .strict()
  .openapi('CreateAccount');

export const UpdateAccountBodySchema = z
  .object({ name: NameSchema.optional(), auth: AuthInputSchema.optional(), base_url: BaseUrlSchema.optional() })
  .strict()
  .refine((v) => v.name !== undefined || v.auth !== undefined || v.base_url !== undefined, { message: 'give at least one of name, auth, base_url' })
  .openapi('UpdateAccount');

/** Ids are opaque (`acc_…`); anything outside this alphabet can never name an account. */
export const AccountIdSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_-]+$/, 'account ids are letters, digits, _ and -')
  .openapi({ example: 'acc_3n8Xq1sY0bWk', description: 'The id `POST /accounts` answered.' });

export const AccountParamsSchema = z.object({ id: AccountIdSchema.openapi({ param: { name: 'id', in: 'path' } }) });

export const AccountSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    base_url: z.string(),
    auth_type: z.enum(['api_key', 'oauth_client_credentials']),
    client_id: z.string().optional(),
    created_at: z.string(),
    updated_at: z.string(),
    health: z.object({
      last_success_at: z.string().nullable(),
      last_error: z.object({ at: z.string(), status: z.number().nullable(), code: z.string(), message: z.string() }).nullable(),
      rate_budget: z.object({ limit: z.number().nullable(), remaining: z.number().nullable(), observed_at: z.string() }).nullable(),
    }),
  })
  .openapi('Account', { description: 'A linked account. Never carries a secret.' });

export const AccountListSchema = z.object({ result: z.array(AccountSchema) }).openapi('AccountList');
