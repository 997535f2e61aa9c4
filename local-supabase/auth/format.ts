/** A timestamptz in Postgres's UTC text output, as GoTrue's RFC 3339 form. */
export function isoTimestamp(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}(?:\.\d+)?)(?:\+00)?$/.exec(value);
  return match ? `${match[1]}T${match[2]}Z` : new Date(value).toISOString();
}

export interface UserRow {
  id: string;
  aud: string | null;
  role: string | null;
  email: string | null;
  encrypted_password: string | null;
  email_confirmed_at: string | null;
  invited_at: string | null;
  phone: string | null;
  phone_confirmed_at: string | null;
  confirmation_sent_at: string | null;
  confirmed_at: string | null;
  recovery_sent_at: string | null;
  email_change: string | null;
  email_change_sent_at: string | null;
  last_sign_in_at: string | null;
  raw_app_meta_data: Record<string, unknown> | null;
  raw_user_meta_data: Record<string, unknown> | null;
  created_at: string | null;
  updated_at: string | null;
  banned_until: string | null;
  deleted_at: string | null;
  is_anonymous: boolean;
}

export interface IdentityRow {
  id: string;
  provider_id: string;
  user_id: string;
  identity_data: Record<string, unknown>;
  provider: string;
  last_sign_in_at: string | null;
  created_at: string | null;
  updated_at: string | null;
  email: string | null;
}

/** Drops keys whose value is undefined, as Go's `omitempty` does. */
function compact(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

export function identityJson(row: IdentityRow): Record<string, unknown> {
  return compact({
    identity_id: row.id,
    id: row.provider_id,
    user_id: row.user_id,
    identity_data: row.identity_data,
    provider: row.provider,
    last_sign_in_at: isoTimestamp(row.last_sign_in_at),
    created_at: isoTimestamp(row.created_at),
    updated_at: isoTimestamp(row.updated_at),
    email: row.email ?? undefined,
  });
}

/** GoTrue's user object, with its field order and omitted empty timestamps. */
export function userJson(row: UserRow, identities: IdentityRow[]): Record<string, unknown> {
  return compact({
    id: row.id,
    aud: row.aud ?? '',
    role: row.role ?? '',
    email: row.email ?? '',
    email_confirmed_at: isoTimestamp(row.email_confirmed_at),
    invited_at: isoTimestamp(row.invited_at),
    phone: row.phone ?? '',
    phone_confirmed_at: isoTimestamp(row.phone_confirmed_at),
    confirmation_sent_at: isoTimestamp(row.confirmation_sent_at),
    confirmed_at: isoTimestamp(row.confirmed_at),
    recovery_sent_at: isoTimestamp(row.recovery_sent_at),
    new_email: row.email_change || undefined,
    email_change_sent_at: isoTimestamp(row.email_change_sent_at),
    last_sign_in_at: isoTimestamp(row.last_sign_in_at),
    app_metadata: row.raw_app_meta_data ?? {},
    user_metadata: row.raw_user_meta_data ?? {},
    identities: identities.map(identityJson),
    created_at: isoTimestamp(row.created_at),
    updated_at: isoTimestamp(row.updated_at),
    banned_until: isoTimestamp(row.banned_until),
    deleted_at: isoTimestamp(row.deleted_at),
    is_anonymous: row.is_anonymous,
  });
}
