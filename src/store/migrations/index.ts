import type { Kysely } from 'kysely';
import type { Dialect } from '../open-database.js';
import * as m0001 from './0001-accounts.js';

export interface StoreMigration {
  /** `NNNN-name`; applied in this order, recorded in `srconnect_migrations`. */
  readonly name: string;
  up(db: Kysely<unknown>, dialect: Dialect): Promise<void>;
}

/**
 * Every migration, in order. Append only: an applied migration is never edited or removed (the
 * migrator refuses to start if the database knows a migration this list does not).
 */
export const MIGRATIONS: readonly StoreMigration[] = [m0001];
