import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { formatLongDate, isoDateInLondon } from '@/lib/dates';

import { useSchoolDashboard } from '../api/get-school-dashboard';
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
  const dashboard = useSchoolDashboard(schoolId);

  if (dashboard.isPending) {
    return <LoadingState what="the dashboard" />;
  }
  if (dashboard.isError) {
    return (
      <ErrorState
        title="The dashboard could not be loaded"
        error={dashboard.error}
        onRetry={() => void dashboard.refetch()}
      />
    );
  }
  const { as_of: asOf, tiles, ects, checkpoints } = dashboard.data;
  if (ects.length === 0) {
    return (
      <EmptyState title="No active ECTs">
        <p className="govuk-body">
          {schoolName} has no ECT with an active induction, so there are no mentoring figures to
          show. Figures appear here once an ECT&apos;s induction is recorded.
        </p>
      </EmptyState>
    );
  }

  const rows = withCheckpoints(ects, checkpoints);

  return (
    <>
      <DashboardActions
        schoolName={schoolName}
        asOf={asOf}
        tiles={tiles}
        checkpoints={checkpoints}
        rows={rows}
      />
      <h2 className="govuk-heading-m">At a glance</h2>
      <DashboardTiles tiles={tiles} checkpoints={checkpoints} />
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
