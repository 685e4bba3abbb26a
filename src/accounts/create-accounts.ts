import type { SmartRecruitersClient } from '../client/index.js';
import type { Database } from '../store/index.js';
import { AccountError } from './account-error.js';
import type { AccountView, LinkAccountInput, UpdateAccountInput } from './account-types.js';

/** Linked SmartRecruiters accounts: the only place that builds a client for one. */
export interface Accounts {
  /** Validates by a live call first; nothing is stored on failure. */
  link(input: LinkAccountInput): Promise<AccountView>;
  list(): Promise<AccountView[]>;
  get(id: string): Promise<AccountView>;
  /** Rotates credentials / renames / moves base_url; new credentials are validated live; id and data kept. */
  update(id: string, input: UpdateAccountInput): Promise<AccountView>;
  /** Deletes the credentials and every row the account owns. */
  remove(id: string): Promise<void>;
  /** The account's client (cached per credential version); records health from every response. */
  clientForAccount(id: string): Promise<SmartRecruitersClient>;
}

export interface CreateAccountsOptions {
  readonly database: Database;
  /** SRCONNECT_SECRET_KEY. */
  readonly secretKey: string;
  /** Transport for the account clients (tests); default global fetch. */
  readonly fetch?: typeof fetch;
  /** Clock (ms) for timestamps. Default Date.now. */
  readonly now?: () => number;
}

export function createAccounts(opts: CreateAccountsOptions): Accounts {
  void opts;
  const todo = (): never => {
    throw new AccountError({ status: 501, code: 'not_implemented', message: 'accounts: not implemented yet' });
  };
  return {
    link: async () => todo(),
    list: async () => todo(),
    get: async () => todo(),
    update: async () => todo(),
    remove: async () => todo(),
    clientForAccount: async () => todo(),
  };
}
