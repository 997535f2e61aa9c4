import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { formatLongDate, isoDateInLondon } from '@/lib/dates';

import { useSchoolDashboardCheckpoints } from '../api/get-school-dashboard-checkpoints';
import { useSchoolDashboardEcts } from '../api/get-school-dashboard-ects';
import { useSchoolDashboardTiles } from '../api/get-school-dashboard-tiles';
import { withCheckpoints } from '../components/checkpoint-text';
import { DashboardActions } from '../components/dashboard-actions';
import { DashboardTiles } from '../components/dashboard-tiles';
import { EctTable } from '../components/ect-table';

interface SchoolDashboardPageProps {
  schoolId: string;
  schoolName: string;
  /** True for a headteacher, who monitors but does not keep the records. */
  readOnly: boolean;
}

function DashboardBody({ schoolId, schoolName }: Omit<SchoolDashboardPageProps, 'readOnly'>) {
  const tiles = useSchoolDashboardTiles(schoolId);
  const ects = useSchoolDashboardEcts(schoolId);
  const checkpoints = useSchoolDashboardCheckpoints(schoolId);

  if (tiles.isPending || ects.isPending || checkpoints.isPending) {
    return <LoadingState what="the dashboard" />;
  }
  if (tiles.isError || ects.isError || checkpoints.isError) {
    return (
      <ErrorState
        title="The dashboard could not be loaded"
        error={tiles.error ?? ects.error ?? checkpoints.error}
        onRetry={() => {
          void tiles.refetch();
          void ects.refetch();
          void checkpoints.refetch();
        }}
      />
    );
  }
  if (ects.data.length === 0) {
    return (
      <EmptyState title="No active ECTs">
        <p className="govuk-body">
          {schoolName} has no ECT with an active induction, so there are no mentoring figures to
          show. Figures appear here once an ECT&apos;s induction is recorded.
        </p>
      </EmptyState>
    );
  }

  const rows = withCheckpoints(ects.data, checkpoints.data);

  return (
    <>
      <DashboardActions
        schoolName={schoolName}
        asOf={isoDateInLondon(new Date())}
        tiles={tiles.data}
        checkpoints={checkpoints.data}
        rows={rows}
      />
      <h2 className="govuk-heading-m">At a glance</h2>
      <DashboardTiles tiles={tiles.data} checkpoints={checkpoints.data} />
      <EctTable caption={`ECTs at ${schoolName}`} rows={rows} />
    </>
  );
}

export function SchoolDashboardPage({ schoolId, schoolName, readOnly }: SchoolDashboardPageProps) {
  const today = formatLongDate(isoDateInLondon(new Date()));

  return (
    <>
      <title>{`Dashboard – ${schoolName} – ECT mentoring`}</title>
      <span className="govuk-caption-l">{schoolName}</span>
      <h1 className="govuk-heading-l">ECT mentoring dashboard</h1>
      <p className="govuk-body">
        Figures as of {today}. Only term weeks count towards expected sessions.
      </p>
      {readOnly && (
        <div className="govuk-inset-text">
          You can see this dashboard as headteacher. Only the induction tutor can change these
          records.
        </div>
      )}
      <DashboardBody schoolId={schoolId} schoolName={schoolName} />
    </>
  );
}
