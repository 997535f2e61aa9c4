// Expands a pairing's session patterns into dated sessions. Sessions fall on term days only,
// never on a bank holiday, never before the pairing started or after it ended, and never
// after `today`, because the database rejects a session held in the future.

import { isTermDay, termWeeks, type TermDates } from './calendar.ts';
import { addDays, minDate, type IsoDate } from './dates.ts';
import type { SessionKind, SessionPattern } from './types.ts';

export interface PlannedSession {
  held_on: IsoDate;
  minutes: number;
  kind: SessionKind;
  in_teaching_hours: boolean;
  notes: string | null;
}

export interface PairingSpan {
  /** Names the pairing in error messages. */
  label: string;
  startedOn: IsoDate;
  endedOn: IsoDate | null;
}

const NOTES: Record<SessionKind, string[]> = {
  meeting: [
    'Reviewed last week’s targets and set one for the coming week.',
    'Talked through behaviour routines and the seating plan.',
    'Looked at questioning: more cold calling, longer wait time.',
    'Went through marking and feedback in two sets of books.',
    'Planned how to adapt next week’s lessons for pupils with SEND.',
    'Prepared for the next progress review.',
  ],
  observation: [
    'Observed part of a lesson (developmental only): clear routines; next step is checking understanding.',
    'Observed the start of a lesson (developmental only): focus on transitions and explanations.',
  ],
  drop_in: ['Short check-in about workload.'],
  joint_planning: ['Planned next week’s sequence of lessons together.'],
  other: ['Visited a colleague’s lesson together and discussed it afterwards.'],
};

function noteFor(kind: SessionKind, index: number): string {
  const notes = NOTES[kind];
  return notes[index % notes.length];
}

function inGap(pattern: SessionPattern, date: IsoDate): boolean {
  return (pattern.skip ?? []).some((gap) => date >= gap.from && date <= gap.to);
}

function weeklySessions(
  pattern: SessionPattern,
  first: IsoDate,
  last: IsoDate,
  terms: readonly TermDates[],
  bankHolidays: ReadonlySet<IsoDate>,
): PlannedSession[] {
  const kinds = pattern.kinds ?? ['meeting'];
  const every = pattern.everyWeeks ?? 1;
  // Weeks are counted from the first term week that can hold a session, so a fortnightly
  // pattern keeps its rhythm across half-terms and holidays.
  const mondays = termWeeks(terms).filter(
    (monday) => addDays(monday, 6) >= first && monday <= last,
  );
  const sessions: PlannedSession[] = [];
  mondays.forEach((monday, weekIndex) => {
    if (weekIndex % every !== 0) return;
    const day = addDays(monday, pattern.weekday - 1);
    const usable =
      day >= first &&
      day <= last &&
      isTermDay(terms, day) &&
      !bankHolidays.has(day) &&
      !inGap(pattern, day);
    if (!usable) return;
    const kind = kinds[sessions.length % kinds.length];
    sessions.push({
      held_on: day,
      minutes: pattern.minutes,
      kind,
      in_teaching_hours: pattern.inTeachingHours,
      notes: noteFor(kind, sessions.length),
    });
  });
  return sessions;
}

/** Lists the sessions of one pairing in date order. */
export function planSessions(
  patterns: readonly SessionPattern[],
  pairing: PairingSpan,
  today: IsoDate,
  terms: readonly TermDates[],
  bankHolidays: ReadonlySet<IsoDate>,
): PlannedSession[] {
  const sessions: PlannedSession[] = [];
  for (const pattern of patterns) {
    const first =
      pattern.from && pattern.from > pairing.startedOn ? pattern.from : pairing.startedOn;
    const limits = [today, pattern.stopsAfter, pairing.endedOn].filter(
      (date): date is IsoDate => date !== undefined && date !== null,
    );
    const last = minDate(...limits);
    sessions.push(...weeklySessions(pattern, first, last, terms, bankHolidays));

    for (const extra of pattern.extra ?? []) {
      const afterEnd = pairing.endedOn !== null && extra.on > pairing.endedOn;
      if (extra.on < pairing.startedOn || afterEnd) {
        throw new RangeError(
          `The one-off session on ${extra.on} of ${pairing.label} falls outside the pairing's dates`,
        );
      }
      if (extra.on > today) continue;
      sessions.push({
        held_on: extra.on,
        minutes: extra.minutes,
        kind: extra.kind,
        in_teaching_hours: extra.inTeachingHours,
        notes: extra.notes ?? noteFor(extra.kind, 0),
      });
    }
  }
  return sessions.sort((a, b) => a.held_on.localeCompare(b.held_on));
}
