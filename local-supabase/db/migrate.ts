import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type pino from 'pino';
import { DEFAULT_ROLE_PASSWORD } from './postgres.ts';
import type { Database } from './types.ts';

const BASELINE_PATH = path.resolve(import.meta.dirname, '../sql/baseline.sql');

/** Supabase CLI's rule for migration file names: `<version>_<name>.sql`. */
const MIGRATION_FILE = /^(\d+)_(.*)\.sql$/;

function quoteLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

function quoteIdentifier(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/**
 * Roles and rights that differ between the backends: PGlite's owner is a
 * role that the superuser session switches to; PostgreSQL's roles log in.
 */
function ownerRoleSql(db: Database, rolePassword: string): string {
  const owner = quoteIdentifier(db.ownerRole);
  const create = `
    do $$
    begin
      if not exists (select from pg_roles where rolname = ${quoteLiteral(db.ownerRole)}) then
        create role ${owner} nologin createrole createdb bypassrls;
      end if;
    end
    $$;`;
  if (db.backend === 'pglite') return create;
  return `${create}
    do $$
    begin
      if (select rolsuper from pg_roles where rolname = ${quoteLiteral(db.ownerRole)}) then
        raise exception 'role % is a superuser on this server', ${quoteLiteral(db.ownerRole)}
          using hint = 'Create the cluster with another bootstrap superuser, as in '
            || '"initdb -U supabase_admin", and put that user in DATABASE_URL.';
      end if;
    end
    $$;
    alter role ${owner} with login bypassrls password ${quoteLiteral(rolePassword)};`;
}

function loginRolesSql(db: Database, rolePassword: string): string {
  const database = quoteIdentifier(db.databaseName);
  const owner = quoteIdentifier(db.ownerRole);
  if (db.backend === 'pglite') {
    // `grant create on database` fails in PGlite 0.3.8 ("tuple concurrently
    // deleted"); owning the database gives the owner the same right.
    return `alter database ${database} owner to ${owner};`;
  }
  const password = quoteLiteral(rolePassword);
  return `
    grant create on database ${database} to ${owner};
    alter role authenticator with login password ${password};
    alter role supabase_auth_admin with login password ${password};`;
}

function defaultPrivilegesSql(db: Database): string {
  const owner = quoteIdentifier(db.ownerRole);
  return ['tables', 'sequences', 'functions']
    .map(
      (kind) =>
        `alter default privileges for role ${owner} in schema public ` +
        `grant all on ${kind} to anon, authenticated, service_role;`,
    )
    .join('\n');
}

/** Messages PostgreSQL raises when two sessions change the same role at once. */
function isConcurrentRoleChange(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === 'XX000' || code === '23505' || code === '42710' || code === '40001';
}

async function execAsSuperuserWithRetry(db: Database, sql: string): Promise<void> {
  // Roles are shared by every database in a cluster, so test stacks that
  // bootstrap their databases in parallel can collide on the same role rows.
  for (let attempt = 1; ; attempt += 1) {
    try {
      await db.execAsSuperuser(sql);
      return;
    } catch (error) {
      if (attempt >= 5 || !isConcurrentRoleChange(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 50));
    }
  }
}

export interface BaselineOptions {
  defaultPrivileges: boolean;
  rolePassword?: string;
}

/** Applies the baseline as the superuser, with the owner role it names. */
export async function applyBaseline(db: Database, options: BaselineOptions): Promise<void> {
  const password = options.rolePassword ?? DEFAULT_ROLE_PASSWORD;
  const baseline = readFileSync(BASELINE_PATH, 'utf8');
  const script = [
    ownerRoleSql(db, password),
    `select set_config('local_supabase.owner', ${quoteLiteral(db.ownerRole)}, false);`,
    baseline,
    loginRolesSql(db, password),
    options.defaultPrivileges ? defaultPrivilegesSql(db) : '',
  ].join('\n');
  await execAsSuperuserWithRetry(db, script);
}

export interface MigrationFile {
  version: string;
  name: string;
  path: string;
}

export function listMigrations(supabaseDir: string, logger?: pino.Logger): MigrationFile[] {
  const folder = path.join(supabaseDir, 'migrations');
  if (!existsSync(folder)) return [];
  const files: MigrationFile[] = [];
  for (const file of readdirSync(folder).sort()) {
    const match = MIGRATION_FILE.exec(file);
    if (!match) {
      if (file.endsWith('.sql')) {
        logger?.warn({ file }, 'skipped migration file: name must be <version>_<name>.sql');
      }
      continue;
    }
    files.push({ version: match[1]!, name: match[2]!, path: path.join(folder, file) });
  }
  return files;
}

const HISTORY_SQL = `
  create schema if not exists supabase_migrations;
  create table if not exists supabase_migrations.schema_migrations (
    version text primary key,
    statements text[],
    name text
  );`;

/** Applies each migration not yet recorded, in filename order, as the owner. */
export async function applyMigrations(
  db: Database,
  supabaseDir: string,
  logger?: pino.Logger,
): Promise<string[]> {
  await db.exec(HISTORY_SQL);
  const applied = new Set(
    (
      await db.query<{ version: string }>(
        'select version from supabase_migrations.schema_migrations',
      )
    ).rows.map((row) => row.version),
  );
  const done: string[] = [];
  for (const migration of listMigrations(supabaseDir, logger)) {
    if (applied.has(migration.version)) continue;
    const sql = readFileSync(migration.path, 'utf8');
    const record =
      'insert into supabase_migrations.schema_migrations (version, name) ' +
      `values (${quoteLiteral(migration.version)}, ${quoteLiteral(migration.name)});`;
    const started = performance.now();
    try {
      // One transaction per file, as `supabase db push` applies them.
      await db.exec(`begin;\n${sql}\n;\n${record}\ncommit;`);
    } catch (error) {
      throw new Error(
        `migration ${path.basename(migration.path)} failed: ${(error as Error).message}`,
        { cause: error },
      );
    }
    logger?.info(
      { version: migration.version, ms: Math.round(performance.now() - started) },
      `applied migration ${migration.name}`,
    );
    done.push(migration.version);
  }
  return done;
}

/**
 * Runs the seed as the owner: `supabase/seed.ts` when it exports
 * `buildSeedSql()`, else `supabase/seed.sql`. Returns which one ran.
 */
export async function applySeed(db: Database, supabaseDir: string): Promise<string | null> {
  const seedModule = path.join(supabaseDir, 'seed.ts');
  if (existsSync(seedModule)) {
    const module = (await import(pathToFileURL(seedModule).href)) as {
      buildSeedSql?: () => Promise<string>;
    };
    if (typeof module.buildSeedSql === 'function') {
      await db.exec(await module.buildSeedSql());
      return seedModule;
    }
  }
  const seedSql = path.join(supabaseDir, 'seed.sql');
  if (existsSync(seedSql)) {
    await db.exec(readFileSync(seedSql, 'utf8'));
    return seedSql;
  }
  return null;
}

export interface SetupOptions {
  supabaseDir: string;
  migrations?: boolean;
  seed?: boolean;
  fixtureSql?: string;
  defaultPrivileges: boolean;
  rolePassword?: string;
  logger?: pino.Logger;
}

/** Builds a database from nothing: baseline, migrations, seed, then fixture SQL (tests only). */
export async function setupDatabase(db: Database, options: SetupOptions): Promise<void> {
  await applyBaseline(db, options);
  if (options.migrations ?? true) {
    await applyMigrations(db, options.supabaseDir, options.logger);
  }
  if (options.seed ?? true) {
    const seed = await applySeed(db, options.supabaseDir);
    options.logger?.info({ seed }, seed ? 'applied seed' : 'no seed found');
  }
  if (options.fixtureSql) {
    await db.exec(options.fixtureSql);
  }
}

/** Checks whether the migration history table exists, which means that setup ran before. */
export async function isInitialised(db: Database): Promise<boolean> {
  try {
    const result = await db.query<{ present: boolean }>(
      `select to_regclass('supabase_migrations.schema_migrations') is not null as present`,
    );
    return result.rows[0]?.present === true;
  } catch {
    // A fresh database has no owner role yet, so even this query fails.
    return false;
  }
}
