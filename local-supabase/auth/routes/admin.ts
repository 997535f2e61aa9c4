import { randomBytes } from 'node:crypto';
import { sendJson } from '../../http.ts';
import type { Queryable } from '../../db/types.ts';
import { requireAdminRole, requireClaims } from '../bearer.ts';
import {
  type AuthContext,
  booleanField,
  type JsonObject,
  objectField,
  readJsonObject,
  stringField,
  validateEmail,
} from '../context.ts';
import { AuthError, badRequest, unprocessable } from '../errors.ts';
import { type UserRow, userJson } from '../format.ts';
import { checkPasswordStrength, hashPassword, MAX_PASSWORD_LENGTH } from '../password.ts';
import {
  DEFAULT_AUDIENCE,
  findDuplicateEmail,
  findIdentities,
  findUserById,
  insertEmailIdentity,
  insertUser,
  mergeMetadata,
} from '../users.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DEFAULT_PER_PAGE = 50;
const DUPLICATE_EMAIL = 'A user with this email address has already been registered';

/** `/admin/users[/:id]`, for tokens whose role is service_role (or supabase_admin). */
export async function handleAdminUsers(ctx: AuthContext, userPath: string): Promise<void> {
  const claims = await requireClaims(ctx.req, ctx.config.jwtSecret);
  requireAdminRole(claims);
  const method = ctx.req.method ?? 'GET';
  if (userPath === '') {
    if (method === 'GET') return listUsers(ctx);
    if (method === 'POST') return createUser(ctx);
    throw new AuthError(405, 'method_not_allowed', `${method} is not allowed here`);
  }
  if (!UUID.test(userPath))
    throw new AuthError(404, 'validation_failed', 'user_id must be an UUID');
  if (method === 'GET') return getUser(ctx, userPath);
  if (method === 'PUT') return updateUser(ctx, userPath);
  if (method === 'DELETE') return deleteUser(ctx, userPath);
  throw new AuthError(405, 'method_not_allowed', `${method} is not allowed here`);
}

function parsePositive(value: string | null, fallback: number): number {
  if (value === null || value === '') return fallback;
  if (!/^\d+$/.test(value)) {
    throw badRequest('validation_failed', `Bad Pagination Parameters: invalid number "${value}"`);
  }
  return Number(value);
}

/** GoTrue's `Link` header: the next page when there is one, and the last page. */
function paginationLink(ctx: AuthContext, page: number, perPage: number, total: number): string {
  const totalPages = Math.ceil(total / perPage);
  const url = new URL(ctx.req.url ?? '/', 'http://127.0.0.1');
  const pageUrl = (value: number) => {
    url.searchParams.set('page', String(value));
    return `${url.pathname}?${url.searchParams.toString()}`;
  };
  const parts = totalPages > page ? [`<${pageUrl(page + 1)}>; rel="next"`] : [];
  parts.push(`<${pageUrl(totalPages)}>; rel="last"`);
  return parts.join(', ');
}

async function listUsers(ctx: AuthContext): Promise<void> {
  const page = Math.max(parsePositive(ctx.search.get('page'), 1), 1);
  const perPage = Math.max(parsePositive(ctx.search.get('per_page'), DEFAULT_PER_PAGE), 1);
  const filter = ctx.search.get('filter') ?? '';
  const pattern = `%${filter.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
  const result = await ctx.db.authTransaction(async (tx) => {
    const where = `aud = $1 and ($2 = '' or email ilike $3 or raw_user_meta_data ->> 'full_name' ilike $3)`;
    const count = await tx.query<{ total: string }>(
      `select count(*) as total from auth.users where ${where}`,
      [DEFAULT_AUDIENCE, filter, pattern],
    );
    const ids = await tx.query<{ id: string }>(
      `select id from auth.users where ${where}
       order by created_at desc, id limit $4 offset $5`,
      [DEFAULT_AUDIENCE, filter, pattern, perPage, (page - 1) * perPage],
    );
    const users = [];
    for (const { id } of ids.rows) users.push(await loadUserJson(tx, id));
    return { total: Number(count.rows[0]!.total), users };
  });
  sendJson(
    ctx.res,
    200,
    { users: result.users, aud: DEFAULT_AUDIENCE },
    {
      'X-Total-Count': String(result.total),
      Link: paginationLink(ctx, page, perPage, result.total),
    },
  );
}

async function loadUserJson(tx: Queryable, id: string): Promise<Record<string, unknown>> {
  const user = await findUserById(tx, id);
  if (!user) throw new AuthError(404, 'user_not_found', 'User not found');
  return userJson(user, await findIdentities(tx, id));
}

async function getUser(ctx: AuthContext, id: string): Promise<void> {
  sendJson(ctx.res, 200, await ctx.db.authTransaction((tx) => loadUserJson(tx, id)));
}

interface AdminParams {
  id?: string;
  email?: string;
  password?: string;
  role?: string;
  emailConfirm: boolean;
  userMetadata?: JsonObject;
  appMetadata?: JsonObject;
  banDuration?: string;
}

function readAdminParams(body: JsonObject): AdminParams {
  const rawEmail = stringField(body, 'email');
  return {
    id: stringField(body, 'id'),
    email: rawEmail ? validateEmail(rawEmail) : undefined,
    password: stringField(body, 'password'),
    role: stringField(body, 'role'),
    emailConfirm: booleanField(body, 'email_confirm'),
    userMetadata: objectField(body, 'user_metadata'),
    appMetadata: objectField(body, 'app_metadata'),
    banDuration: stringField(body, 'ban_duration'),
  };
}

/** Go duration strings such as `24h`, `1h30m` or `90s`; `none` lifts a ban. */
function banInterval(duration: string): number | null {
  if (duration === 'none') return null;
  const units: Record<string, number> = {
    ns: 1e-9,
    us: 1e-6,
    µs: 1e-6,
    ms: 1e-3,
    s: 1,
    m: 60,
    h: 3600,
  };
  const parts = [...duration.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g)];
  if (parts.length === 0 || parts.map((part) => part[0]).join('') !== duration) {
    throw badRequest(
      'validation_failed',
      `invalid format for ban duration: time: invalid duration "${duration}"`,
    );
  }
  return parts.reduce((seconds, part) => seconds + Number(part[1]) * units[part[2]!]!, 0);
}

async function applyBan(tx: Queryable, id: string, duration: string): Promise<void> {
  const seconds = banInterval(duration);
  await tx.query(
    `update auth.users
     set banned_until = case when $2::float8 is null then null
                             else now() + make_interval(secs => $2::float8) end,
         updated_at = now()
     where id = $1`,
    [id, seconds],
  );
}

async function createUser(ctx: AuthContext): Promise<void> {
  const params = readAdminParams(await readJsonObject(ctx));
  if (!params.email) {
    throw badRequest('validation_failed', 'Cannot create a user without either an email or phone');
  }
  if (
    params.id !== undefined &&
    (!UUID.test(params.id) || /^0{8}-0{4}-0{4}-0{4}-0{12}$/.test(params.id))
  ) {
    throw badRequest('validation_failed', 'ID must conform to the uuid v4 format');
  }
  if (params.password && params.password.length > MAX_PASSWORD_LENGTH) {
    throw badRequest('validation_failed', 'bcrypt: password length exceeds 72 bytes');
  }
  // GoTrue gives a user created without a password a random, unpublished one.
  const passwordHash = await hashPassword(params.password || randomBytes(48).toString('base64url'));
  const email = params.email;

  const body = await ctx.db.authTransaction(async (tx) => {
    if (await findDuplicateEmail(tx, email, null)) {
      throw unprocessable('email_exists', DUPLICATE_EMAIL);
    }
    const id = await insertUser(tx, {
      id: params.id,
      email,
      passwordHash,
      role: params.role || 'authenticated',
      userMetadata: params.userMetadata ?? {},
      appMetadata: mergeMetadata(
        { provider: 'email', providers: ['email'] },
        params.appMetadata ?? {},
      ),
      confirmed: params.emailConfirm,
    });
    if (params.banDuration) await applyBan(tx, id, params.banDuration);
    return loadUserJson(tx, id);
  });
  sendJson(ctx.res, 200, body);
}

async function updateUser(ctx: AuthContext, id: string): Promise<void> {
  const params = readAdminParams(await readJsonObject(ctx));
  if (params.password !== undefined) checkPasswordStrength(params.password, ctx.config.auth);
  const passwordHash = params.password !== undefined ? await hashPassword(params.password) : null;

  const body = await ctx.db.authTransaction(async (tx) => {
    const user = await findUserById(tx, id);
    if (!user) throw new AuthError(404, 'user_not_found', 'User not found');
    if (params.role) {
      await tx.query('update auth.users set role = $2, updated_at = now() where id = $1', [
        id,
        params.role,
      ]);
    }
    if (params.emailConfirm) {
      await tx.query(
        `update auth.users set email_confirmed_at = coalesce(email_confirmed_at, now()),
           updated_at = now() where id = $1`,
        [id],
      );
    }
    if (passwordHash !== null) {
      await tx.query(
        'update auth.users set encrypted_password = $2, updated_at = now() where id = $1',
        [id, passwordHash],
      );
      await tx.query('delete from auth.sessions where user_id = $1', [id]);
    }
    if (params.email && params.email !== user.email) {
      await changeEmail(tx, user, params.email, params.emailConfirm);
    }
    if (params.appMetadata) {
      await tx.query(
        'update auth.users set raw_app_meta_data = $2::jsonb, updated_at = now() where id = $1',
        [id, JSON.stringify(mergeMetadata(user.raw_app_meta_data, params.appMetadata))],
      );
    }
    if (params.userMetadata) {
      await tx.query(
        'update auth.users set raw_user_meta_data = $2::jsonb, updated_at = now() where id = $1',
        [id, JSON.stringify(mergeMetadata(user.raw_user_meta_data, params.userMetadata))],
      );
    }
    if (params.banDuration) await applyBan(tx, id, params.banDuration);
    return loadUserJson(tx, id);
  });
  sendJson(ctx.res, 200, body);
}

async function changeEmail(tx: Queryable, user: UserRow, email: string, verified: boolean) {
  if (await findDuplicateEmail(tx, email, user.id)) {
    throw unprocessable('email_exists', DUPLICATE_EMAIL);
  }
  const updated = await tx.query(
    `update auth.identities
     set identity_data = identity_data
           || jsonb_build_object('email', $2::text, 'email_verified', $3::boolean),
         updated_at = now()
     where user_id = $1 and provider = 'email'
     returning id`,
    [user.id, email, verified],
  );
  if (updated.rows.length === 0) await insertEmailIdentity(tx, user.id, email, verified);
  await tx.query('update auth.users set email = $2, updated_at = now() where id = $1', [
    user.id,
    email,
  ]);
}

async function deleteUser(ctx: AuthContext, id: string): Promise<void> {
  const text = ctx.req.headers['content-length'] === '0' ? {} : await readOptionalBody(ctx);
  const softDelete = booleanField(text, 'should_soft_delete');
  await ctx.db.authTransaction(async (tx) => {
    const user = await findUserById(tx, id);
    if (!user) throw new AuthError(404, 'user_not_found', 'User not found');
    if (!softDelete) {
      await tx.query('delete from auth.users where id = $1', [id]);
      return;
    }
    if (user.deleted_at) return;
    // GoTrue keeps a soft-deleted row but frees its address and identities.
    await tx.query(
      `update auth.users set deleted_at = now(), email = null, phone = null,
         encrypted_password = '', updated_at = now() where id = $1`,
      [id],
    );
    await tx.query('delete from auth.identities where user_id = $1', [id]);
    await tx.query('delete from auth.sessions where user_id = $1', [id]);
  });
  sendJson(ctx.res, 200, {});
}

async function readOptionalBody(ctx: AuthContext): Promise<JsonObject> {
  try {
    return await readJsonObject(ctx);
  } catch (error) {
    // An empty body is allowed here; GoTrue only parses a body that has bytes.
    if (
      error instanceof AuthError &&
      error.code === 'bad_json' &&
      /end of JSON|Unexpected end/i.test(error.message)
    ) {
      return {};
    }
    throw error;
  }
}
