import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { migrations } from './migrations/index.js';

export type Db = Database.Database;

/** The store: one SQLite database and the folder of original files beside it. */
export interface Store {
  db: Db;
  path: string;
  /** Content-addressed originals: `<dir of db>/blobs/ab/abcdef…`. */
  blobDir: string;
  close(): void;
}

export const DEFAULT_DB_PATH = 'data/motiemonitor.db';

/** Opens (and migrates) the store. `readonly` opens an existing database without writing to it (the search server). */
export function openStore(path: string = DEFAULT_DB_PATH, options: { readonly?: boolean } = {}): Store {
  if (!options.readonly) mkdirSync(dirname(path) || '.', { recursive: true });
  const db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
  }
  return { db, path, blobDir: join(dirname(path), 'blobs'), close: () => db.close() };
}

const statements = new WeakMap<Db, Map<string, Database.Statement>>();

/**
 * The statement for `source`, prepared once per connection. Preparing costs more than running most of our queries
 * (a site build asks for a motion's votes 60,000 times), so repositories use this instead of `db.prepare`.
 * Not for statements whose mode is changed (`pluck`, `raw`) or that are iterated while reused.
 */
export function prepared(db: Db, source: string): Database.Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let statement = cache.get(source);
  if (!statement) {
    if (cache.size >= 2000) cache.clear(); // dynamic SQL (IN lists) must not grow the cache without bound
    statement = db.prepare(source);
    cache.set(source, statement);
  }
  return statement;
}

/**
 * A repository's statements, prepared together once per connection and reached by name instead of by their SQL text:
 * for statements run hundreds of thousands of times in a sync or a build.
 */
export function statementsOf<T>(prepare: (db: Db) => T): (db: Db) => T {
  const cache = new WeakMap<Db, T>();
  return (db) => {
    let s = cache.get(db);
    if (!s) cache.set(db, (s = prepare(db)));
    return s;
  };
}

export function migrate(db: Db): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version),
  );
  for (const m of migrations) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        new Date().toISOString(),
      );
    })();
  }
}
