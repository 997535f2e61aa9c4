// Rows for a school's people: staff, their demo sign-ins, their roles and mentor details.

import type { IsoDate } from './dates.ts';
import { seedId } from './ids.ts';
import type { LondonTimestamp, MentorRow, SeedRows, StaffRow } from './rows.ts';
import type { SchoolKeys } from './school-keys.ts';
import type { SchoolDefinition, SchoolRole, StaffDefinition } from './types.ts';

function rolesOf(school: SchoolDefinition, staffKey: string): SchoolRole[] {
  const person = school.staff.find((candidate) => candidate.key === staffKey);
  const roles: SchoolRole[] = [...(person?.roles ?? [])];
  if (school.mentors.some((mentor) => mentor.staff === staffKey)) roles.push('mentor');
  if (school.inductions.some((induction) => induction.ect === staffKey)) roles.push('ect');
  return roles;
}

/** Adds an auth user with GoTrue's columns and its email identity; returns the user id. */
function addAuthUser(rows: SeedRows, person: StaffDefinition, created: LondonTimestamp): string {
  const userId = seedId('auth.users', person.email);
  rows.authUsers.push({
    instance_id: '00000000-0000-0000-0000-000000000000',
    id: userId,
    aud: 'authenticated',
    role: 'authenticated',
    email: person.email,
    email_confirmed_at: created,
    // GoTrue scans these columns into Go strings: with NULL, sign-in fails with "converting
    // NULL to string is unsupported" (reported against supabase/auth in 2025).
    confirmation_token: '',
    recovery_token: '',
    email_change_token_new: '',
    email_change: '',
    raw_app_meta_data: { provider: 'email', providers: ['email'] },
    raw_user_meta_data: { full_name: person.name },
    created_at: created,
    updated_at: created,
  });
  rows.authIdentities.push({
    id: seedId('auth.identities', person.email),
    provider_id: userId,
    user_id: userId,
    identity_data: {
      sub: userId,
      email: person.email,
      email_verified: true,
      phone_verified: false,
    },
    provider: 'email',
    created_at: created,
    updated_at: created,
  });
  return userId;
}

/**
 * Adds the school's staff, auth users for the demo sign-ins, roles and mentors. Returns the
 * auth user id of each staff member who has one, by staff id.
 */
export function addPeople(
  rows: SeedRows,
  school: SchoolDefinition,
  keys: SchoolKeys,
  created: LondonTimestamp,
): Map<string, string> {
  const userIdByStaffId = new Map<string, string>();
  for (const person of school.staff) {
    const staffId = keys.staffId(person.key);
    const userId = person.signIn ? addAuthUser(rows, person, created) : null;
    if (userId) userIdByStaffId.set(staffId, userId);

    const staff: StaffRow = {
      id: staffId,
      school_id: keys.schoolId,
      user_id: userId,
      full_name: person.name,
      email: person.email,
      trn: person.trn ?? null,
      qts_held: person.qts,
      created_at: created,
      updated_at: created,
    };
    rows.staff.push(staff);

    for (const role of rolesOf(school, person.key)) {
      rows.schoolRoles.push({
        id: seedId('school_roles', school.key, person.key, role),
        school_id: keys.schoolId,
        staff_id: staffId,
        role,
        created_at: created,
      });
    }
  }

  for (const mentor of school.mentors) {
    const mentorRow: MentorRow = {
      id: keys.mentorId(mentor.staff),
      school_id: keys.schoolId,
      staff_id: keys.staffId(mentor.staff),
      ab_check_requested_on: mentor.abCheckRequestedOn ?? null,
      ab_check_confirmed_on: mentor.abCheckConfirmedOn ?? null,
      dfe_registered_on: mentor.dfeRegisteredOn ?? null,
      training_scheme: mentor.trainingScheme ?? null,
      training_started_on: mentor.trainingStartedOn ?? null,
      created_at: created,
      updated_at: created,
    };
    rows.mentors.push(mentorRow);
  }
  return userIdByStaffId;
}

/** Adds the mentors' training logs up to `today`; a later entry has not happened yet. */
export function addTrainingLogs(
  rows: SeedRows,
  school: SchoolDefinition,
  keys: SchoolKeys,
  userIdByStaffId: Map<string, string>,
  today: IsoDate,
): void {
  for (const mentor of school.mentors) {
    const mentorId = keys.mentorId(mentor.staff);
    const createdBy = userIdByStaffId.get(keys.staffId(mentor.staff)) ?? null;
    (mentor.trainingLogs ?? []).forEach((log, index) => {
      if (log.on > today) return;
      const logged = `${log.on} 17:30:00 Europe/London`;
      rows.mentorTrainingLogs.push({
        id: seedId('mentor_training_logs', school.key, mentor.staff, String(index)),
        school_id: keys.schoolId,
        mentor_id: mentorId,
        completed_on: log.on,
        hours: log.hours,
        activity: log.activity,
        created_by: createdBy,
        created_at: logged,
        updated_at: logged,
      });
    });
  }
}
