export { openDatabase, databaseFromEnv, DEFAULT_SQLITE_PATH, type Database, type Dialect, type OpenDatabaseOptions } from './open-database.js';
export { StoreError } from './store-error.js';
export type { StoreSchema, AccountsTable, AccountHealthTable } from './schema.js';
export { MIGRATIONS, type StoreMigration } from './migrations/index.js';
export {
  accountsRepository,
  type AccountsRepository,
  type AccountRow,
  type AccountHealthRow,
  type AccountWithHealth,
  type NewAccountRow,
  type AccountPatch,
  type HealthPatch,
} from './accounts-repository.js';
