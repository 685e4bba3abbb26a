export { createAccounts, type Accounts, type CreateAccountsOptions } from './create-accounts.js';
export { AccountError } from './account-error.js';
export { derivedKeyFrom, encryptionKeyFrom, generateSecretKey, MIN_SECRET_LENGTH, type EncryptionKey } from './encryption-key.js';
export type { AccountAuthInput, AccountHealth, AccountView, AuthType, LinkAccountInput, UpdateAccountInput } from './account-types.js';
