// Facts about the demo sign-ins, read from the seed's own rows (not from the database), for the
// role pages' checks.
import { demoWorld } from '../../supabase/seed/definition.ts';
import { expandWorld } from '../../supabase/seed/expand.ts';
import type { PairingRow, SeedRows, StaffRow } from '../../supabase/seed/rows.ts';

function staffWithEmail(rows: SeedRows, email: string): StaffRow[] {
  return rows.staff.filter((staff) => staff.email.toLowerCase() === email.toLowerCase());
}

function isCurrent(pairing: PairingRow, asOf: string): boolean {
  return pairing.started_on <= asOf && (pairing.ended_on === null || pairing.ended_on >= asOf);
}

function nameOfStaff(rows: SeedRows, staffId: string): string {
  const staff = rows.staff.find((candidate) => candidate.id === staffId);
  if (!staff) {
    throw new Error(`Seed rows have no staff member with id ${staffId}`);
  }

  return staff.full_name;
}

export class DemoPeople {
  private readonly rows: SeedRows;

  constructor(
    private readonly today: string,
    rows?: SeedRows,
  ) {
    this.rows = rows ?? expandWorld(demoWorld, today);
  }

  /** Returns the id the seed gave a demo school ('oakfield', 'brookside'). */
  schoolId(schoolKey: string): string {
    const id = this.rows.schoolIds[schoolKey];
    if (!id) {
      throw new Error(`The seed has no school with key "${schoolKey}"`);
    }

    return id;
  }

  /** Names of the ECTs in the mentor's pairings that are current today, in English name order. */
  currentEctNamesOfMentor(email: string): string[] {
    const staffIds = new Set(staffWithEmail(this.rows, email).map((staff) => staff.id));
    const mentorIds = new Set(
      this.rows.mentors
        .filter((mentor) => staffIds.has(mentor.staff_id))
        .map((mentor) => mentor.id),
    );
    const inductionIds = this.rows.pairings
      .filter((pairing) => mentorIds.has(pairing.mentor_id) && isCurrent(pairing, this.today))
      .map((pairing) => pairing.ect_induction_id);

    return inductionIds
      .map((inductionId) => {
        const induction = this.rows.inductions.find((candidate) => candidate.id === inductionId);
        if (!induction) {
          throw new Error(`Seed rows have no induction with id ${inductionId}`);
        }
        return nameOfStaff(this.rows, induction.ect_staff_id);
      })
      .sort((a, b) => a.localeCompare(b, 'en-GB'));
  }

  /** Name of the ECT's mentor today in their latest induction, or null when they have none. */
  currentMentorNameOfEct(email: string): string | null {
    const staffIds = new Set(staffWithEmail(this.rows, email).map((staff) => staff.id));
    const [latest] = this.rows.inductions
      .filter((induction) => staffIds.has(induction.ect_staff_id))
      .sort((a, b) => (a.started_on < b.started_on ? 1 : -1));
    if (!latest) {
      return null;
    }
    const pairing = this.rows.pairings.find(
      (candidate) => candidate.ect_induction_id === latest.id && isCurrent(candidate, this.today),
    );
    const mentor =
      pairing && this.rows.mentors.find((candidate) => candidate.id === pairing.mentor_id);

    return mentor ? nameOfStaff(this.rows, mentor.staff_id) : null;
  }
}
