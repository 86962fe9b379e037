import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations.js';

export type Db = Database.Database;

/** A problem with the store file itself (not SQLite, too new, unreadable): one line for the user. */
export class StoreError extends Error {}

/** Options for `openStore`. */
export interface OpenOptions {
  /** Open read-only (no migration; the file must be at this build's version). Default false. */
  readonly?: boolean;
  /** Create the file when missing. Default true unless readonly. */
  create?: boolean;
  /** Stop migrating at this version (tests build old files with it). Default SCHEMA_VERSION. */
  targetVersion?: number;
}

/**
 * Opens (and creates, and upgrades in place) a dyad store: a SQLite file in
 * WAL mode with foreign keys on. A file at an older schema version is
 * migrated, one transaction per migration; a file from a newer dyad is
 * refused. Throws StoreError with one readable line for a bad file.
 */
export function openStore(path: string, options: OpenOptions = {}): Db {
  const readonly = options.readonly ?? false;
  if ((readonly || options.create === false) && path !== ':memory:' && !existsSync(path)) {
    throw new StoreError(`${path}: no such store (create one with dyad ingest --db ${path} FILE…)`);
  }
  let db: Db;
  try {
    db = new Database(path, { readonly, fileMustExist: readonly });
    db.pragma('busy_timeout = 5000');
    if (!readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
  } catch (err) {
    throw new StoreError(`${path}: cannot open as a dyad store (${(err as Error).message})`);
  }
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    const target = options.targetVersion ?? SCHEMA_VERSION;
    if (version > SCHEMA_VERSION) {
      throw new StoreError(`${path}: made by a newer dyad (schema version ${version}; this dyad knows up to ${SCHEMA_VERSION})`);
    }
    if (version < target) {
      if (readonly) throw new StoreError(`${path}: schema version ${version} is old; run dyad ingest --db ${path} once to upgrade it`);
      migrate(db, version, target);
    }
  } catch (err) {
    db.close();
    if (err instanceof StoreError) throw err;
    throw new StoreError(`${path}: not a dyad store (${(err as Error).message})`);
  }
  return db;
}

/** Applies migrations `from`+1 … `to`, each with its user_version bump, in one transaction apiece. */
function migrate(db: Db, from: number, to: number): void {
  for (const m of MIGRATIONS) {
    if (m.version <= from || m.version > to) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}
