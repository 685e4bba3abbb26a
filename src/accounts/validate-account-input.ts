import { API_BASE_URL } from '../spec/index.js';
import { AccountError } from './account-error.js';
import type { AccountAuthInput, LinkAccountInput, UpdateAccountInput } from './account-types.js';

export const MAX_NAME_LENGTH = 200;
export const MAX_CREDENTIAL_LENGTH = 4096;
export const MAX_URL_LENGTH = 2048;

const invalid = (field: string, message: string, code = 'invalid_input'): never => {
  throw new AccountError({ status: 400, code, field, message: `${field}: ${message}` });
};

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function validateName(value: unknown): string {
  if (typeof value !== 'string') return invalid('name', `must be a string (got ${typeOf(value)})`);
  const name = value.trim();
  if (name === '') return invalid('name', 'must not be empty');
  if (name.length > MAX_NAME_LENGTH) return invalid('name', `must be at most ${MAX_NAME_LENGTH} characters (got ${name.length})`);
  if (CONTROL.test(name)) return invalid('name', 'must not contain control characters');
  return name;
}

/** A credential string; the value itself never appears in the message. */
function credential(value: unknown, field: string): string {
  if (value === undefined || value === null) return invalid(field, 'is required');
  if (typeof value !== 'string') return invalid(field, `must be a string (got ${typeOf(value)})`);
  if (value === '') return invalid(field, 'must not be empty');
  if (value.length > MAX_CREDENTIAL_LENGTH) return invalid(field, `must be at most ${MAX_CREDENTIAL_LENGTH} characters`);
  if (/\s/.test(value) || CONTROL.test(value)) return invalid(field, 'must not contain whitespace or control characters');
  // Credentials travel in HTTP headers and forms: anything else would fail inside fetch, not here.
  if (!/^[\x21-\x7e]+$/.test(value)) return invalid(field, 'must be visible ASCII characters only');
  return value;
}

export function validateAuth(value: unknown): AccountAuthInput {
  if (!isObject(value)) return invalid('auth', `must be an object with a "type" (got ${typeOf(value)})`);
  if (value.type === 'api_key') return { type: 'api_key', api_key: credential(value.api_key, 'auth.api_key') };
  if (value.type === 'oauth_client_credentials') {
    return {
      type: 'oauth_client_credentials',
      client_id: credential(value.client_id, 'auth.client_id'),
      client_secret: credential(value.client_secret, 'auth.client_secret'),
    };
  }
  return invalid('auth.type', `must be "api_key" or "oauth_client_credentials" (got ${describe(value.type)})`);
}

/** http(s) only, no credentials, query or fragment; trailing slashes dropped. */
export function validateBaseUrl(value: unknown): string {
  const bad = (message: string): never => invalid('base_url', message, 'invalid_base_url');
  if (typeof value !== 'string') return bad(`must be a string (got ${typeOf(value)})`);
  if (value.length > MAX_URL_LENGTH) return bad(`must be at most ${MAX_URL_LENGTH} characters`);
  if (value.trim() !== value || CONTROL.test(value) || /\s/.test(value)) return bad('must not contain whitespace or control characters');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return bad('is not an absolute URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return bad(`must use http or https (got ${url.protocol.replace(/:$/, '')})`);
  if (url.username || url.password) return bad('must not contain credentials (user:password@)');
  if (url.search || value.includes('?')) return bad('must not have a query string');
  if (url.hash || value.includes('#')) return bad('must not have a fragment');
  if (!url.hostname) return bad('must name a host');
  return url.toString().replace(/\/+$/, '');
}

export function validateLinkInput(input: unknown): Required<LinkAccountInput> {
  if (!isObject(input)) return invalid('body', `must be an object (got ${typeOf(input)})`);
  return {
    name: validateName(input.name),
    auth: validateAuth(input.auth),
    base_url: input.base_url === undefined ? API_BASE_URL : validateBaseUrl(input.base_url),
  };
}

export function validateUpdateInput(input: unknown): UpdateAccountInput {
  if (!isObject(input)) return invalid('body', `must be an object (got ${typeOf(input)})`);
  const out: UpdateAccountInput = {};
  if (input.name !== undefined) out.name = validateName(input.name);
  if (input.auth !== undefined) out.auth = validateAuth(input.auth);
  if (input.base_url !== undefined) out.base_url = validateBaseUrl(input.base_url);
  if (Object.keys(out).length === 0) return invalid('body', 'give at least one of name, auth, base_url');
  return out;
}

function typeOf(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

function describe(v: unknown): string {
  return typeof v === 'string' ? JSON.stringify(v.slice(0, 40)) : typeOf(v);
}
