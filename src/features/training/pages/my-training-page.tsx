import { Link, useLocation } from 'react-router';

import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { SuccessBanner } from '@/components/success-banner';
import { SummaryList } from '@/components/summary-list';
import { scrollRegion } from '@/components/table-scroll';
import { TwoThirdsColumn } from '@/components/two-thirds-column';
import { paths } from '@/config/paths';
import { formatLongDate, formatShortDate } from '@/lib/dates';
import { formatFigure } from '@/lib/format';

import { useMyTraining, type MyTraining } from '../api/get-my-training';
import { trainingTarget } from '../components/training-target';

interface MyTrainingPageProps {
  schoolId: string;
  schoolName: string;
  staffId: string;
}

function Progress({ training }: { training: MyTraining }) {
  const target = trainingTarget(training);
  if (!target) {
    return (
      <p className="govuk-body">
        Your school has not recorded your training scheme or when it started. Ask your induction
        tutor to add them.
      </p>
    );
  }
  const met = target.hoursInPeriod >= target.engagementHours;

  return (
    <SummaryList
      rows={[
        { key: 'Scheme', value: target.schemeName },
        {
          key: 'Target period',
          value: `${formatLongDate(target.periodStartsOn)} to ${formatLongDate(target.periodEndsOn)}`,
        },
        {
          key: 'Hours in the target period',
          value: `${formatFigure(target.hoursInPeriod, { maximumFractionDigits: 2 })} of ${target.targetHours} hours`,
        },
        {
          key: 'Engagement',
          value: met
            ? `At least the ${formatFigure(target.engagementHours)} hours (75%) providers expect`
            : `Below the ${formatFigure(target.engagementHours)} hours (75%) providers expect`,
        },
        {
          key: 'All hours logged',
          value: `${formatFigure(target.hoursLogged, { maximumFractionDigits: 2 })} hours`,
        },
      ]}
    />
  );
}

function TrainingBody({ schoolId, staffId }: Omit<MyTrainingPageProps, 'schoolName'>) {
  const training = useMyTraining(schoolId, staffId);

  if (training.isPending) {
    return <LoadingState what="your training" />;
  }
  if (training.isError) {
    return (
      <ErrorState
        title="Your training could not be loaded"
        error={training.error}
        onRetry={() => void training.refetch()}
      />
    );
  }
  if (!training.data) {
    return (
      <EmptyState title="No mentor record">
        <p className="govuk-body">Your school has not recorded you as a mentor yet.</p>
      </EmptyState>
    );
  }

  return (
    <>
      <Progress training={training.data} />
      <Link className="govuk-button" to={paths.logTraining(schoolId)} data-module="govuk-button">
        Log training
      </Link>
      {training.data.logs.length === 0 ? (
        <EmptyState title="No training logged yet">
          <p className="govuk-body">Training you log appears here.</p>
        </EmptyState>
      ) : (
        <div className="app-table-scroll" {...scrollRegion('Training logged, newest first')}>
          <table className="govuk-table app-table--compact">
            <caption className="govuk-table__caption govuk-table__caption--m">
              Training logged, newest first
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Date
                </th>
                <th scope="col" className="govuk-table__header">
                  Activity
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Hours
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {training.data.logs.map((log) => (
                <tr key={log.id} className="govuk-table__row">
                  <th scope="row" className="govuk-table__header">
                    {formatShortDate(log.completed_on)}
                  </th>
                  <td className="govuk-table__cell">{log.activity}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">
                    {formatFigure(log.hours, { maximumFractionDigits: 2 })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

export function MyTrainingPage({ schoolId, schoolName, staffId }: MyTrainingPageProps) {
  const location = useLocation();
  const saved = (location.state as { saved?: string } | null)?.saved;

  return (
    <TwoThirdsColumn>
      <title>{`My training – ${schoolName} – ECT mentoring`}</title>
      {saved && <SuccessBanner text={saved} />}
      <span className="govuk-caption-l">{schoolName}</span>
      <h1 className="govuk-heading-l">My mentor training</h1>
      <TrainingBody schoolId={schoolId} staffId={staffId} />
    </TwoThirdsColumn>
  );
}
