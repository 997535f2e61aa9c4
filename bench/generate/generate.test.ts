import { describe, expect, it } from 'vitest';

import { termWeeks } from '../../supabase/seed/calendar.ts';
import { addDays, daysBetween, isoWeekday } from '../../supabase/seed/dates.ts';
import { demoWorld } from '../../supabase/seed/definition.ts';
import {
  academicYearOf,
  academicYearTerms,
  bankHolidays,
  easterSunday,
  randomCalendarVariation,
} from './calendar.ts';
import { arrayLiteral } from './load.ts';
import { Random } from './random.ts';
import { generateSchool, type GeneratedSchool } from './school.ts';

const TODAY = '2026-12-04';
const HOLIDAYS = new Set([2023, 2024, 2025, 2026, 2027].flatMap(bankHolidays));
const OPTIONS = {
  today: TODAY,
  appropriateBodies: ['Body A', 'Body B'],
  bankHolidays: HOLIDAYS,
  extraSessionsPerWeek: 1.9,
};
const SCHOOLS: GeneratedSchool[] = Array.from({ length: 40 }, (_, index) =>
  generateSchool(index, OPTIONS),
);

describe('calendar', () => {
  it('finds Easter Sunday', () => {
    // Dates from the Church of England's tables.
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
  });

  it('lists the same bank holidays as the demo seed', () => {
    const computed = [2024, 2025, 2026, 2027]
      .flatMap(bankHolidays)
      .filter((day) => day >= '2024-09-01' && day <= '2027-08-31');

    expect(computed).toEqual(demoWorld.bankHolidays);
  });

  it('places the academic year by 1 September', () => {
    expect(academicYearOf('2026-08-31')).toBe(2025);
    expect(academicYearOf('2026-09-01')).toBe(2026);
    expect(academicYearOf('2027-01-15')).toBe(2026);
  });

  it.each([2023, 2024, 2025, 2026, 2027])('builds valid terms for %i', (year) => {
    for (let seed = 0; seed < 20; seed += 1) {
      const terms = academicYearTerms(year, randomCalendarVariation(new Random(seed)));

      expect(terms.map((term) => term.term)).toEqual([1, 2, 3]);
      for (const term of terms) {
        // The schema's term_dates checks.
        expect(term.starts_on < term.half_term_starts_on).toBe(true);
        expect(term.half_term_starts_on <= term.half_term_ends_on).toBe(true);
        expect(term.half_term_ends_on < term.ends_on).toBe(true);
        expect(term.starts_on >= `${year}-08-01`).toBe(true);
        expect(term.ends_on <= `${year + 1}-08-31`).toBe(true);
        expect(isoWeekday(term.starts_on)).toBeLessThanOrEqual(5);
        expect(isoWeekday(term.ends_on)).toBeLessThanOrEqual(5);
      }
      expect(terms[0]!.ends_on < terms[1]!.starts_on).toBe(true);
      expect(terms[1]!.ends_on < terms[2]!.starts_on).toBe(true);
      // England's school year has 38 or 39 teaching weeks.
      const weeks = termWeeks(terms).length;
      expect(weeks).toBeGreaterThanOrEqual(37);
      expect(weeks).toBeLessThanOrEqual(40);
    }
  });
});

describe('array literal', () => {
  it('quotes every element', () => {
    expect(arrayLiteral(['a', "O'Brien", 'say "hi"', 'back\\slash', null, 3, true])).toBe(
      '{"a","O\'Brien","say \\"hi\\"","back\\\\slash",NULL,"3","true"}',
    );
  });

  it('writes an empty array', () => {
    expect(arrayLiteral([])).toBe('{}');
  });
});

describe('generated schools', () => {
  const all = <K extends keyof GeneratedSchool>(key: K) =>
    SCHOOLS.flatMap((school) => school[key] as unknown[]) as GeneratedSchool[K];

  it('are the same on every run', () => {
    const again = generateSchool(7, OPTIONS);

    expect(again).toEqual(SCHOOLS[7]);
  });

  it('have about 20 ECTs and 15 mentors each', () => {
    const ects = all('inductions').length / SCHOOLS.length;
    const mentors = all('mentors').length / SCHOOLS.length;

    expect(ects).toBeGreaterThan(12);
    expect(ects).toBeLessThan(28);
    expect(mentors).toBeGreaterThan(9);
    expect(mentors).toBeLessThan(21);
  });

  it('have unique URNs and ids', () => {
    const urns = new Set(SCHOOLS.map((school) => school.school.urn));
    const sessionIds = new Set(all('sessions').map((session) => session.id));

    expect(urns.size).toBe(SCHOOLS.length);
    expect(sessionIds.size).toBe(all('sessions').length);
  });

  it('mix phases, mostly primary', () => {
    const phases = SCHOOLS.map((school) => school.school.phase);
    const primary = phases.filter((phase) => phase === 'primary').length;

    expect(primary / phases.length).toBeGreaterThan(0.5);
    expect(new Set(phases).size).toBeGreaterThanOrEqual(3);
  });

  it('have about 12% part-time ECTs', () => {
    const inductions = all('inductions');
    const partTime = inductions.filter((induction) => induction.fte < 1).length;

    expect(partTime / inductions.length).toBeGreaterThan(0.06);
    expect(partTime / inductions.length).toBeLessThan(0.2);
  });

  it('have inductions in every status', () => {
    const statuses = new Set(all('inductions').map((induction) => induction.status));

    expect([...statuses].sort()).toEqual(
      ['active', 'completed', 'leaving', 'moved_school', 'paused', 'withdrawn'].sort(),
    );
  });

  it('have concerns in every status at every school', () => {
    for (const school of SCHOOLS) {
      const statuses = new Set(school.concerns.map((concern) => concern.status));

      expect(statuses.size, school.school.name).toBe(4);
    }
  });

  it('keep sessions on term days inside their pairing', () => {
    for (const school of SCHOOLS) {
      const pairings = new Map(school.pairings.map((pairing) => [pairing.id, pairing]));
      for (const session of school.sessions) {
        const pairing = pairings.get(session.pairing_id)!;
        const inTerm = school.termDates.some(
          (term) =>
            session.held_on >= term.starts_on &&
            session.held_on <= term.ends_on &&
            !(
              session.held_on >= term.half_term_starts_on &&
              session.held_on <= term.half_term_ends_on
            ),
        );

        expect(inTerm).toBe(true);
        expect(isoWeekday(session.held_on)).toBeLessThanOrEqual(5);
        expect(HOLIDAYS.has(session.held_on)).toBe(false);
        expect(session.held_on >= pairing.started_on).toBe(true);
        expect(session.held_on <= (pairing.ended_on ?? TODAY)).toBe(true);
        expect(session.held_on <= TODAY).toBe(true);
      }
    }
  });

  it('give an ECT at most one mentor a day', () => {
    for (const school of SCHOOLS) {
      for (const induction of school.inductions) {
        const spans = school.pairings
          .filter((pairing) => pairing.ect_induction_id === induction.id)
          .sort((a, b) => a.started_on.localeCompare(b.started_on));
        for (let n = 1; n < spans.length; n += 1) {
          expect(spans[n - 1]!.ended_on).not.toBeNull();
          expect(spans[n - 1]!.ended_on! < spans[n]!.started_on).toBe(true);
        }
      }
    }
  });

  it('have about 2,000 sessions per school', () => {
    const perSchool = all('sessions').length / SCHOOLS.length;

    expect(perSchool).toBeGreaterThan(1200);
    expect(perSchool).toBeLessThan(2800);
  });

  it('have some lapsed, unpaired and slotless ECTs', () => {
    const active = all('inductions').filter((induction) => induction.status === 'active');
    const pairings = all('pairings');
    const current = new Set(
      pairings.filter((pairing) => pairing.ended_on === null).map((p) => p.ect_induction_id),
    );
    const slotted = new Set(all('timetableSlots').map((slot) => slot.pairing_id));
    const lastSession = new Map<string, string>();
    for (const session of all('sessions')) {
      const previous = lastSession.get(session.pairing_id);
      if (!previous || session.held_on > previous)
        lastSession.set(session.pairing_id, session.held_on);
    }
    const lapsed = pairings.filter(
      (pairing) =>
        pairing.ended_on === null &&
        daysBetween(lastSession.get(pairing.id) ?? pairing.started_on, TODAY) > 21 &&
        pairing.started_on < addDays(TODAY, -60),
    );

    expect(active.filter((induction) => !current.has(induction.id)).length).toBeGreaterThan(0);
    expect(pairings.filter((pairing) => !slotted.has(pairing.id)).length).toBeGreaterThan(0);
    expect(lapsed.length).toBeGreaterThan(0);
  });

  it('give each school four sign-ins', () => {
    for (const school of SCHOOLS) {
      const roles = school.signIns.map((signIn) => signIn.role).sort();
      const emails = new Set(school.signIns.map((signIn) => signIn.email));

      expect(roles).toEqual(['ect', 'head', 'mentor', 'tutor']);
      expect(emails.size).toBe(4);
    }
  });

  it('pair the mentor and ECT sign-ins now', () => {
    for (const school of SCHOOLS) {
      const mentorStaff = school.signIns.find((signIn) => signIn.role === 'mentor')!.staffId;
      const ectStaff = school.signIns.find((signIn) => signIn.role === 'ect')!.staffId;
      const mentor = school.mentors.find((row) => row.staff_id === mentorStaff)!;
      const induction = school.inductions.find((row) => row.ect_staff_id === ectStaff)!;
      const pairing = school.pairings.find(
        (row) =>
          row.mentor_id === mentor.id &&
          row.ect_induction_id === induction.id &&
          row.ended_on === null,
      );

      expect(pairing, school.school.name).toBeDefined();
    }
  });
});
