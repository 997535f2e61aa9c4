import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * A database laid out as PostgREST's tutorials lay one out, with nothing of this project's
 * schema in it: an `api` schema, an authenticator login role that may switch to `web_anon`
 * and `todo_user` (but not `todo_admin`), row-level security and functions.
 */
export const FIXTURE_SQL = `
  create schema api;

  create table api.users (
    id int primary key,
    name text not null,
    sub text not null unique
  );

  create table api.todos (
    id int primary key,
    task text not null,
    done boolean not null default false,
    due date,
    user_id int references api.users (id),
    private boolean not null default false
  );

  insert into api.users (id, name, sub) values (1, 'Ada', 'ada'), (2, 'Brian', 'brian');

  insert into api.todos (id, task, done, due, user_id, private) values
    (1, 'Buy milk', false, '2026-12-01', 1, false),
    (2, 'Write report', true, null, 1, false),
    (3, 'Plan lesson', false, '2026-12-05', 2, false),
    (4, 'Ada secret', false, null, 1, true),
    (5, 'Mark books', true, null, 2, false),
    (6, 'Book trip', false, null, null, false),
    (7, 'Brian secret', false, null, 2, true);

  grant usage on schema api to web_anon, todo_user;
  grant select on api.users, api.todos to web_anon;
  grant select on api.users to todo_user;
  grant select, insert, update, delete on api.todos to todo_user;

  alter table api.todos enable row level security;

  create policy "Anyone reads public todos" on api.todos
    for select to web_anon using (not private);
  create policy "Users read public todos and their own" on api.todos
    for select to todo_user
    using (not private or user_id = (
      select u.id from api.users u
      where u.sub = current_setting('request.jwt.claims', true)::json ->> 'sub'));
  create policy "Users add their own todos" on api.todos
    for insert to todo_user
    with check (user_id = (
      select u.id from api.users u
      where u.sub = current_setting('request.jwt.claims', true)::json ->> 'sub'));
  create policy "Users change their own todos" on api.todos
    for update to todo_user
    using (user_id = (
      select u.id from api.users u
      where u.sub = current_setting('request.jwt.claims', true)::json ->> 'sub'));
  create policy "Users delete their own todos" on api.todos
    for delete to todo_user
    using (user_id = (
      select u.id from api.users u
      where u.sub = current_setting('request.jwt.claims', true)::json ->> 'sub'));

  create function api.todo_count(p_done boolean) returns bigint
    language sql stable
    as 'select count(*) from api.todos where done = p_done';

  create function api.whoami() returns json
    language sql stable
    as $$ select json_build_object(
      'role', current_user,
      'sub', current_setting('request.jwt.claims', true)::json ->> 'sub') $$;

  create function api.complete_todo(p_id int) returns void
    language sql volatile
    as 'update api.todos set done = true where id = p_id';
  revoke execute on function api.complete_todo(int) from public;
  grant execute on function api.complete_todo(int) to todo_user;
`;

export interface PostgrestFixture {
  /** PGRST_DB_URI: the fixture database as the authenticator role. */
  authenticatorUrl: string;
  /** Runs SQL as the cluster's superuser in the fixture database. */
  sql<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
  drop(): Promise<void>;
}

function quoteLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * Creates the roles (shared by the cluster, so created once) and a new fixture database in
 * the cluster that `adminUrl` (a superuser URL) points at.
 */
export async function createPostgrestFixture(adminUrl: string): Promise<PostgrestFixture> {
  const name = `pgrst_fixture_${randomBytes(6).toString('hex')}`;
  const password = randomBytes(18).toString('base64url');
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`
      do $$
      begin
        if not exists (select from pg_roles where rolname = 'pgrst_authenticator') then
          create role pgrst_authenticator login noinherit;
        end if;
        if not exists (select from pg_roles where rolname = 'web_anon') then
          create role web_anon nologin;
        end if;
        if not exists (select from pg_roles where rolname = 'todo_user') then
          create role todo_user nologin;
        end if;
        if not exists (select from pg_roles where rolname = 'todo_admin') then
          create role todo_admin nologin;
        end if;
      end
      $$;
      alter role pgrst_authenticator password ${quoteLiteral(password)};
      grant web_anon, todo_user to pgrst_authenticator;`);
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }

  const databaseUrl = new URL(adminUrl);
  databaseUrl.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: databaseUrl.toString(), max: 2 });
  await pool.query(FIXTURE_SQL);

  const authenticatorUrl = new URL(databaseUrl);
  authenticatorUrl.username = 'pgrst_authenticator';
  authenticatorUrl.password = password;

  return {
    authenticatorUrl: authenticatorUrl.toString(),
    sql: async <R>(text: string, params?: unknown[]) =>
      (await pool.query(text, params)).rows as R[],
    async drop() {
      await pool.end();
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      try {
        await dropper.query(`drop database if exists ${name} with (force)`);
      } finally {
        await dropper.end();
      }
    },
  };
}
