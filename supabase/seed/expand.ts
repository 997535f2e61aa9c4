// Expands the declarative demo world into table rows with stable ids. Both the SQL generator
// and the independent dashboard calculator start from these rows.

import type { IsoDate } from './dates.ts';
import { concernRow, mentoringRows } from './expand-mentoring.ts';
import { addPeople, addTrainingLogs } from './expand-people.ts';
import { reviewRows } from './reviews.ts';
import { seedId } from './ids.ts';
import type { InductionRow, SeedRows, TermDateRow } from './rows.ts';
import { londonTimestamp, SchoolKeys } from './school-keys.ts';
import type { SchoolDefinition, TermDefinition, WorldDefinition } from './types.ts';

function termRows(school: SchoolDefinition, schoolId: string): TermDateRow[] {
  return school.academicYears.flatMap((year) => {
    const terms: [number, TermDefinition][] = [
      [1, year.autumn],
      [2, year.spring],
      [3, year.summer],
    ];
    return terms.map(([term, dates]) => ({
      id: seedId('term_dates', school.key, String(year.year), String(term)),
      school_id: schoolId,
      academic_year: year.year,
      term,
      starts_on: dates.starts,
      ends_on: dates.ends,
      half_term_starts_on: dates.halfTerm[0],
      half_term_ends_on: dates.halfTerm[1],
    }));
  });
}

function expandSchool(
  world: WorldDefinition,
  school: SchoolDefinition,
  today: IsoDate,
  rows: SeedRows,
): void {
  const keys = new SchoolKeys(school);
  const schoolId = keys.schoolId;
  const created = londonTimestamp(school.recordsCreatedAt);
  rows.schoolIds[school.key] = schoolId;

  rows.schools.push({
    id: schoolId,
    urn: school.urn,
    name: school.name,
    phase: school.phase,
    local_authority: school.localAuthority,
    appropriate_body_name: school.appropriateBody,
    year_one_sessions_per_week: school.yearOneSessionsPerWeek ?? 1,
    year_two_sessions_per_week: school.yearTwoSessionsPerWeek ?? 0.5,
    created_at: created,
  });

  const terms = termRows(school, schoolId);
  rows.termDates.push(...terms);

  const userIdByStaffId = addPeople(rows, school, keys, created);
  addTrainingLogs(rows, school, keys, userIdByStaffId, today);

  for (const induction of school.inductions) {
    const inductionCreated = `${induction.startedOn} 08:00:00 Europe/London`;
    const inductionRow: InductionRow = {
      id: keys.inductionId(induction.key),
      school_id: schoolId,
      ect_staff_id: keys.staffId(induction.ect),
      started_on: induction.startedOn,
      fte: induction.fte ?? 1,
      programme: induction.programme,
      status: induction.status?.status ?? 'active',
      status_changed_on: induction.status?.on ?? null,
      year_one_reduction_percent: induction.yearOneReductionPercent ?? 10,
      year_two_reduction_percent: induction.yearTwoReductionPercent ?? 5,
      created_at: inductionCreated,
      updated_at: induction.status
        ? `${induction.status.on} 16:00:00 Europe/London`
        : inductionCreated,
    };
    rows.inductions.push(inductionRow);
    (rows.inductionReviews ??= []).push(
      ...reviewRows(school, induction, inductionRow, terms, today),
    );
    const mentoring = mentoringRows(world, school, keys, induction, terms, userIdByStaffId, today);
    rows.pairings.push(...mentoring.pairings);
    rows.timetableSlots.push(...mentoring.timetableSlots);
    rows.mentorSessions.push(...mentoring.mentorSessions);
  }

  // A concern raised after `today` has not happened yet, so the seed leaves it out.
  for (const concern of school.concerns) {
    if (concern.raisedAt.slice(0, 10) > today) continue;
    rows.concerns.push(concernRow(school, keys, concern));
  }
}

/**
 * Expands the world into rows as they stand on `today`: sessions up to and including that
 * day, concerns raised by then. Throws when a key inside a school is undefined.
 */
export function expandWorld(world: WorldDefinition, today: IsoDate): SeedRows {
  const rows: SeedRows = {
    today,
    schoolIds: {},
    authUsers: [],
    authIdentities: [],
    schools: [],
    termDates: [],
    staff: [],
    schoolRoles: [],
    inductions: [],
    inductionReviews: [],
    mentors: [],
    mentorTrainingLogs: [],
    pairings: [],
    timetableSlots: [],
    mentorSessions: [],
    concerns: [],
  };
  for (const school of world.schools) {
    expandSchool(world, school, today, rows);
  }
  return rows;
}
