import { randomBytes } from 'node:crypto';

/** 'acc_' + 128 random bits in lowercase hex: unguessable, URL-safe, one spelling only. */
export function newAccountId(): string {
  return `acc_${randomBytes(16).toString('hex')}`;
}

export const ACCOUNT_ID = /^acc_[0-9a-f]{32}$/;
