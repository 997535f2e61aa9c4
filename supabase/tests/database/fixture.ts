import { readFileSync } from 'node:fs';
import type { TestStack } from '../../../local-supabase/testing/stack.ts';

/** fixture.sql, to pass as `fixtureSql` to startTestStack. */
export const fixtureSql = readFileSync(new URL('./fixture.sql', import.meta.url), 'utf8');

/** The as-of date the dashboard expectations are computed for (a Wednesday in autumn term). */
export const AS_OF = '2025-11-26';

const id = (suffix: string) => `00000000-0000-4000-8000-000000000${suffix}`;

export const schools = { alder: id('201'), birch: id('202') } as const;

/** auth.users ids of the people who sign in. */
export const users = {
  taraTutor: id('101'),
  halHead: id('102'),
  moMentor: id('103'),
  niaMentor: id('104'),
  avaEct: id('105'),
  benEct: id('106'),
  gusNoRole: id('107'),
  beaBirchTutor: id('108'),
  nobody: id('109'),
} as const;

export const staff = {
  tara: id('301'),
  hal: id('302'),
  mo: id('303'),
  nia: id('304'),
  ava: id('305'),
  ben: id('306'),
  cara: id('307'),
  dev: id('308'),
  beaAtAlder: id('312'),
  bea: id('321'),
  kit: id('322'),
  lou: id('323'),
} as const;

export const inductions = {
  ava: id('401'),
  ben: id('402'),
  cara: id('403'),
  dev: id('404'),
  lou: id('421'),
} as const;

export const mentors = { tara: id('501'), mo: id('502'), nia: id('503'), kit: id('521') } as const;

export const pairings = {
  moAva: id('601'),
  moBenPast: id('602'),
  niaBen: id('603'),
  taraCara: id('604'),
  kitLou: id('621'),
} as const;

export const slots = {
  moAva: id('701'),
  moBenPast: id('702'),
  niaBen: id('703'),
  kitLou: id('721'),
};

export type AsUserResult<R> =
  { rows: R[]; error?: undefined } | { rows?: undefined; error: { code: string; message: string } };

/**
 * Runs one statement as a user (null = anon) through tests.as_user(): the
 * API role, JWT claims and RLS apply, and the statement is rolled back.
 */
export async function asUser<R = Record<string, unknown>>(
  stack: TestStack,
  userId: string | null,
  statement: string,
): Promise<AsUserResult<R>> {
  const [row] = await stack.sql<{ result: string }>(
    'select tests.as_user($1, $2)::text as result',
    [userId, statement],
  );
  return JSON.parse(row!.result) as AsUserResult<R>;
}

/** Rows the statement returned; throws with the database error when it failed. */
export async function rowsAs<R = Record<string, unknown>>(
  stack: TestStack,
  userId: string | null,
  statement: string,
): Promise<R[]> {
  const result = await asUser<R>(stack, userId, statement);
  if (result.error) {
    throw new Error(`${result.error.code}: ${result.error.message} (in: ${statement})`);
  }
  return result.rows;
}
