import { sendJson } from '../../http.ts';
import { requireAdminRole, requireClaims } from '../bearer.ts';
import {
  confirmationLink,
  newConfirmationToken,
  redirectTarget,
  storeConfirmationToken,
} from '../confirmation.ts';
import {
  type AuthContext,
  objectField,
  readJsonObject,
  stringField,
  validateEmail,
} from '../context.ts';
import { AuthError, badRequest, unprocessable } from '../errors.ts';
import { userJson } from '../format.ts';
import { checkPasswordStrength, hashPassword } from '../password.ts';
import {
  findIdentities,
  findUserByEmail,
  findUserById,
  insertUser,
  mergeMetadata,
} from '../users.ts';

const DUPLICATE_EMAIL = 'A user with this email address has already been registered';

/** Link types GoTrue's `generate_link` accepts; the stand-in serves only `signup`. */
const KNOWN_TYPES = new Set([
  'signup',
  'invite',
  'magiclink',
  'recovery',
  'email_change_current',
  'email_change_new',
]);

/**
 * `POST /admin/generate_link {type: 'signup', email, password, data, redirect_to}`
 * (service_role only): creates the user unconfirmed if needed, stores a new
 * confirmation token and returns the link instead of mailing it, with
 * GoTrue's fields (`action_link`, `email_otp`, `hashed_token`,
 * `verification_type`, `redirect_to`) beside the user's.
 */
export async function handleGenerateLink(ctx: AuthContext): Promise<void> {
  const claims = await requireClaims(ctx.req, ctx.config.jwtSecret);
  requireAdminRole(claims);
  const body = await readJsonObject(ctx);
  const type = stringField(body, 'type') ?? '';
  const email = validateEmail(stringField(body, 'email'));
  const password = stringField(body, 'password') ?? '';
  const data = objectField(body, 'data') ?? {};
  const requested = stringField(body, 'redirect_to');
  const redirectTo = redirectTarget(
    ctx.config.auth,
    requested ?? ctx.search.get('redirect_to'),
    ctx.req.headers.referer,
  );

  if (!KNOWN_TYPES.has(type)) {
    throw badRequest('validation_failed', `Invalid email action link type requested: ${type}`);
  }
  if (type !== 'signup') {
    // NOTE: invite, magic link, recovery and email change links are not imitated.
    throw new AuthError(
      501,
      'not_implemented',
      `The local stand-in generates only signup links, not ${type}`,
    );
  }

  const existing = await ctx.db.authTransaction((tx) => findUserByEmail(tx, email));
  let passwordHash: string | null = null;
  if (!existing) {
    if (!password) throw badRequest('validation_failed', 'Signup requires a valid password');
    checkPasswordStrength(password, ctx.config.auth);
    passwordHash = await hashPassword(password);
  }

  const token = newConfirmationToken(email);
  const response = await ctx.db.authTransaction(async (tx) => {
    const user = await findUserByEmail(tx, email);
    let userId: string;
    if (user) {
      if (user.email_confirmed_at) {
        throw unprocessable('email_exists', DUPLICATE_EMAIL);
      }
      // GoTrue merges the new metadata into an unconfirmed user but keeps its password.
      await tx.query(
        'update auth.users set raw_user_meta_data = $2::jsonb, updated_at = now() where id = $1',
        [user.id, JSON.stringify(mergeMetadata(user.raw_user_meta_data, data))],
      );
      userId = user.id;
    } else {
      // Another request registered the address after the first look-up.
      if (passwordHash === null) throw unprocessable('email_exists', DUPLICATE_EMAIL);
      userId = await insertUser(tx, {
        email,
        passwordHash,
        role: 'authenticated',
        userMetadata: data,
        appMetadata: { provider: 'email', providers: ['email'] },
        confirmed: false,
      });
    }
    await storeConfirmationToken(tx, userId, token.hash);
    const row = (await findUserById(tx, userId))!;
    return {
      ...userJson(row, await findIdentities(tx, userId)),
      action_link: confirmationLink(ctx.issuer, token.hash, redirectTo),
      email_otp: token.otp,
      hashed_token: token.hash,
      verification_type: type,
      redirect_to: redirectTo,
    };
  });
  sendJson(ctx.res, 200, response);
}
