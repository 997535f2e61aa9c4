// Rows for a school's mentoring: pairings, timetable slots, sessions and concerns.

import type { IsoDate } from './dates.ts';
import { seedId } from './ids.ts';
import type { ConcernRow, MentorSessionRow, PairingRow, TimetableSlotRow } from './rows.ts';
import { londonTimestamp, type SchoolKeys } from './school-keys.ts';
import { planSessions } from './sessions.ts';
import type { TermDates } from './calendar.ts';
import type {
  ConcernDefinition,
  InductionDefinition,
  SchoolDefinition,
  WorldDefinition,
} from './types.ts';

export function concernRow(
  school: SchoolDefinition,
  keys: SchoolKeys,
  concern: ConcernDefinition,
): ConcernRow {
  const raisedAt = londonTimestamp(concern.raisedAt);
  const resolvedAt = concern.resolvedAt ? londonTimestamp(concern.resolvedAt) : null;
  const escalatedAt = concern.escalatedOn ? `${concern.escalatedOn} 09:00:00 Europe/London` : null;
  return {
    id: seedId('concerns', school.key, concern.key),
    school_id: keys.schoolId,
    subject: concern.subject,
    ect_induction_id:
      concern.subject === 'ect_progress' ? keys.inductionId(concern.induction) : null,
    mentor_id: concern.subject === 'mentor_capacity' ? keys.mentorId(concern.mentor) : null,
    summary: concern.summary,
    details: concern.details ?? null,
    status: concern.status,
    raised_by_staff_id: keys.staffId(concern.raisedBy),
    assigned_to_staff_id: concern.assignedTo ? keys.staffId(concern.assignedTo) : null,
    raised_at: raisedAt,
    escalated_on: concern.escalatedOn ?? null,
    resolved_at: resolvedAt,
    resolution: concern.resolution ?? null,
    updated_at: resolvedAt ?? escalatedAt ?? raisedAt,
  };
}

export interface MentoringRows {
  pairings: PairingRow[];
  timetableSlots: TimetableSlotRow[];
  mentorSessions: MentorSessionRow[];
}

/** Expands one induction's pairings with their slots and sessions up to `today`. */
export function mentoringRows(
  world: WorldDefinition,
  school: SchoolDefinition,
  keys: SchoolKeys,
  induction: InductionDefinition,
  terms: readonly TermDates[],
  userIdByStaffId: Map<string, string>,
  today: IsoDate,
): MentoringRows {
  const result: MentoringRows = { pairings: [], timetableSlots: [], mentorSessions: [] };
  const bankHolidays = new Set(world.bankHolidays);

  induction.pairings.forEach((pairing, pairingIndex) => {
    const label = `${school.key}/${induction.key} pairing ${pairingIndex + 1}`;
    const pairingId = seedId('pairings', school.key, induction.key, String(pairingIndex));
    const created = `${pairing.startedOn} 08:30:00 Europe/London`;
    result.pairings.push({
      id: pairingId,
      school_id: keys.schoolId,
      mentor_id: keys.mentorId(pairing.mentor),
      ect_induction_id: keys.inductionId(induction.key),
      started_on: pairing.startedOn,
      ended_on: pairing.endedOn ?? null,
      end_reason: pairing.endReason ?? null,
      created_at: created,
      updated_at: pairing.endedOn ? `${pairing.endedOn} 16:00:00 Europe/London` : created,
    });

    (pairing.slots ?? []).forEach((slot, slotIndex) => {
      const from = slot.from ?? pairing.startedOn;
      result.timetableSlots.push({
        id: seedId('timetable_slots', pairingId, String(slotIndex)),
        school_id: keys.schoolId,
        pairing_id: pairingId,
        weekday: slot.weekday,
        starts_at: slot.startsAt,
        minutes: slot.minutes,
        in_teaching_hours: slot.inTeachingHours,
        effective_from: from,
        effective_to: slot.to ?? null,
        created_at: `${from} 08:30:00 Europe/London`,
        updated_at: `${from} 08:30:00 Europe/London`,
      });
    });

    const span = { label, startedOn: pairing.startedOn, endedOn: pairing.endedOn ?? null };
    const sessions = planSessions(pairing.sessions ?? [], span, today, terms, bankHolidays);
    const createdBy = userIdByStaffId.get(keys.staffId(pairing.mentor)) ?? null;
    const perDay = new Map<IsoDate, number>();
    for (const session of sessions) {
      const nth = perDay.get(session.held_on) ?? 0;
      perDay.set(session.held_on, nth + 1);
      const logged = `${session.held_on} 16:45:00 Europe/London`;
      result.mentorSessions.push({
        id: seedId('mentor_sessions', pairingId, session.held_on, String(nth)),
        school_id: keys.schoolId,
        pairing_id: pairingId,
        ...session,
        created_by: createdBy,
        created_at: logged,
        updated_at: logged,
      });
    }
  });
  return result;
}
