import { sendJson } from '../../http.ts';
import { requireClaims, requireUser } from '../bearer.ts';
import {
  type AuthContext,
  objectField,
  readJsonObject,
  stringField,
  validateEmail,
} from '../context.ts';
import { AuthError, badRequest, forbidden, unprocessable } from '../errors.ts';
import { userJson } from '../format.ts';
import { checkPasswordStrength, hashPassword, verifyPassword } from '../password.ts';
import { deleteSessions, type LogoutScope } from '../sessions.ts';
import {
  findDuplicateEmail,
  findIdentities,
  findUserById,
  lockUser,
  mergeMetadata,
} from '../users.ts';

/** `GET /user`: the signed-in user. */
export async function handleGetUser(ctx: AuthContext): Promise<void> {
  const claims = await requireClaims(ctx.req, ctx.config.jwtSecret);
  const body = await ctx.db.authTransaction(async (tx) => {
    const { user } = await requireUser(tx, claims);
    ctx.log.userId = user.id;
    if (
      claims.aud !== (user.aud ?? '') &&
      !(Array.isArray(claims.aud) && claims.aud[0] === user.aud)
    ) {
      throw badRequest('validation_failed', "Token audience doesn't match request audience");
    }
    return userJson(user, await findIdentities(tx, user.id));
  });
  sendJson(ctx.res, 200, body);
}

/**
 * `PUT /user {email, password, data}`. A new password signs out the user's
 * other sessions; a new address waits in `new_email` for a confirmation
 * that this stand-in cannot send.
 */
export async function handleUpdateUser(ctx: AuthContext): Promise<void> {
  const claims = await requireClaims(ctx.req, ctx.config.jwtSecret);
  const body = await readJsonObject(ctx);
  const rawEmail = stringField(body, 'email');
  const password = stringField(body, 'password');
  const data = objectField(body, 'data');
  const appData = objectField(body, 'app_metadata');
  const email = rawEmail ? validateEmail(rawEmail) : undefined;
  if (password !== undefined) checkPasswordStrength(password, ctx.config.auth);
  const passwordHash = password ? await hashPassword(password) : undefined;

  const response = await ctx.db.authTransaction(async (tx) => {
    const { user, sessionId } = await requireUser(tx, claims);
    ctx.log.userId = user.id;
    await lockUser(tx, user.id);
    if (appData) {
      throw forbidden('not_admin', 'Updating app_metadata requires admin privileges');
    }
    if (email && email !== user.email) {
      if (await findDuplicateEmail(tx, email, user.id)) {
        throw unprocessable(
          'email_exists',
          'A user with this email address has already been registered',
        );
      }
    }
    if (password !== undefined && passwordHash !== undefined) {
      if (await verifyPassword(password, user.encrypted_password)) {
        throw unprocessable(
          'same_password',
          'New password should be different from the old password.',
        );
      }
      await tx.query(
        `update auth.users set encrypted_password = $2, updated_at = now() where id = $1`,
        [user.id, passwordHash],
      );
      await deleteSessions(tx, user.id, sessionId, sessionId ? 'others' : 'global');
    }
    if (data) {
      await tx.query(
        `update auth.users set raw_user_meta_data = $2::jsonb, updated_at = now() where id = $1`,
        [user.id, JSON.stringify(mergeMetadata(user.raw_user_meta_data, data))],
      );
    }
    if (email && email !== user.email) {
      // NOTE: GoTrue mails a confirmation link and changes the address only
      // when it is followed; without a mailer the change stays pending.
      await tx.query(
        `update auth.users set email_change = $2, email_change_sent_at = now(), updated_at = now()
         where id = $1`,
        [user.id, email],
      );
    }
    const updated = (await findUserById(tx, user.id))!;
    return userJson(updated, await findIdentities(tx, user.id));
  });
  sendJson(ctx.res, 200, response);
}

const LOGOUT_SCOPES: LogoutScope[] = ['global', 'local', 'others'];

/** `POST /logout?scope=global|local|others`: 204 after deleting the matching sessions. */
export async function handleLogout(ctx: AuthContext): Promise<void> {
  const claims = await requireClaims(ctx.req, ctx.config.jwtSecret);
  const requested = ctx.search.get('scope') || 'global';
  if (!(LOGOUT_SCOPES as string[]).includes(requested)) {
    throw new AuthError(400, 'validation_failed', `Unsupported logout scope "${requested}"`);
  }
  await ctx.db.authTransaction(async (tx) => {
    const { user, sessionId } = await requireUser(tx, claims);
    ctx.log.userId = user.id;
    await deleteSessions(tx, user.id, sessionId, requested as LogoutScope);
  });
  ctx.res.writeHead(204);
  ctx.res.end();
}
