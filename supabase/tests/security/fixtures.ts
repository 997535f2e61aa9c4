// Fresh rows for write tests, inserted as the owner so that each attempt has its own target and
// a delete never breaks a row that another test reads.

import { randomUUID } from 'node:crypto';
import type { TestStack } from '../../../local-supabase/testing/stack.ts';
import type { Ids } from './people.ts';

/** A session date inside every Oakfield pairing used here and never in the future. */
export const PAST_SESSION_DATE = '2026-11-03';

export class Fixtures {
  private counter = 0;
  // term_dates allows academic years up to 2100; the seed's years end in 2026.
  private academicYear = 2030;

  constructor(
    private readonly stack: TestStack,
    private readonly ids: Ids,
  ) {}

  /** Returns a number unique within this stack, for names, emails, URNs and academic years. */
  unique(): number {
    this.counter += 1;
    return this.counter;
  }

  private async insert(sql: string, params: unknown[]): Promise<string> {
    const rows = await this.stack.sql<{ id: string }>(`${sql} returning id::text`, params);
    return rows[0]!.id;
  }

  appropriateBody(): Promise<string> {
    return this.insert(
      `insert into public.appropriate_bodies (name, type) values ($1, 'national')`,
      [`Test appropriate body ${this.unique()}`],
    );
  }

  school(): Promise<string> {
    const n = this.unique();
    return this.insert(
      `insert into public.schools (urn, name, phase, local_authority)
       values ($1, $2, 'primary', 'Leeds')`,
      [String(800000 + n), `Test school ${n}`],
    );
  }

  staff(school: string = this.ids.oakfield): Promise<string> {
    const n = this.unique();
    return this.insert(
      `insert into public.staff (school_id, full_name, email) values ($1, $2, $3)`,
      [school, `Test Person ${n}`, `test.person.${n}@example.test`],
    );
  }

  async schoolRole(school: string = this.ids.oakfield): Promise<string> {
    const staff = await this.staff(school);
    return this.insert(
      `insert into public.school_roles (school_id, staff_id, role) values ($1, $2, 'mentor')`,
      [school, staff],
    );
  }

  async induction(school: string = this.ids.oakfield): Promise<string> {
    const staff = await this.staff(school);
    return this.insert(
      `insert into public.ect_inductions (school_id, ect_staff_id, started_on, programme)
       values ($1, $2, '2026-09-01', 'provider_led')`,
      [school, staff],
    );
  }

  async mentor(school: string = this.ids.oakfield): Promise<string> {
    const staff = await this.staff(school);
    return this.insert(`insert into public.mentors (school_id, staff_id) values ($1, $2)`, [
      school,
      staff,
    ]);
  }

  /** Inserts a pairing of the mentor persona (Daniel) with a new ECT at Oakfield. */
  async pairing(): Promise<string> {
    const induction = await this.induction();
    return this.insert(
      `insert into public.pairings (school_id, mentor_id, ect_induction_id, started_on)
       values ($1, $2, $3, '2026-09-01')`,
      [this.ids.oakfield, this.ids.danielMentor, induction],
    );
  }

  /** Inserts a slot on Amara's pairing with Daniel. */
  slot(): Promise<string> {
    return this.insert(
      `insert into public.timetable_slots
         (school_id, pairing_id, weekday, starts_at, minutes, in_teaching_hours, effective_from)
       values ($1, $2, 4, '15:30', 30, false, '2026-09-01')`,
      [this.ids.oakfield, this.ids.amaraPairing],
    );
  }

  /** Inserts a session on Amara's pairing with Daniel. */
  session(): Promise<string> {
    return this.insert(
      `insert into public.mentor_sessions (school_id, pairing_id, held_on, minutes, notes)
       values ($1, $2, $3, 30, $4)`,
      [this.ids.oakfield, this.ids.amaraPairing, PAST_SESSION_DATE, `fixture ${this.unique()}`],
    );
  }

  /** Inserts a concern about Amara's progress, raised by the given staff row. */
  concern(raisedByStaffId: string): Promise<string> {
    return this.insert(
      `insert into public.concerns
         (school_id, subject, ect_induction_id, summary, raised_by_staff_id)
       values ($1, 'ect_progress', $2, $3, $4)`,
      [
        this.ids.oakfield,
        this.ids.amaraInduction,
        `Fixture concern ${this.unique()}`,
        raisedByStaffId,
      ],
    );
  }

  /** Inserts a training log of the given mentor row, at that mentor's school. */
  trainingLog(mentorId: string = this.ids.danielMentor): Promise<string> {
    return this.insert(
      `insert into public.mentor_training_logs (school_id, mentor_id, completed_on, hours, activity)
       select m.school_id, m.id, $2, 1.5, $3 from public.mentors m where m.id = $1`,
      [mentorId, PAST_SESSION_DATE, `Fixture training ${this.unique()}`],
    );
  }

  /** Inserts a note on the concern, written by the given staff row (null for none). */
  concernNote(concernId: string, authorStaffId: string | null): Promise<string> {
    return this.insert(
      `insert into public.concern_notes (school_id, concern_id, author_staff_id, body)
       select c.school_id, c.id, $2, $3 from public.concerns c where c.id = $1`,
      [concernId, authorStaffId, `Fixture note ${this.unique()}`],
    );
  }

  /** Inserts a review of the induction's term, or returns the one already recorded. */
  async review(inductionId: string, term = 1): Promise<string> {
    const [existing] = await this.stack.sql<{ id: string }>(
      'select id from public.induction_reviews where ect_induction_id = $1 and induction_term = $2',
      [inductionId, term],
    );
    if (existing) return existing.id;
    return this.insert(
      `insert into public.induction_reviews
         (school_id, ect_induction_id, induction_term, completed_on, on_track)
       select e.school_id, e.id, $2, greatest(e.started_on, $3::date), true
       from public.ect_inductions e where e.id = $1`,
      [inductionId, term, PAST_SESSION_DATE],
    );
  }

  /** Returns an academic year that no term_dates row uses yet. */
  nextAcademicYear(): number {
    this.academicYear += 1;
    return this.academicYear;
  }

  termDates(school: string = this.ids.oakfield): Promise<string> {
    const year = this.nextAcademicYear();
    return this.insert(
      `insert into public.term_dates
         (school_id, academic_year, term, starts_on, ends_on, half_term_starts_on, half_term_ends_on)
       values ($1, $2, 1, make_date($2, 9, 1), make_date($2, 12, 18),
               make_date($2, 10, 26), make_date($2, 10, 30))`,
      [school, year],
    );
  }

  /** The version column of a row, or null when the row is gone. */
  async version(table: string, id: string): Promise<number | null> {
    const rows = await this.stack.sql<{ version: number }>(
      `select version from public.${table} where id = $1`,
      [id],
    );
    return rows[0]?.version ?? null;
  }

  async exists(table: string, id: string | number): Promise<boolean> {
    const rows = await this.stack.sql(`select 1 from public.${table} where id = $1`, [id]);
    return rows.length === 1;
  }
}

export function newId(): string {
  return randomUUID();
}
