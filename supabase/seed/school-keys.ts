// Stable ids for the definition's keys, and England-time timestamps for created_at columns.

import type { IsoDate } from './dates.ts';
import { seedId } from './ids.ts';
import type { LondonTimestamp } from './rows.ts';
import type { LocalDateTime, SchoolDefinition } from './types.ts';

/** Turns '2026-11-24T16:20' (England) into a timestamptz literal Postgres reads as such. */
export function londonTimestamp(local: LocalDateTime): LondonTimestamp {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(local);
  if (!match) {
    throw new RangeError(`Invalid local date and time "${local}": expected YYYY-MM-DDTHH:MM`);
  }
  return `${match[1]} ${match[2]}:00 Europe/London`;
}

/** Returns the calendar date in England of a timestamp that londonTimestamp wrote. */
export function londonDateOf(timestamp: LondonTimestamp): IsoDate {
  return timestamp.slice(0, 10);
}

/** Looks up keys within one school and names the school and key when one is missing. */
export class SchoolKeys {
  readonly schoolId: string;
  private readonly school: SchoolDefinition;

  constructor(school: SchoolDefinition) {
    this.school = school;
    this.schoolId = seedId('schools', school.key);
  }

  staffId(key: string): string {
    if (!this.school.staff.some((person) => person.key === key)) {
      throw new Error(`Staff key "${key}" is not defined at school "${this.school.key}"`);
    }
    return seedId('staff', this.school.key, key);
  }

  mentorId(staffKey: string): string {
    if (!this.school.mentors.some((mentor) => mentor.staff === staffKey)) {
      throw new Error(`"${staffKey}" is not a mentor at school "${this.school.key}"`);
    }
    return seedId('mentors', this.school.key, staffKey);
  }

  inductionId(key: string): string {
    if (!this.school.inductions.some((induction) => induction.key === key)) {
      throw new Error(`Induction key "${key}" is not defined at school "${this.school.key}"`);
    }
    return seedId('ect_inductions', this.school.key, key);
  }
}
