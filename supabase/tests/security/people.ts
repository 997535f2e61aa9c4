// The people the security tests act as: the seed's demo sign-ins plus the roles the seed lacks,
// created through the auth admin API and linked to staff rows by SQL run as the owner.

import type { SupabaseClient } from '@supabase/supabase-js';
import { createTestClient } from '../../../local-supabase/testing/clients.ts';
import type { TestStack } from '../../../local-supabase/testing/stack.ts';

export const DEMO_PASSWORD = 'mentoring-demo';

export const PERSONAS = [
  'anon',
  'noSchool',
  'ect',
  'mentor',
  'otherMentor',
  'head',
  'tutor',
  'otherTutor',
  'twoSchools',
  'service',
] as const;

export type Persona = (typeof PERSONAS)[number];

export const PERSONA_LABELS: Record<Persona, string> = {
  anon: 'anon',
  noSchool: 'user with no school',
  ect: 'ECT',
  mentor: 'mentor',
  otherMentor: 'mentor of another pairing',
  head: 'headteacher',
  tutor: 'induction tutor',
  otherTutor: 'tutor of another school',
  twoSchools: 'user at two schools',
  service: 'service role',
};

/** Sign-in emails. Oakfield is the school every write test targets. */
export const EMAILS = {
  ect: 'ect@oakfield.example',
  mentor: 'mentor@oakfield.example',
  head: 'head@oakfield.example',
  tutor: 'tutor@oakfield.example',
  otherTutor: 'tutor@brookside.example',
  noSchool: 'no.school@example.test',
  // Rachel Whitfield mentors other Oakfield ECTs; the seed gives her no sign-in.
  otherMentor: 'rachel.whitfield@oakfield.example',
  // Marcus Bell mentors at Oakfield; the tests also make him induction tutor at Brookside.
  twoSchools: 'marcus.bell@oakfield.example',
} as const;

export interface Ids {
  oakfield: string;
  brookside: string;
  riverside: string;
  /** auth.users ids by persona (signed-in personas only). */
  users: Partial<Record<Persona, string>>;
  /** Each signed-in persona's staff row at Oakfield, when they have one. */
  oakfieldStaff: Partial<Record<Persona, string>>;
  /** Daniel Okafor's (the mentor persona's) mentor row at Oakfield. */
  danielMentor: string;
  /** Marcus Bell's (the two-school persona's) mentor row at Oakfield. */
  marcusMentor: string;
  /** Gareth Llewellyn's mentor row at Brookside. */
  brooksideMentor: string;
  /** Amara Nwosu's (the ECT persona's) induction at Oakfield. */
  amaraInduction: string;
  /** Amara's current pairing, with Daniel. */
  amaraPairing: string;
  /** Gareth Llewellyn's current pairing with Zoë Sinclair at Brookside. */
  brooksidePairing: string;
}

export interface People {
  ids: Ids;
  clients: Record<Persona, SupabaseClient>;
  /** A fresh client signed in as the persona, with its own session. */
  signIn(persona: Exclude<Persona, 'anon' | 'service'>): Promise<SupabaseClient>;
}

async function one<R>(stack: TestStack, sql: string, params: unknown[] = []): Promise<R> {
  const rows = await stack.sql<R>(sql, params);
  if (rows.length !== 1) {
    throw new Error(`expected one row, got ${rows.length}: ${sql} ${JSON.stringify(params)}`);
  }
  return rows[0]!;
}

async function idOf(stack: TestStack, sql: string, params: unknown[] = []): Promise<string> {
  return (await one<{ id: string }>(stack, sql, params)).id;
}

/** Creates a confirmed auth user through the admin API, as an admin script would. */
export async function createAuthUser(stack: TestStack, email: string): Promise<string> {
  const admin = createTestClient(stack, stack.serviceRoleKey);
  const { data, error } = await admin.auth.admin.createUser({
    email,
    password: DEMO_PASSWORD,
    email_confirm: true,
  });
  if (error) throw new Error(`creating auth user ${email} failed: ${error.message}`);
  return data.user.id;
}

export async function signInAs(stack: TestStack, email: string): Promise<SupabaseClient> {
  const client = createTestClient(stack);
  const { error } = await client.auth.signInWithPassword({ email, password: DEMO_PASSWORD });
  if (error) throw new Error(`sign-in as ${email} failed: ${error.message}`);
  return client;
}

const SCHOOL_ID_SQL = 'select id from public.schools where name = $1';

const MENTOR_ID_SQL = `
  select m.id from public.mentors m join public.staff s on s.id = m.staff_id
  where s.email = $1`;

const CURRENT_PAIRING_SQL = `
  select p.id from public.pairings p
  join public.ect_inductions e on e.id = p.ect_induction_id
  join public.staff s on s.id = e.ect_staff_id
  where s.email = $1 and p.ended_on is null`;

const INDUCTION_SQL = `
  select e.id from public.ect_inductions e join public.staff s on s.id = e.ect_staff_id
  where s.email = $1`;

/**
 * Creates the personas the seed lacks and signs every persona in. Run once per stack, after
 * the seed.
 */
export async function setUpPeople(stack: TestStack): Promise<People> {
  const oakfield = await idOf(stack, SCHOOL_ID_SQL, ['Oakfield Primary School']);
  const brookside = await idOf(stack, SCHOOL_ID_SQL, ['Brookside Academy']);
  const riverside = await idOf(stack, SCHOOL_ID_SQL, ['Riverside All-Through School']);

  await createAuthUser(stack, EMAILS.noSchool);
  const rachel = await createAuthUser(stack, EMAILS.otherMentor);
  await stack.sql('update public.staff set user_id = $1 where email = $2', [
    rachel,
    EMAILS.otherMentor,
  ]);
  const marcus = await createAuthUser(stack, EMAILS.twoSchools);
  await stack.sql('update public.staff set user_id = $1 where email = $2', [
    marcus,
    EMAILS.twoSchools,
  ]);
  await stack.sql(
    `with added as (
       insert into public.staff (school_id, user_id, full_name, email, qts_held)
       values ($1, $2, 'Marcus Bell', $3, true)
       returning id, school_id
     )
     insert into public.school_roles (school_id, staff_id, role)
     select school_id, id, 'induction_tutor' from added`,
    [brookside, marcus, EMAILS.twoSchools],
  );

  const signedIn = ['noSchool', 'ect', 'mentor', 'otherMentor', 'head', 'tutor', 'otherTutor'];
  const users: Partial<Record<Persona, string>> = {};
  const oakfieldStaff: Partial<Record<Persona, string>> = {};
  for (const persona of [...signedIn, 'twoSchools'] as (keyof typeof EMAILS)[]) {
    users[persona] = await idOf(stack, 'select id from auth.users where lower(email) = $1', [
      EMAILS[persona],
    ]);
    const staff = await stack.sql<{ id: string }>(
      'select id from public.staff where user_id = $1 and school_id = $2',
      [users[persona], oakfield],
    );
    if (staff[0]) oakfieldStaff[persona] = staff[0].id;
  }

  const ids: Ids = {
    oakfield,
    brookside,
    riverside,
    users,
    oakfieldStaff,
    danielMentor: await idOf(stack, MENTOR_ID_SQL, [EMAILS.mentor]),
    marcusMentor: await idOf(stack, MENTOR_ID_SQL, [EMAILS.twoSchools]),
    brooksideMentor: await idOf(stack, MENTOR_ID_SQL, ['gareth.llewellyn@brookside.example']),
    amaraInduction: await idOf(stack, INDUCTION_SQL, [EMAILS.ect]),
    amaraPairing: await idOf(stack, CURRENT_PAIRING_SQL, [EMAILS.ect]),
    brooksidePairing: await idOf(stack, CURRENT_PAIRING_SQL, ['zoe.sinclair@brookside.example']),
  };

  const signIn = (persona: Exclude<Persona, 'anon' | 'service'>) =>
    signInAs(stack, EMAILS[persona]);
  const clients = {
    anon: createTestClient(stack),
    service: createTestClient(stack, stack.serviceRoleKey),
  } as Record<Persona, SupabaseClient>;
  for (const persona of [...signedIn, 'twoSchools'] as (keyof typeof EMAILS)[]) {
    clients[persona] = await signIn(persona);
  }
  return { ids, clients, signIn };
}
