import { Link } from 'react-router';

import { ErrorState, LoadingState } from '@/components/states';
import { scrollRegion } from '@/components/table-scroll';
import { Tag } from '@/components/tag';
import { paths } from '@/config/paths';
import { formatShortDate, isoDateInLondon } from '@/lib/dates';
import { describeError } from '@/lib/errors';

import { useEndSlot } from '../api/end-slot';
import { useInductionSlots } from '../api/get-induction-slots';
import type { PairingWithSlots, TimetableSlot } from '../types';
import { slotInEffect, slotText } from './slot-text';

interface SlotsPanelProps {
  schoolId: string;
  inductionId: string;
}

function SlotRow({ slot, today, mentor }: { slot: TimetableSlot; today: string; mentor: string }) {
  const end = useEndSlot();
  const inEffect = slotInEffect(slot, today);

  return (
    <tr className="govuk-table__row">
      <th scope="row" className="govuk-table__header">
        {slotText(slot)}
      </th>
      <td className="govuk-table__cell">{mentor}</td>
      <td className="govuk-table__cell">
        {slot.in_teaching_hours ? 'Yes' : <Tag colour="yellow">No</Tag>}
      </td>
      <td className="govuk-table__cell app-table__cell--nowrap">
        {formatShortDate(slot.effective_from)} to{' '}
        {slot.effective_to ? formatShortDate(slot.effective_to) : 'no end date'}
      </td>
      <td className="govuk-table__cell">
        {inEffect && slot.effective_to === null && (
          <button
            type="button"
            className="govuk-button govuk-button--secondary govuk-button--small app-inline-button"
            disabled={end.isPending}
            onClick={() => end.mutate({ slotId: slot.id, version: slot.version, lastDay: today })}
          >
            End today<span className="govuk-visually-hidden">: {slotText(slot)}</span>
          </button>
        )}
        {end.isError && (
          <p className="govuk-error-message" role="alert">
            {end.error instanceof Error && !('code' in end.error)
              ? end.error.message
              : describeError(end.error).reason}
          </p>
        )}
      </td>
    </tr>
  );
}

function mentorOf(pairing: PairingWithSlots): string {
  return pairing.mentor?.staff?.full_name ?? 'Name not available';
}

/** Timetabled mentor time: the slots of every pairing, and adding one to the current pairing. */
export function SlotsPanel({ schoolId, inductionId }: SlotsPanelProps) {
  const pairings = useInductionSlots(schoolId, inductionId);

  if (pairings.isPending) {
    return <LoadingState what="the timetabled slots" />;
  }
  if (pairings.isError) {
    return (
      <ErrorState
        title="The timetabled slots could not be loaded"
        error={pairings.error}
        onRetry={() => void pairings.refetch()}
      />
    );
  }

  const today = isoDateInLondon(new Date());
  const current = pairings.data.find(
    (pairing) =>
      pairing.started_on <= today && (pairing.ended_on === null || pairing.ended_on >= today),
  );
  const upcoming = pairings.data.find((pairing) => pairing.started_on > today);
  const target = current ?? upcoming;
  const slots = pairings.data.flatMap((pairing) =>
    [...pairing.timetable_slots]
      .sort((a, b) => (a.effective_from < b.effective_from ? 1 : -1))
      .map((slot) => ({ slot, mentor: mentorOf(pairing) })),
  );
  const minutesNow = current
    ? current.timetable_slots
        .filter((slot) => slotInEffect(slot, today))
        .reduce((sum, slot) => sum + slot.minutes, 0)
    : 0;

  return (
    <section aria-labelledby="slots-heading">
      <h2 className="govuk-heading-m" id="slots-heading">
        Timetabled mentor time
      </h2>
      <p className="govuk-body">
        {current
          ? minutesNow > 0
            ? `${minutesNow} minutes a week timetabled with ${mentorOf(current)} today.`
            : `No slot in effect today with ${mentorOf(current)}: the dashboard flags this.`
          : 'No current pairing.'}
      </p>
      {target && (
        <p className="govuk-body">
          <Link
            className="govuk-button govuk-button--secondary"
            to={paths.addSlot(schoolId, inductionId, target.id)}
          >
            Add a weekly slot
          </Link>
        </p>
      )}
      {slots.length > 0 && (
        <div className="app-table-scroll" {...scrollRegion('Weekly slots')}>
          <table className="govuk-table app-table--compact">
            <caption className="govuk-table__caption govuk-table__caption--s">Weekly slots</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Slot
                </th>
                <th scope="col" className="govuk-table__header">
                  Mentor
                </th>
                <th scope="col" className="govuk-table__header">
                  In teaching hours
                </th>
                <th scope="col" className="govuk-table__header">
                  In effect
                </th>
                <th scope="col" className="govuk-table__header">
                  <span className="govuk-visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {slots.map(({ slot, mentor }) => (
                <SlotRow key={slot.id} slot={slot} today={today} mentor={mentor} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
