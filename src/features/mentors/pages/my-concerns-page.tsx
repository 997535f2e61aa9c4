import { Link, useLocation } from 'react-router';

import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { SuccessBanner } from '@/components/success-banner';
import { SummaryList } from '@/components/summary-list';
import { TwoThirdsColumn } from '@/components/two-thirds-column';
import { paths } from '@/config/paths';
import { formatLongDate, isoDateInLondon } from '@/lib/dates';

import { useMyConcerns, type RaisedConcern } from '../api/get-my-concerns';
import { ConcernStatusTag } from '../components/concern-status';

interface MyConcernsPageProps {
  schoolId: string;
  schoolName: string;
  staffId: string;
}

function about(concern: RaisedConcern): string {
  return concern.subject === 'mentor_capacity'
    ? 'Your time or capacity to mentor'
    : `Progress of ${concern.ect_induction?.ect?.full_name ?? 'your ECT'}`;
}

function ConcernList({ schoolId, staffId }: Omit<MyConcernsPageProps, 'schoolName'>) {
  const concerns = useMyConcerns(schoolId, staffId);

  if (concerns.isPending) {
    return <LoadingState what="your concerns" />;
  }
  if (concerns.isError) {
    return (
      <ErrorState
        title="Your concerns could not be loaded"
        error={concerns.error}
        onRetry={() => void concerns.refetch()}
      />
    );
  }
  if (concerns.data.length === 0) {
    return (
      <EmptyState title="You have not raised any concerns">
        <p className="govuk-body">Concerns you raise appear here with their status.</p>
      </EmptyState>
    );
  }

  return (
    <ul className="govuk-list app-card-list">
      {concerns.data.map((concern) => (
        <li key={concern.id} className="app-card">
          <h2 className="govuk-heading-s">{concern.summary}</h2>
          <SummaryList
            noBorder
            rows={[
              { key: 'About', value: about(concern) },
              { key: 'Status', value: <ConcernStatusTag status={concern.status} /> },
              {
                key: 'Raised',
                value: formatLongDate(isoDateInLondon(new Date(concern.raised_at))),
              },
              ...(concern.escalated_on
                ? [{ key: 'Escalated', value: formatLongDate(concern.escalated_on) }]
                : []),
              ...(concern.resolution ? [{ key: 'Resolution', value: concern.resolution }] : []),
            ]}
          />
        </li>
      ))}
    </ul>
  );
}

export function MyConcernsPage({ schoolId, schoolName, staffId }: MyConcernsPageProps) {
  const location = useLocation();
  const raised = (location.state as { saved?: string } | null)?.saved;

  return (
    <TwoThirdsColumn>
      <title>{`My concerns – ${schoolName} – ECT mentoring`}</title>
      {raised && <SuccessBanner text={raised} />}
      <span className="govuk-caption-l">{schoolName}</span>
      <h1 className="govuk-heading-l">My concerns</h1>
      <p className="govuk-body">
        Raise a concern about an ECT&apos;s progress or about your own time or capacity to mentor.
        It goes to the induction tutor, who may escalate it to the appropriate body.
      </p>
      <Link className="govuk-button" to={paths.raiseMyConcern(schoolId)} data-module="govuk-button">
        Raise a concern
      </Link>
      <ConcernList schoolId={schoolId} staffId={staffId} />
    </TwoThirdsColumn>
  );
}
