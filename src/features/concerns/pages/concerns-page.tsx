import { Link, useSearchParams } from 'react-router';

import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { SuccessNotice } from '@/components/success-notice';
import { paths } from '@/config/paths';

import { useSchoolConcerns } from '../api/get-school-concerns';
import { ConcernsTable } from '../components/concerns-table';

interface ConcernsPageProps {
  schoolId: string;
  schoolName: string;
}

function ConcernsBody({ schoolId, showResolved }: { schoolId: string; showResolved: boolean }) {
  const concerns = useSchoolConcerns(schoolId);

  if (concerns.isPending) {
    return <LoadingState what="the concerns" />;
  }
  if (concerns.isError) {
    return (
      <ErrorState
        title="The concerns could not be loaded"
        error={concerns.error}
        onRetry={() => void concerns.refetch()}
      />
    );
  }

  const rows = concerns.data.filter((row) => (row.status === 'resolved') === showResolved);
  if (rows.length === 0) {
    return (
      <EmptyState title={showResolved ? 'No resolved concerns' : 'No open concerns'}>
        <p className="govuk-body">
          {showResolved
            ? 'Concerns appear here once they are resolved.'
            : 'Mentors raise concerns from their pages; you can raise one here too.'}
        </p>
      </EmptyState>
    );
  }

  return (
    <ConcernsTable
      schoolId={schoolId}
      caption={showResolved ? 'Resolved concerns' : 'Open concerns, oldest first'}
      rows={rows}
    />
  );
}

export function ConcernsPage({ schoolId, schoolName }: ConcernsPageProps) {
  const [searchParams] = useSearchParams();
  const showResolved = searchParams.get('show') === 'resolved';

  return (
    <>
      <title>{`Concerns – ${schoolName} – ECT mentoring`}</title>
      <SuccessNotice />
      <span className="govuk-caption-l">{schoolName}</span>
      <h1 className="govuk-heading-l">Concerns</h1>
      <p className="govuk-body app-measure">
        Concerns about an ECT’s progress, or about a mentor’s time or capacity. Triage each one,
        keep notes as it moves on, escalate it to the appropriate body if needed and record how it
        was resolved.
      </p>
      <div className="govuk-button-group">
        <Link className="govuk-button" to={paths.raiseConcern(schoolId)}>
          Raise a concern
        </Link>
        <Link
          className="govuk-link"
          to={showResolved ? paths.concerns(schoolId) : `${paths.concerns(schoolId)}?show=resolved`}
        >
          {showResolved ? 'Show open concerns' : 'Show resolved concerns'}
        </Link>
      </div>
      <ConcernsBody schoolId={schoolId} showResolved={showResolved} />
    </>
  );
}
