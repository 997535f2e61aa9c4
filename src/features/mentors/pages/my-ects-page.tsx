import { Link } from 'react-router';

import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { SummaryList } from '@/components/summary-list';
import { Tag } from '@/components/tag';
import { TwoThirdsColumn } from '@/components/two-thirds-column';
import { paths } from '@/config/paths';
import { formatLongDate } from '@/lib/dates';

import { useMentorOverview } from '../api/get-mentor-overview';
import { halfTermText, isBehind, nextSlotText } from '../components/pairing-text';

interface MyEctsPageProps {
  schoolId: string;
  schoolName: string;
}

function MyEctsBody({ schoolId }: { schoolId: string }) {
  const overview = useMentorOverview(schoolId);

  if (overview.isPending) {
    return <LoadingState what="your ECTs" />;
  }
  if (overview.isError) {
    return (
      <ErrorState
        title="Your ECTs could not be loaded"
        error={overview.error}
        onRetry={() => void overview.refetch()}
      />
    );
  }
  if (overview.data.length === 0) {
    return (
      <EmptyState title="You are not mentoring anyone at the moment">
        <p className="govuk-body">
          When the induction tutor pairs you with an ECT, they will appear here.
        </p>
      </EmptyState>
    );
  }

  return (
    <ul className="govuk-list app-card-list">
      {overview.data.map((row) => (
        <li key={row.pairing_id} className="app-card">
          <h2 className="govuk-heading-m">{row.ect_name}</h2>
          <SummaryList
            noBorder
            rows={[
              {
                key: 'Induction',
                value: `Year ${row.induction_year}, term ${row.induction_term}`,
              },
              { key: 'Next timetabled slot', value: nextSlotText(row) },
              {
                key: 'Sessions this half term',
                value: (
                  <>
                    {halfTermText(row)}
                    {isBehind(row) && (
                      <>
                        {' '}
                        <Tag colour="orange">Behind</Tag>
                      </>
                    )}
                  </>
                ),
              },
              {
                key: 'Last session',
                value: row.last_session_on ? formatLongDate(row.last_session_on) : 'None yet',
              },
              { key: 'Your mentoring started', value: formatLongDate(row.pairing_started_on) },
            ]}
          />
          <div className="app-actions">
            <Link
              className="govuk-button"
              to={paths.logSession(schoolId, row.pairing_id)}
              data-module="govuk-button"
            >
              Log a session<span className="govuk-visually-hidden"> with {row.ect_name}</span>
            </Link>
            <Link className="govuk-link" to={paths.pairingSessions(schoolId, row.pairing_id)}>
              Sessions and chart<span className="govuk-visually-hidden"> for {row.ect_name}</span>
            </Link>
          </div>
        </li>
      ))}
    </ul>
  );
}

export function MyEctsPage({ schoolId, schoolName }: MyEctsPageProps) {
  return (
    <TwoThirdsColumn>
      <title>{`My ECTs – ${schoolName} – ECT mentoring`}</title>
      <span className="govuk-caption-l">{schoolName}</span>
      <h1 className="govuk-heading-l">My ECTs</h1>
      <p className="govuk-body">
        The early career teachers you mentor now. Sessions count in term weeks only: weekly in
        induction year one, fortnightly in year two.
      </p>
      <MyEctsBody schoolId={schoolId} />
      <p className="govuk-body govuk-!-margin-top-6">
        <Link className="govuk-link" to={paths.myConcerns(schoolId)}>
          Raise or follow a concern
        </Link>
      </p>
    </TwoThirdsColumn>
  );
}
