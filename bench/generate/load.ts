// Loads generated schools into a database built from the migrations, in large batches: one
// `insert ... select from unnest(...)` per table and batch, with the values of each column
// sent as one array literal. That works the same on PostgreSQL (pg) and on PGlite.

import bcrypt from 'bcryptjs';

import type { Database } from '../../local-supabase/db/types.ts';
import { londonToday, type IsoDate } from '../../supabase/seed/dates.ts';
import type { SchoolRow } from '../../supabase/seed/rows.ts';
import { bankHolidays, academicYearOf } from './calendar.ts';
import { generateSchool, type GeneratedSchool, type SignIn } from './school.ts';

/** Password of every generated sign-in. */
export const BENCH_PASSWORD = 'bench-password';

/**
 * Extra sessions per term week of a pairing, on top of the cadence. With the cadence this
 * gives about 2,000 sessions per school, so 2 million at 1,000 schools. The demo seed logs
 * about 0.1 extra sessions a week: pass 0.1 for the demo's density.
 */
export const DEFAULT_EXTRA_SESSIONS_PER_WEEK = 1.9;

type Value = string | number | boolean | null;

interface Column<R> {
  name: string;
  type: string;
  value: (row: R) => Value;
}

/** Writes values as a PostgreSQL array literal: every element quoted, NULL unquoted. */
export function arrayLiteral(values: readonly Value[]): string {
  const items = values.map((value) => {
    if (value === null) return 'NULL';
    const text = String(value);
    return `"${text.replace(/[\\"]/g, (character) => `\\${character}`)}"`;
  });
  return `{${items.join(',')}}`;
}

function column<R>(name: string, type: string, value: (row: R) => Value): Column<R> {
  return { name, type, value };
}

/** One table's pending rows and how to turn them into one insert statement. */
class TableBuffer<R> {
  rows: R[] = [];
  inserted = 0;

  constructor(
    readonly table: string,
    private readonly columns: Column<R>[],
  ) {}

  async flush(db: Database): Promise<void> {
    if (this.rows.length === 0) return;
    const names = this.columns.map((c) => c.name).join(', ');
    const arrays = this.columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
    const params = this.columns.map((c) => arrayLiteral(this.rows.map(c.value)));
    await db.query(`insert into ${this.table} (${names}) select * from unnest(${arrays})`, params);
    this.inserted += this.rows.length;
    this.rows = [];
  }
}

type Row<K extends keyof GeneratedSchool> = GeneratedSchool[K] extends (infer R)[] ? R : never;

interface AuthUser {
  signIn: SignIn;
  fullName: string;
}

function buffers(passwordHash: string, bodyIds: Map<string, string>) {
  const created = '2024-07-15 09:00:00 Europe/London';
  return {
    authUsers: new TableBuffer<AuthUser>('auth.users', [
      column('instance_id', 'uuid', () => '00000000-0000-0000-0000-000000000000'),
      column('id', 'uuid', (u) => u.signIn.userId),
      column('aud', 'text', () => 'authenticated'),
      column('role', 'text', () => 'authenticated'),
      column('email', 'text', (u) => u.signIn.email),
      column('encrypted_password', 'text', () => passwordHash),
      column('email_confirmed_at', 'timestamptz', () => created),
      column('confirmation_token', 'text', () => ''),
      column('recovery_token', 'text', () => ''),
      column('email_change_token_new', 'text', () => ''),
      column('email_change', 'text', () => ''),
      column('raw_app_meta_data', 'jsonb', () => '{"provider":"email","providers":["email"]}'),
      column('raw_user_meta_data', 'jsonb', (u) => JSON.stringify({ full_name: u.fullName })),
      column('created_at', 'timestamptz', () => created),
      column('updated_at', 'timestamptz', () => created),
    ]),
    authIdentities: new TableBuffer<AuthUser>('auth.identities', [
      column('id', 'uuid', (u) => u.signIn.userId),
      column('provider_id', 'text', (u) => u.signIn.userId),
      column('user_id', 'uuid', (u) => u.signIn.userId),
      column('identity_data', 'jsonb', (u) =>
        JSON.stringify({
          sub: u.signIn.userId,
          email: u.signIn.email,
          email_verified: true,
          phone_verified: false,
        }),
      ),
      column('provider', 'text', () => 'email'),
      column('created_at', 'timestamptz', () => created),
      column('updated_at', 'timestamptz', () => created),
    ]),
    schools: new TableBuffer<SchoolRow>('public.schools', [
      column('id', 'uuid', (s) => s.id),
      column('urn', 'text', (s) => s.urn),
      column('name', 'text', (s) => s.name),
      column('phase', 'public.school_phase', (s) => s.phase),
      column('local_authority', 'text', (s) => s.local_authority),
      column('appropriate_body_id', 'uuid', (s) => bodyIds.get(s.appropriate_body_name) ?? null),
      column('year_one_sessions_per_week', 'numeric', (s) => s.year_one_sessions_per_week),
      column('year_two_sessions_per_week', 'numeric', (s) => s.year_two_sessions_per_week),
    ]),
    termDates: new TableBuffer<Row<'termDates'>>('public.term_dates', [
      column('id', 'uuid', (t) => t.id),
      column('school_id', 'uuid', (t) => t.school_id),
      column('academic_year', 'integer', (t) => t.academic_year),
      column('term', 'smallint', (t) => t.term),
      column('starts_on', 'date', (t) => t.starts_on),
      column('ends_on', 'date', (t) => t.ends_on),
      column('half_term_starts_on', 'date', (t) => t.half_term_starts_on),
      column('half_term_ends_on', 'date', (t) => t.half_term_ends_on),
    ]),
    staff: new TableBuffer<Row<'staff'>>('public.staff', [
      column('id', 'uuid', (s) => s.id),
      column('school_id', 'uuid', (s) => s.school_id),
      column('user_id', 'uuid', (s) => s.user_id),
      column('full_name', 'text', (s) => s.full_name),
      column('email', 'text', (s) => s.email),
      column('trn', 'text', (s) => s.trn),
      column('qts_held', 'boolean', (s) => s.qts_held),
    ]),
    schoolRoles: new TableBuffer<Row<'schoolRoles'>>('public.school_roles', [
      column('id', 'uuid', (r) => r.id),
      column('school_id', 'uuid', (r) => r.school_id),
      column('staff_id', 'uuid', (r) => r.staff_id),
      column('role', 'public.school_role', (r) => r.role),
    ]),
    inductions: new TableBuffer<Row<'inductions'>>('public.ect_inductions', [
      column('id', 'uuid', (e) => e.id),
      column('school_id', 'uuid', (e) => e.school_id),
      column('ect_staff_id', 'uuid', (e) => e.ect_staff_id),
      column('started_on', 'date', (e) => e.started_on),
      column('fte', 'numeric', (e) => e.fte),
      column('programme', 'public.induction_programme', (e) => e.programme),
      column('status', 'public.induction_status', (e) => e.status),
      column('status_changed_on', 'date', (e) => e.status_changed_on),
    ]),
    mentors: new TableBuffer<Row<'mentors'>>('public.mentors', [
      column('id', 'uuid', (m) => m.id),
      column('school_id', 'uuid', (m) => m.school_id),
      column('staff_id', 'uuid', (m) => m.staff_id),
      column('ab_check_requested_on', 'date', (m) => m.ab_check_requested_on),
      column('ab_check_confirmed_on', 'date', (m) => m.ab_check_confirmed_on),
      column('dfe_registered_on', 'date', (m) => m.dfe_registered_on),
      column('training_scheme', 'public.mentor_training_scheme', (m) => m.training_scheme),
      column('training_started_on', 'date', (m) => m.training_started_on),
    ]),
    pairings: new TableBuffer<Row<'pairings'>>('public.pairings', [
      column('id', 'uuid', (p) => p.id),
      column('school_id', 'uuid', (p) => p.school_id),
      column('mentor_id', 'uuid', (p) => p.mentor_id),
      column('ect_induction_id', 'uuid', (p) => p.ect_induction_id),
      column('started_on', 'date', (p) => p.started_on),
      column('ended_on', 'date', (p) => p.ended_on),
      column('end_reason', 'text', (p) => p.end_reason),
    ]),
    timetableSlots: new TableBuffer<Row<'timetableSlots'>>('public.timetable_slots', [
      column('id', 'uuid', (t) => t.id),
      column('school_id', 'uuid', (t) => t.school_id),
      column('pairing_id', 'uuid', (t) => t.pairing_id),
      column('weekday', 'smallint', (t) => t.weekday),
      column('starts_at', 'time', (t) => t.starts_at),
      column('minutes', 'integer', (t) => t.minutes),
      column('in_teaching_hours', 'boolean', (t) => t.in_teaching_hours),
      column('effective_from', 'date', (t) => t.effective_from),
      column('effective_to', 'date', (t) => t.effective_to),
    ]),
    sessions: new TableBuffer<Row<'sessions'>>('public.mentor_sessions', [
      column('id', 'uuid', (s) => s.id),
      column('school_id', 'uuid', (s) => s.school_id),
      column('pairing_id', 'uuid', (s) => s.pairing_id),
      column('held_on', 'date', (s) => s.held_on),
      column('minutes', 'integer', (s) => s.minutes),
      column('kind', 'public.session_kind', (s) => s.kind),
      column('in_teaching_hours', 'boolean', (s) => s.in_teaching_hours),
      column('notes', 'text', (s) => s.notes),
      column('created_by', 'uuid', (s) => s.created_by),
    ]),
    concerns: new TableBuffer<Row<'concerns'>>('public.concerns', [
      column('id', 'uuid', (c) => c.id),
      column('school_id', 'uuid', (c) => c.school_id),
      column('subject', 'public.concern_subject', (c) => c.subject),
      column('ect_induction_id', 'uuid', (c) => c.ect_induction_id),
      column('mentor_id', 'uuid', (c) => c.mentor_id),
      column('summary', 'text', (c) => c.summary),
      column('details', 'text', (c) => c.details),
      column('status', 'public.concern_status', (c) => c.status),
      column('raised_by_staff_id', 'uuid', (c) => c.raised_by_staff_id),
      column('assigned_to_staff_id', 'uuid', (c) => c.assigned_to_staff_id),
      column('raised_at', 'timestamptz', (c) => c.raised_at),
      column('escalated_on', 'date', (c) => c.escalated_on),
      column('resolved_at', 'timestamptz', (c) => c.resolved_at),
      column('resolution', 'text', (c) => c.resolution),
    ]),
  };
}

/** Public tables whose user triggers (audit log, row versions, checks) are off while loading. */
const TRIGGERED_TABLES = [
  'schools',
  'staff',
  'school_roles',
  'ect_inductions',
  'mentors',
  'pairings',
  'timetable_slots',
  'mentor_sessions',
  'concerns',
  'term_dates',
];

export interface LoadOptions {
  schools: number;
  /** Last day with sessions; today in England when omitted. */
  today?: IsoDate;
  extraSessionsPerWeek?: number;
  /** Called after each flush with the schools done so far. */
  onProgress?: (schoolsDone: number) => void;
  /** Called with each school's rows as it is generated, before they are inserted. */
  onSchool?: (school: GeneratedSchool) => void;
}

export interface LoadResult {
  today: IsoDate;
  /** Rows inserted per table. */
  rows: Record<string, number>;
  signIns: SignIn[];
  seconds: number;
}

/** Rows of sessions that trigger a flush of every table, parents first. */
const FLUSH_EVERY_SESSIONS = 20_000;

/**
 * Generates `schools` schools and loads them with their sign-ins. The user triggers (audit
 * log, row versions, the session date checks) are disabled during the load and enabled
 * again after it. `checkLoadedData` then checks what those triggers would have enforced.
 * NOTE: so the audit log has no rows for generated data; no page reads it.
 */
export async function loadSchools(db: Database, options: LoadOptions): Promise<LoadResult> {
  const started = performance.now();
  const today = options.today ?? londonToday();
  const year = academicYearOf(today);
  const holidays = new Set(
    [year - 3, year - 2, year - 1, year, year + 1, year + 2].flatMap(bankHolidays),
  );
  const bodies = await db.query<{ id: string; name: string }>(
    'select id, name from public.appropriate_bodies order by name',
  );
  const bodyIds = new Map(bodies.rows.map((body) => [body.name, body.id]));
  if (bodyIds.size === 0) {
    throw new Error('public.appropriate_bodies is empty: apply the migrations before loading');
  }
  // bcrypt is deliberately slow, so the shared password is hashed once for every user.
  const passwordHash = await bcrypt.hash(BENCH_PASSWORD, 10);
  const tables = buffers(passwordHash, bodyIds);
  const ordered = Object.values(tables) as TableBuffer<unknown>[];
  const signIns: SignIn[] = [];

  const flushAll = async () => {
    for (const buffer of ordered) await buffer.flush(db);
  };

  await db.exec(
    TRIGGERED_TABLES.map((table) => `alter table public.${table} disable trigger user;`).join('\n'),
  );
  try {
    for (let index = 0; index < options.schools; index += 1) {
      const school = generateSchool(index, {
        today,
        appropriateBodies: [...bodyIds.keys()],
        bankHolidays: holidays,
        extraSessionsPerWeek: options.extraSessionsPerWeek ?? DEFAULT_EXTRA_SESSIONS_PER_WEEK,
      });
      options.onSchool?.(school);
      const staffById = new Map(school.staff.map((staff) => [staff.id, staff]));
      for (const signIn of school.signIns) {
        const user = { signIn, fullName: staffById.get(signIn.staffId)!.full_name };
        tables.authUsers.rows.push(user);
        tables.authIdentities.rows.push(user);
      }
      signIns.push(...school.signIns);
      tables.schools.rows.push(school.school);
      tables.termDates.rows.push(...school.termDates);
      tables.staff.rows.push(...school.staff);
      tables.schoolRoles.rows.push(...school.schoolRoles);
      tables.inductions.rows.push(...school.inductions);
      tables.mentors.rows.push(...school.mentors);
      tables.pairings.rows.push(...school.pairings);
      tables.timetableSlots.rows.push(...school.timetableSlots);
      tables.sessions.rows.push(...school.sessions);
      tables.concerns.rows.push(...school.concerns);
      if (tables.sessions.rows.length >= FLUSH_EVERY_SESSIONS) {
        await flushAll();
        options.onProgress?.(index + 1);
      }
    }
    await flushAll();
    options.onProgress?.(options.schools);
  } finally {
    await db.exec(
      TRIGGERED_TABLES.map((table) => `alter table public.${table} enable trigger user;`).join(
        '\n',
      ),
    );
  }
  await db.exec('analyze');

  const rows: Record<string, number> = {};
  for (const buffer of ordered) rows[buffer.table] = buffer.inserted;
  return { today, rows, signIns, seconds: (performance.now() - started) / 1000 };
}

/**
 * Checks what the disabled triggers would have enforced: sessions inside their pairing's
 * dates and not after today. Throws with the count of offending rows.
 */
export async function checkLoadedData(db: Database, today: IsoDate): Promise<void> {
  const result = await db.query<{ bad: string }>(
    `select count(*)::text as bad
     from public.mentor_sessions ms
     join public.pairings p on p.id = ms.pairing_id
     where ms.held_on < p.started_on
       or ms.held_on > coalesce(p.ended_on, $1::date)
       or ms.held_on > $1::date`,
    [today],
  );
  const bad = Number(result.rows[0]!.bad);
  if (bad > 0) {
    throw new Error(
      `${bad} generated sessions fall outside their pairing's dates or after ${today}`,
    );
  }
}
