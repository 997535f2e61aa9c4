// Hand-worked examples for the calendar logic behind the dashboard figures. Every expected
// value below was counted on a calendar by hand, not computed by the code under test.

import { describe, expect, it } from 'vitest';

import { currentTerm, isTermDay, latestTermWeeks, termWeeks, termWeeksOf } from './calendar.ts';
import { daysBetween, isoWeekday, mondayOf } from './dates.ts';
import { demoWorld } from './definition.ts';
import { expectedOver, heldIn, termWeeksSinceLastSession } from './expected.ts';
import { inductionTerm, inductionYear, termsElapsed } from './induction.ts';
import type { TermDateRow } from './rows.ts';
import { planSessions } from './sessions.ts';

function term(
  academicYear: number,
  number: number,
  startsOn: string,
  halfTerm: [string, string],
  endsOn: string,
): TermDateRow {
  return {
    id: `${academicYear}-${number}`,
    school_id: 'school',
    academic_year: academicYear,
    term: number,
    starts_on: startsOn,
    ends_on: endsOn,
    half_term_starts_on: halfTerm[0],
    half_term_ends_on: halfTerm[1],
  };
}

// A Leeds-style calendar: autumn 2025 starts on a Wednesday, summer 2026 ends on a
// Wednesday, autumn 2026 starts on a Thursday.
const autumn2025 = term(2025, 1, '2025-09-03', ['2025-10-27', '2025-10-31'], '2025-12-19');
const spring2026 = term(2025, 2, '2026-01-05', ['2026-02-16', '2026-02-20'], '2026-03-27');
const summer2026 = term(2025, 3, '2026-04-13', ['2026-05-25', '2026-05-29'], '2026-07-22');
const autumn2026 = term(2026, 1, '2026-09-03', ['2026-10-26', '2026-10-30'], '2026-12-18');
const spring2027 = term(2026, 2, '2027-01-04', ['2027-02-15', '2027-02-19'], '2027-03-25');
const summer2027 = term(2026, 3, '2027-04-12', ['2027-05-31', '2027-06-04'], '2027-07-21');
const terms = [autumn2025, spring2026, summer2026, autumn2026, spring2027, summer2027];

describe('dates', () => {
  it('isoWeekday counts Monday as 1', () => {
    expect(isoWeekday('2026-11-30')).toBe(1);
    expect(isoWeekday('2026-12-04')).toBe(5);
    expect(isoWeekday('2026-12-06')).toBe(7);
  });

  it('mondayOf starts weeks on Monday', () => {
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
    expect(mondayOf('2026-12-06')).toBe('2026-11-30');
    expect(mondayOf('2026-09-01')).toBe('2026-08-31');
  });

  it('daysBetween crosses the clock change', () => {
    // British Summer Time ended on 25 October 2026.
    expect(daysBetween('2026-10-14', '2026-12-04')).toBe(51);
    expect(daysBetween('2026-12-04', '2026-10-14')).toBe(-51);
  });
});

describe('term days', () => {
  it('excludes weekends, half-term and days outside the term', () => {
    expect(isTermDay(terms, '2026-09-03')).toBe(true);
    expect(isTermDay(terms, '2026-09-02')).toBe(false);
    expect(isTermDay(terms, '2026-09-05')).toBe(false);
    expect(isTermDay(terms, '2026-10-28')).toBe(false);
    expect(isTermDay(terms, '2026-11-02')).toBe(true);
    expect(isTermDay(terms, '2026-12-18')).toBe(true);
    expect(isTermDay(terms, '2026-12-21')).toBe(false);
  });
});

describe('term weeks', () => {
  it('skips a one-week half-term', () => {
    expect(termWeeksOf(autumn2026)).toEqual([
      '2026-08-31',
      '2026-09-07',
      '2026-09-14',
      '2026-09-21',
      '2026-09-28',
      '2026-10-05',
      '2026-10-12',
      '2026-10-19',
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
      '2026-11-23',
      '2026-11-30',
      '2026-12-07',
      '2026-12-14',
    ]);
  });

  it('skips both weeks of a two-week half-term', () => {
    const twoWeeks = term(2026, 1, '2026-09-03', ['2026-10-19', '2026-10-30'], '2026-12-18');
    const weeks = termWeeksOf(twoWeeks);

    // Sixteen Mondays from 31 August to 14 December, less the two half-term weeks.
    expect(weeks).toHaveLength(14);
    expect(weeks).not.toContain('2026-10-19');
    expect(weeks).not.toContain('2026-10-26');
    expect(weeks).toContain('2026-10-12');
    expect(weeks).toContain('2026-11-02');
  });

  it('keeps a week that half-term covers only in part', () => {
    const midweek = term(2026, 2, '2027-01-04', ['2027-02-17', '2027-02-19'], '2027-03-25');

    expect(termWeeksOf(midweek)).toContain('2027-02-15');
  });

  it('counts a week with a single term day', () => {
    // Summer 2026 ends on Wednesday 22 July.
    expect(termWeeksOf(summer2026).at(-1)).toBe('2026-07-20');
  });

  it('ignores a week whose term days are all at the weekend', () => {
    const saturdayStart = term(2026, 1, '2026-09-05', ['2026-10-26', '2026-10-30'], '2026-12-18');

    expect(termWeeksOf(saturdayStart)[0]).toBe('2026-09-07');
  });

  it('merges terms without repeating weeks', () => {
    const weeks = termWeeks(terms);

    expect(new Set(weeks).size).toBe(weeks.length);
    expect(weeks).toEqual([...weeks].sort());
  });
});

describe('last four term weeks', () => {
  it('includes the current week when it is a term week', () => {
    expect(latestTermWeeks(terms, '2026-12-04', 4)).toEqual([
      '2026-11-09',
      '2026-11-16',
      '2026-11-23',
      '2026-11-30',
    ]);
  });

  it('steps over the half-term week', () => {
    expect(latestTermWeeks(terms, '2026-11-03', 4)).toEqual([
      '2026-10-05',
      '2026-10-12',
      '2026-10-19',
      '2026-11-02',
    ]);
  });

  it('ends before half-term when asOf is inside it', () => {
    expect(latestTermWeeks(terms, '2026-10-28', 4)).toEqual([
      '2026-09-28',
      '2026-10-05',
      '2026-10-12',
      '2026-10-19',
    ]);
  });

  it('reaches back across the summer holiday', () => {
    expect(latestTermWeeks(terms, '2026-09-08', 4)).toEqual([
      '2026-07-13',
      '2026-07-20',
      '2026-08-31',
      '2026-09-07',
    ]);
  });

  it('counts a week whose Monday is before the first term day', () => {
    // Sunday 6 September: the week of Monday 31 August contains term days from Thursday 3rd.
    expect(latestTermWeeks(terms, '2026-09-06', 4)).toEqual([
      '2026-07-06',
      '2026-07-13',
      '2026-07-20',
      '2026-08-31',
    ]);
  });
});

describe('this term', () => {
  it('is the term containing asOf, half-term included', () => {
    expect(currentTerm(terms, '2026-12-04')).toBe(autumn2026);
    expect(currentTerm(terms, '2026-10-28')).toBe(autumn2026);
  });

  it('is the latest term started before a holiday', () => {
    expect(currentTerm(terms, '2026-08-12')).toBe(summer2026);
    expect(currentTerm(terms, '2026-09-02')).toBe(summer2026);
    expect(currentTerm(terms, '2026-04-01')).toBe(spring2026);
  });

  it('is null before the first term', () => {
    expect(currentTerm(terms, '2025-08-20')).toBeNull();
  });
});

describe('induction term', () => {
  it('counts the starting term as the first', () => {
    expect(termsElapsed(terms, '2026-09-01', '2026-09-15')).toBe(1);
    expect(termsElapsed(terms, '2025-09-01', '2026-12-04')).toBe(4);
    expect(termsElapsed(terms, '2026-01-05', '2026-12-04')).toBe(3);
  });

  it('does not count a term before the ECT started', () => {
    // Started after the autumn term 2025 ended: only spring and summer count.
    expect(termsElapsed(terms, '2025-12-22', '2026-05-01')).toBe(2);
  });

  it('stays in the last term during the summer holiday', () => {
    expect(termsElapsed(terms, '2025-09-01', '2026-08-12')).toBe(3);
    expect(inductionTerm(3, 1)).toBe(3);
  });

  it('moves full-time ECTs one term per term', () => {
    expect(inductionTerm(1, 1)).toBe(1);
    expect(inductionTerm(4, 1)).toBe(4);
    expect(inductionYear(4)).toBe(2);
  });

  it('moves part-time ECTs pro rata', () => {
    // 0.6 FTE after four terms: floor(3 x 0.6) + 1 = floor(1.8) + 1 = 2.
    expect(inductionTerm(4, 0.6)).toBe(2);
    expect(inductionYear(2)).toBe(1);
    // 0.8 FTE after four terms: floor(3 x 0.8) + 1 = floor(2.4) + 1 = 3.
    expect(inductionTerm(4, 0.8)).toBe(3);
    // 0.6 FTE after six terms: floor(5 x 0.6) + 1 = 4.
    expect(inductionTerm(6, 0.6)).toBe(4);
    // 0.5 FTE after nine terms: floor(8 x 0.5) + 1 = 5.
    expect(inductionTerm(9, 0.5)).toBe(5);
  });

  it('is clamped to 1 to 6', () => {
    expect(inductionTerm(0, 1)).toBe(1);
    expect(inductionTerm(9, 1)).toBe(6);
  });
});

describe('expected and held sessions', () => {
  const thisTerm = ['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23', '2026-11-30'];

  it('counts weeks from the Monday of the start week', () => {
    // Started on Wednesday 4 November: the week of Monday 2 November counts.
    expect(expectedOver(thisTerm, '2026-11-04', 1)).toBe(5);
    expect(expectedOver(thisTerm, '2026-11-10', 1)).toBe(4);
    expect(expectedOver(thisTerm, '2025-09-01', 0.5)).toBe(2.5);
  });

  it('counts sessions on any day of the listed weeks up to asOf', () => {
    const heldOn = ['2026-10-20', '2026-11-08', '2026-11-13', '2026-12-04', '2026-12-05'];

    // 8 November is the Sunday of the week of 2 November; 20 October is outside the weeks.
    expect(heldIn(thisTerm, heldOn, '2026-12-04')).toBe(3);
    expect(heldIn(thisTerm, heldOn, '2026-12-05')).toBe(4);
  });

  it('measures weeks since the last session', () => {
    // After 5 October: 12, 19 October, 2, 9, 16, 23, 30 November (26 October is half-term).
    expect(termWeeksSinceLastSession(terms, '2026-10-05', '2025-09-01', '2026-12-04')).toBe(7);
    // A session on the Monday itself: that week does not count.
    expect(termWeeksSinceLastSession(terms, '2026-11-30', '2025-09-01', '2026-12-04')).toBe(0);
  });

  it('measures from the start when no session was held', () => {
    // Started Wednesday 4 November: Mondays 9, 16 November are on or after the start.
    expect(termWeeksSinceLastSession(terms, null, '2026-11-04', '2026-11-17')).toBe(2);
    expect(termWeeksSinceLastSession(terms, null, '2026-11-04', '2026-11-23')).toBe(3);
  });
});

describe('session patterns', () => {
  const noBankHolidays = new Set<string>();
  const pairing = { label: 'test', startedOn: '2026-09-01', endedOn: null };

  it('places weekly sessions on term days only', () => {
    const sessions = planSessions(
      [{ weekday: 1, minutes: 30, inTeachingHours: true }],
      pairing,
      '2026-11-10',
      terms,
      noBankHolidays,
    );

    // Monday 31 August is before the term starts; 26 October is in half-term.
    expect(sessions.map((session) => session.held_on)).toEqual([
      '2026-09-07',
      '2026-09-14',
      '2026-09-21',
      '2026-09-28',
      '2026-10-05',
      '2026-10-12',
      '2026-10-19',
      '2026-11-02',
      '2026-11-09',
    ]);
  });

  it('stops at today, at the pairing end and after a lapse', () => {
    const weekly = { weekday: 4 as const, minutes: 30, inTeachingHours: true };
    const ended = { ...pairing, endedOn: '2026-09-20' };

    const untilToday = planSessions([weekly], pairing, '2026-09-16', terms, noBankHolidays);
    const untilEnd = planSessions([weekly], ended, '2026-12-04', terms, noBankHolidays);
    const lapsed = planSessions(
      [{ ...weekly, stopsAfter: '2026-09-10' }],
      pairing,
      '2026-12-04',
      terms,
      noBankHolidays,
    );

    expect(untilToday.map((session) => session.held_on)).toEqual(['2026-09-03', '2026-09-10']);
    expect(untilEnd.map((session) => session.held_on)).toEqual([
      '2026-09-03',
      '2026-09-10',
      '2026-09-17',
    ]);
    expect(lapsed.map((session) => session.held_on)).toEqual(['2026-09-03', '2026-09-10']);
  });

  it('skips gaps and bank holidays', () => {
    const sessions = planSessions(
      [
        {
          weekday: 1,
          minutes: 30,
          inTeachingHours: true,
          skip: [{ from: '2026-05-11', to: '2026-05-15', reason: 'illness' }],
        },
      ],
      { label: 'test', startedOn: '2026-04-13', endedOn: null },
      '2026-06-05',
      terms,
      new Set(['2026-05-04']),
    );

    // 4 May is a bank holiday, 11 May is in the gap, 25 May is half-term.
    expect(sessions.map((session) => session.held_on)).toEqual([
      '2026-04-13',
      '2026-04-20',
      '2026-04-27',
      '2026-05-18',
      '2026-06-01',
    ]);
  });

  it('keeps a fortnightly rhythm across half-term', () => {
    const sessions = planSessions(
      [{ weekday: 1, minutes: 30, inTeachingHours: true, everyWeeks: 2 }],
      { label: 'test', startedOn: '2026-04-13', endedOn: null },
      '2026-06-30',
      terms,
      noBankHolidays,
    );

    // Term weeks 13, 20, 27 April, 4, 11, 18 May, then 1 June after half-term: every other
    // one of these, counting from 13 April.
    expect(sessions.map((session) => session.held_on)).toEqual([
      '2026-04-13',
      '2026-04-27',
      '2026-05-11',
      '2026-06-01',
      '2026-06-15',
      '2026-06-29',
    ]);
  });
});

describe('demo world', () => {
  it('gives ECTs distinct initials per school', () => {
    // The dashboard rows are ordered by name, and distinct ASCII initials make that order the
    // same under every collation the tests run with.
    for (const school of demoWorld.schools) {
      const ectKeys = new Set(school.inductions.map((induction) => induction.ect));
      const names = school.staff
        .filter((person) => ectKeys.has(person.key))
        .map((person) => person.name);
      const initials = names.map((name) => name[0]);

      expect(new Set(initials).size, school.key).toBe(initials.length);
      expect(
        initials.every((initial) => /[A-Z]/.test(initial)),
        school.key,
      ).toBe(true);
    }
  });
});
