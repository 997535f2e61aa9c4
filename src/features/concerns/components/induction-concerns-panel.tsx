import { Link } from 'react-router';

import { ErrorState, LoadingState } from '@/components/states';
import { paths } from '@/config/paths';

import { useInductionConcerns } from '../api/get-induction-concerns';
import { ConcernsTable } from './concerns-table';

interface InductionConcernsPanelProps {
  schoolId: string;
  inductionId: string;
}

/** Concerns about one ECT's progress, for their induction page. */
export function InductionConcernsPanel({ schoolId, inductionId }: InductionConcernsPanelProps) {
  const concerns = useInductionConcerns(schoolId, inductionId);

  if (concerns.isPending) {
    return <LoadingState what="concerns about this ECT" />;
  }
  if (concerns.isError) {
    return (
      <ErrorState
        title="Concerns about this ECT could not be loaded"
        error={concerns.error}
        onRetry={() => void concerns.refetch()}
      />
    );
  }

  return (
    <section aria-labelledby="concerns-heading">
      <h2 className="govuk-heading-m" id="concerns-heading">
        Concerns
      </h2>
      {concerns.data.length === 0 ? (
        <p className="govuk-body">No concerns raised about this ECT’s progress.</p>
      ) : (
        <ConcernsTable
          schoolId={schoolId}
          caption="Concerns about this ECT"
          captionSize="s"
          rows={concerns.data}
        />
      )}
      <p className="govuk-body">
        <Link
          className="govuk-link"
          to={`${paths.raiseConcern(schoolId)}?induction=${encodeURIComponent(inductionId)}`}
        >
          Raise a concern about this ECT
        </Link>
      </p>
    </section>
  );
}
