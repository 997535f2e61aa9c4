import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { SummaryList } from '@/components/summary-list';
import { scrollRegion } from '@/components/table-scroll';
import { TwoThirdsColumn } from '@/components/two-thirds-column';
import { formatLongDate, formatShortDate, isoDateInLondon } from '@/lib/dates';
import { formatFigure } from '@/lib/format';

import { useMyInduction } from '../api/get-my-induction';
import { useTermDates } from '../api/get-term-dates';
import { CalendarTable } from '../components/calendar-table';
import { slotsInEffect, slotText } from '../components/slot-text';
import { EctWeeklyChart } from '../components/weekly-chart';
import type { EctInduction, EctSession } from '../types';

interface MyInductionPageProps {
  schoolId: string;
  schoolName: string;
  staffId: string;
}

const KIND_LABELS: Record<EctSession['kind'], string> = {
  meeting: 'Meeting',
  observation: 'Developmental observation',
  drop_in: 'Drop-in',
  joint_planning: 'Joint planning',
  other: 'Other',
};

function currentPairing(induction: EctInduction, today: string) {
  return (
    induction.pairings.find(
      (pairing) =>
        pairing.started_on <= today && (pairing.ended_on === null || pairing.ended_on >= today),
    ) ?? null
  );
}

function SessionsTable({ induction }: { induction: EctInduction }) {
  const sessions = induction.pairings
    .flatMap((pairing) =>
      pairing.mentor_sessions.map((session) => ({
        ...session,
        mentorName: pairing.mentor?.staff?.full_name ?? 'Not available',
      })),
    )
    // Newest first; ISO dates compare as strings.
    .sort((a, b) => b.held_on.localeCompare(a.held_on));
  if (sessions.length === 0) {
    return (
      <EmptyState title="No sessions logged yet">
        <p className="govuk-body">Your mentor logs your sessions; they will appear here.</p>
      </EmptyState>
    );
  }

  return (
    <div className="app-table-scroll" {...scrollRegion('Your sessions, newest first')}>
      <table className="govuk-table app-table--compact">
        <caption className="govuk-table__caption govuk-table__caption--m">
          Your sessions, newest first
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Date
            </th>
            <th scope="col" className="govuk-table__header">
              Kind
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Minutes
            </th>
            <th scope="col" className="govuk-table__header">
              In teaching hours
            </th>
            <th scope="col" className="govuk-table__header">
              Mentor
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {sessions.map((session) => (
            <tr key={session.id} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {formatShortDate(session.held_on)}
              </th>
              <td className="govuk-table__cell">{KIND_LABELS[session.kind]}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {formatFigure(session.minutes)}
              </td>
              <td className="govuk-table__cell">{session.in_teaching_hours ? 'Yes' : 'No'}</td>
              <td className="govuk-table__cell">{session.mentorName}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function InductionBody({ schoolId, staffId }: Omit<MyInductionPageProps, 'schoolName'>) {
  const induction = useMyInduction(schoolId, staffId);
  const terms = useTermDates(schoolId);
  const today = isoDateInLondon(new Date());

  if (induction.isPending || terms.isPending) {
    return <LoadingState what="your induction" />;
  }
  if (induction.isError || terms.isError) {
    return (
      <ErrorState
        title="Your induction could not be loaded"
        error={induction.error ?? terms.error}
        onRetry={() => {
          void induction.refetch();
          void terms.refetch();
        }}
      />
    );
  }
  if (!induction.data) {
    return (
      <EmptyState title="No induction recorded yet">
        <p className="govuk-body">
          Your school has not recorded your induction yet. Ask your induction tutor to add it.
        </p>
      </EmptyState>
    );
  }
  const data = induction.data;
  const pairing = currentPairing(data, today);
  const mentor = pairing?.mentor?.staff ?? null;
  const slots = pairing ? slotsInEffect(pairing.timetable_slots, today) : [];

  return (
    <>
      <SummaryList
        rows={[
          { key: 'Induction started', value: formatLongDate(data.started_on) },
          {
            key: 'Working pattern',
            value:
              Number(data.fte) === 1
                ? 'Full time'
                : `Part time (${formatFigure(data.fte, { maximumFractionDigits: 2 })} FTE)`,
          },
          {
            key: 'Your mentor',
            value: mentor ? (
              <>
                {mentor.full_name}
                <br />
                <a className="govuk-link" href={`mailto:${mentor.email}`}>
                  {mentor.email}
                </a>
              </>
            ) : (
              'No mentor yet. Ask your induction tutor who your mentor will be.'
            ),
          },
          {
            key: 'Timetabled mentor time',
            value:
              slots.length > 0
                ? slots.map((slot) => (
                    <p key={slot.id} className="govuk-body govuk-!-margin-bottom-0">
                      {slotText(slot)}
                    </p>
                  ))
                : 'No time timetabled yet. Ask your induction tutor.',
          },
        ]}
      />
      <h2 className="govuk-heading-m">Your induction calendar</h2>
      <p className="govuk-body">
        Progress reviews come in induction terms 1, 2, 4 and 5; formal assessments at the end of
        terms 3 and 6. Part-time inductions stretch these pro rata.
      </p>
      <CalendarTable startedOn={data.started_on} fte={data.fte} terms={terms.data} today={today} />
      <h2 className="govuk-heading-m">Your mentoring sessions</h2>
      <EctWeeklyChart inductionId={data.id} />
      <SessionsTable induction={data} />
    </>
  );
}

export function MyInductionPage({ schoolId, schoolName, staffId }: MyInductionPageProps) {
  return (
    <TwoThirdsColumn>
      <title>{`My induction – ${schoolName} – ECT mentoring`}</title>
      <span className="govuk-caption-l">{schoolName}</span>
      <h1 className="govuk-heading-l">My induction</h1>
      <InductionBody schoolId={schoolId} staffId={staffId} />
    </TwoThirdsColumn>
  );
}
