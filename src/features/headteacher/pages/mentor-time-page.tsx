import { MinutesBarChart } from '@/components/charts/minutes-bar-chart';
import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { scrollRegion } from '@/components/table-scroll';
import { Tag } from '@/components/tag';
import { formatLongDate, formatShortDate } from '@/lib/dates';
import { formatFigure } from '@/lib/format';

import { useMentorTime } from '../api/get-mentor-time';
import { isShortOfSlots, mentorTimeCells } from '../components/mentor-time-text';
import type { SchoolMentorTime } from '../types';

interface MentorTimePageProps {
  schoolId: string;
  schoolName: string;
}

const HEADERS = [
  'ECTs mentored',
  'Slots a week (of sessions expected)',
  'Timetabled minutes a week',
  'Minutes in teaching hours',
  'Year-two time this academic year (of funded)',
];

function MentorTable({ data }: { data: SchoolMentorTime }) {
  return (
    <div className="app-table-scroll" {...scrollRegion('Timetabled mentor time per mentor')}>
      <table className="govuk-table app-table--compact">
        <caption className="govuk-table__caption govuk-table__caption--m">
          Timetabled mentor time per mentor
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Mentor
            </th>
            {HEADERS.map((header) => (
              <th key={header} scope="col" className="govuk-table__header">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {data.mentors.map((row) => (
            <tr key={row.mentor_id} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {row.mentor_name}
              </th>
              {mentorTimeCells(row).map((text, index) => (
                <td key={HEADERS[index]} className="govuk-table__cell">
                  {text}
                  {index === 1 && isShortOfSlots(row) && (
                    <>
                      {' '}
                      <Tag colour="orange">Short</Tag>
                    </>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function WithoutSlot({ data }: { data: SchoolMentorTime }) {
  if (data.pairings_without_slot.length === 0) {
    return <p className="govuk-body">Every current pairing has a timetabled slot.</p>;
  }
  return (
    <div className="app-table-scroll" {...scrollRegion('Pairings with no timetabled slot')}>
      <table className="govuk-table app-table--compact">
        {/* The section's heading shows this name; the caption gives it to the table too. */}
        <caption className="govuk-visually-hidden">Pairings with no timetabled slot</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              ECT
            </th>
            <th scope="col" className="govuk-table__header">
              Mentor
            </th>
            <th scope="col" className="govuk-table__header">
              Paired since
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {data.pairings_without_slot.map((row) => (
            <tr key={row.pairing_id} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {row.ect_name}
              </th>
              <td className="govuk-table__cell">{row.mentor_name}</td>
              <td className="govuk-table__cell">{formatShortDate(row.started_on)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Reductions({ data }: { data: SchoolMentorTime }) {
  if (data.reductions_below_minimum.length === 0) {
    return (
      <p className="govuk-body">Every active ECT has at least the statutory timetable reduction.</p>
    );
  }
  return (
    <div
      className="app-table-scroll"
      {...scrollRegion('ECT timetable reductions below the statutory minimum')}
    >
      <table className="govuk-table app-table--compact">
        {/* The section's heading shows this name; the caption gives it to the table too. */}
        <caption className="govuk-visually-hidden">
          ECT timetable reductions below the statutory minimum
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              ECT
            </th>
            <th scope="col" className="govuk-table__header">
              Induction year
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Reduction
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Statutory minimum
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {data.reductions_below_minimum.map((row) => (
            <tr key={row.ect_induction_id} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {row.ect_name}
              </th>
              <td className="govuk-table__cell">Year {row.induction_year}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {formatFigure(row.reduction_percent)}%
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {row.minimum_percent}%
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function MentorTimeBody({ schoolId }: { schoolId: string }) {
  const mentorTime = useMentorTime(schoolId);

  if (mentorTime.isPending) {
    return <LoadingState what="mentor time" />;
  }
  if (mentorTime.isError) {
    return (
      <ErrorState
        title="Mentor time could not be loaded"
        error={mentorTime.error}
        onRetry={() => void mentorTime.refetch()}
      />
    );
  }
  const data = mentorTime.data;
  if (data.mentors.length === 0) {
    return (
      <EmptyState title="No current pairings">
        <p className="govuk-body">
          Mentor time appears here once ECTs with an active induction are paired with a mentor.
        </p>
      </EmptyState>
    );
  }
  const year = data.academic_year;

  return (
    <>
      <p className="govuk-body">
        Figures as of {formatLongDate(data.as_of)}
        {year ? `, academic year ${year} to ${year + 1}` : ''}. Expected sessions: weekly for an ECT
        in induction year one, fortnightly in year two. The year-two grant funds 20 hours of mentor
        time per ECT.
      </p>
      <MentorTable data={data} />
      <MinutesBarChart
        caption="Timetabled minutes a week per mentor"
        labelHeader="Mentor"
        bars={data.mentors.map((row) => ({
          label: row.mentor_name,
          inTeachingHours: row.minutes_in_teaching_hours,
          outsideTeachingHours: row.timetabled_minutes_per_week - row.minutes_in_teaching_hours,
        }))}
      />
      <h2 className="govuk-heading-m">Pairings without a slot</h2>
      <WithoutSlot data={data} />
      <h2 className="govuk-heading-m">Timetable reductions</h2>
      <p className="govuk-body">
        ECTs must have at least a 10% timetable reduction in induction year one and 5% in year two.
      </p>
      <Reductions data={data} />
    </>
  );
}

export function MentorTimePage({ schoolId, schoolName }: MentorTimePageProps) {
  return (
    <>
      <title>{`Mentor time – ${schoolName} – ECT mentoring`}</title>
      <span className="govuk-caption-l">{schoolName}</span>
      <h1 className="govuk-heading-l">Mentor time</h1>
      <MentorTimeBody schoolId={schoolId} />
    </>
  );
}
