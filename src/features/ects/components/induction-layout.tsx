import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { ErrorState, LoadingState } from '@/components/states';
import { SuccessNotice } from '@/components/success-notice';
import { paths } from '@/config/paths';
import { formatLongDate } from '@/lib/dates';
import { formatFigure } from '@/lib/format';

import { useInductionRecord } from '../api/get-induction-record';
import { PROGRAMME_NAMES, type InductionRecord } from '../induction-types';
import { StatusHistory } from './status-history';
import { StatusTag } from './status-tag';

interface InductionLayoutProps {
  schoolId: string;
  schoolName: string;
  inductionId: string;
  /** Panels from other areas (mentor, timetable, calendar, concerns), given the induction. */
  children: (induction: InductionRecord) => ReactNode;
}

function SummaryRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

function InductionSummary({
  schoolId,
  induction,
}: {
  schoolId: string;
  induction: InductionRecord;
}) {
  return (
    <>
      <dl className="govuk-summary-list">
        <SummaryRow label="Status">
          <StatusTag status={induction.status} />
          {induction.status_changed_on && <> since {formatLongDate(induction.status_changed_on)}</>}
          {induction.status_reason && (
            <p className="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-0">
              {induction.status_reason}
            </p>
          )}
        </SummaryRow>
        <SummaryRow label="Induction started">{formatLongDate(induction.started_on)}</SummaryRow>
        <SummaryRow label="FTE">
          {formatFigure(induction.fte, { maximumFractionDigits: 2 })}
        </SummaryRow>
        <SummaryRow label="Programme">{PROGRAMME_NAMES[induction.programme]}</SummaryRow>
        <SummaryRow label="Timetable reduction">
          {formatFigure(induction.year_one_reduction_percent)}% in year one,{' '}
          {formatFigure(induction.year_two_reduction_percent)}% in year two
        </SummaryRow>
        <SummaryRow label="Registered with the DfE">
          {induction.dfe_registered_on
            ? formatLongDate(induction.dfe_registered_on)
            : 'Not recorded'}
        </SummaryRow>
        <SummaryRow label="TRN">{induction.ect?.trn ?? 'Not recorded'}</SummaryRow>
        <SummaryRow label="Subject or phase">
          {induction.ect?.subject_or_phase ?? 'Not recorded'}
        </SummaryRow>
      </dl>
      <div className="govuk-button-group">
        <Link
          className="govuk-button govuk-button--secondary"
          to={paths.editInduction(schoolId, induction.id)}
        >
          Change induction details
        </Link>
        <Link
          className="govuk-button govuk-button--secondary"
          to={paths.changeInductionStatus(schoolId, induction.id)}
        >
          Change status
        </Link>
        {induction.ect && (
          <Link className="govuk-link" to={paths.staffMember(schoolId, induction.ect.id)}>
            Staff record
          </Link>
        )}
      </div>
    </>
  );
}

/** Renders the induction page: the induction's record, the panels given, then its history. */
export function InductionLayout({
  schoolId,
  schoolName,
  inductionId,
  children,
}: InductionLayoutProps) {
  const induction = useInductionRecord(schoolId, inductionId);

  if (induction.isPending) {
    return <LoadingState what="the induction" />;
  }
  if (induction.isError) {
    return (
      <ErrorState
        title="The induction could not be loaded"
        error={induction.error}
        onRetry={() => void induction.refetch()}
      />
    );
  }

  const name = induction.data.ect?.full_name ?? 'ECT';

  return (
    <>
      <title>{`${name} – ${schoolName} – ECT mentoring`}</title>
      <SuccessNotice />
      <span className="govuk-caption-l">{schoolName}</span>
      <h1 className="govuk-heading-l">{name}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <InductionSummary schoolId={schoolId} induction={induction.data} />
        </div>
      </div>
      {children(induction.data)}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">History</h2>
          <StatusHistory schoolId={schoolId} inductionId={inductionId} />
          <p className="govuk-body">
            <Link className="govuk-link" to={paths.inductions(schoolId)}>
              Back to ECTs
            </Link>
          </p>
        </div>
      </div>
    </>
  );
}
