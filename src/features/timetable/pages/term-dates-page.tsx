import { useState, type FormEvent } from 'react';

import { DateInput } from '@/components/date-input';
import { ErrorSummary } from '@/components/error-summary';
import { ErrorState, LoadingState } from '@/components/states';
import { SuccessNotice } from '@/components/success-notice';
import { scrollRegion } from '@/components/table-scroll';
import { fieldErrorFromDatabase, type FieldError } from '@/lib/database-errors';
import type { DateParts } from '@/lib/date-parts';
import { formatShortDate, isoDateInLondon } from '@/lib/dates';

import { useTermDates } from '../api/get-term-dates';
import { useSaveTermDates } from '../api/save-term-dates';
import {
  checkTermDates,
  TERM_FIELD_LABELS,
  TERM_FIELDS,
  termDayId,
  termFieldId,
  termFieldLegend,
  termFormRow,
  type TermField,
  type TermFormRow,
} from '../components/term-dates-checks';
import { academicYearOf, typicalTermDates } from '../components/typical-term-dates';
import { TERM_NAMES, type TermDatesRow } from '../types';

interface TermDatesPageProps {
  schoolId: string;
  schoolName: string;
}

function yearLabel(year: number): string {
  return `${year} to ${year + 1}`;
}

function YearTable({
  year,
  terms,
  onEdit,
}: {
  year: number;
  terms: TermDatesRow[];
  onEdit: () => void;
}) {
  return (
    <section className="app-year">
      <div className="app-year__heading">
        <h2 className="govuk-heading-m">{yearLabel(year)}</h2>
        <button
          type="button"
          className="govuk-button govuk-button--secondary govuk-button--small app-year__change"
          onClick={onEdit}
        >
          Change<span className="govuk-visually-hidden"> {yearLabel(year)}</span>
        </button>
      </div>
      <div className="app-table-scroll" {...scrollRegion(`${yearLabel(year)} term dates`)}>
        <table className="govuk-table app-table--compact">
          <caption className="govuk-table__caption govuk-visually-hidden">
            {yearLabel(year)} term dates
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Term
              </th>
              {TERM_FIELDS.map((field) => (
                <th scope="col" className="govuk-table__header" key={field}>
                  {TERM_FIELD_LABELS[field]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {terms.map((term) => (
              <tr className="govuk-table__row" key={term.term}>
                <th scope="row" className="govuk-table__header">
                  {TERM_NAMES[term.term]}
                </th>
                {TERM_FIELDS.map((field) => (
                  <td className="govuk-table__cell app-table__cell--nowrap" key={field}>
                    {formatShortDate(term[field])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

interface YearFormProps {
  schoolId: string;
  initial: TermDatesRow[];
  isNew: boolean;
  onDone: (notice: string | null) => void;
}

const DATABASE_FIELD = (terms: TermDatesRow[]) => {
  const first = terms[0]!;
  return {
    term_dates_order: {
      field: termDayId(first.academic_year, first.term, 'half_term_starts_on'),
    },
    term_dates_in_academic_year: {
      field: termDayId(first.academic_year, first.term, 'starts_on'),
    },
  };
};

function YearForm({ schoolId, initial, isNew, onDone }: YearFormProps) {
  const save = useSaveTermDates(schoolId);
  const [terms, setTerms] = useState<TermFormRow[]>(() => initial.map(termFormRow));
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [serverError, setServerError] = useState<FieldError | null>(null);
  const year = initial[0]!.academic_year;
  const summary = Object.entries(clientErrors).map(([fieldId, text]) => ({ fieldId, text }));
  if (summary.length === 0 && serverError) {
    summary.push(serverError);
  }

  function change(term: number, field: TermField, value: DateParts) {
    setTerms((current) =>
      current.map((row) => (row.term === term ? { ...row, [field]: value } : row)),
    );
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { errors: found, rows } = checkTermDates(terms);
    setClientErrors(found);
    setServerError(null);
    if (rows === null) {
      return;
    }
    save.mutate(rows, {
      onSuccess: () => onDone(`Term dates for ${yearLabel(year)} have been saved.`),
      onError: (error) =>
        setServerError(
          fieldErrorFromDatabase(error, DATABASE_FIELD(rows), termDayId(year, 1, 'starts_on')),
        ),
    });
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="app-term-form">
      {summary.length > 0 && <ErrorSummary errors={summary} />}
      <h2 className="govuk-heading-m">
        {isNew ? `Add ${yearLabel(year)}` : `Change ${yearLabel(year)}`}
      </h2>
      {isNew && (
        <p className="govuk-body">
          These are typical dates for an English school. Check them against your local authority’s
          or trust’s published term dates before saving.
        </p>
      )}
      {terms.map((term) => (
        <fieldset className="govuk-fieldset app-subsection" key={term.term}>
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
            {TERM_NAMES[term.term]} term
          </legend>
          <div className="app-date-row">
            {TERM_FIELDS.map((field) => {
              const dayId = termDayId(year, term.term, field);
              return (
                <DateInput
                  key={field}
                  id={termFieldId(year, term.term, field)}
                  legend={termFieldLegend(term.term, field)}
                  value={term[field]}
                  error={
                    clientErrors[dayId] ??
                    (serverError?.fieldId === dayId ? serverError.text : undefined)
                  }
                  onChange={(value) => change(term.term, field, value)}
                />
              );
            })}
          </div>
        </fieldset>
      ))}
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : `Save ${yearLabel(year)}`}
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => onDone(null)}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}

export function TermDatesPage({ schoolId, schoolName }: TermDatesPageProps) {
  const termDates = useTermDates(schoolId);
  const [editing, setEditing] = useState<{ terms: TermDatesRow[]; isNew: boolean } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  if (termDates.isPending) {
    return <LoadingState what="the term dates" />;
  }
  if (termDates.isError) {
    return (
      <ErrorState
        title="The term dates could not be loaded"
        error={termDates.error}
        onRetry={() => void termDates.refetch()}
      />
    );
  }

  const years = [...new Set(termDates.data.map((term) => term.academic_year))].sort(
    (a, b) => b - a,
  );
  const nextYear =
    years.length > 0 ? Math.max(...years) + 1 : academicYearOf(isoDateInLondon(new Date()));

  return (
    <>
      <title>{`Term dates – ${schoolName} – ECT mentoring`}</title>
      <SuccessNotice />
      {notice && (
        <div className="govuk-notification-banner govuk-notification-banner--success" role="alert">
          <div className="govuk-notification-banner__header">
            <h2 className="govuk-notification-banner__title">Success</h2>
          </div>
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">{notice}</p>
          </div>
        </div>
      )}
      <span className="govuk-caption-l">{schoolName}</span>
      <h1 className="govuk-heading-l">Term dates</h1>
      <p className="govuk-body app-measure">
        Expected sessions count only term weeks, and progress reviews and assessments fall due at
        the end of terms, so the dashboard needs every term of each ECT’s induction. Half-term days
        are not term days.
      </p>
      {editing ? (
        <YearForm
          key={`${editing.terms[0]!.academic_year}-${editing.isNew}`}
          schoolId={schoolId}
          initial={editing.terms}
          isNew={editing.isNew}
          onDone={(message) => {
            setEditing(null);
            setNotice(message);
          }}
        />
      ) : (
        <p className="govuk-body">
          <button
            type="button"
            className="govuk-button"
            onClick={() => {
              setNotice(null);
              setEditing({ terms: typicalTermDates(nextYear), isNew: true });
            }}
          >
            Add {yearLabel(nextYear)}
          </button>
        </p>
      )}
      {years.length === 0 && !editing && <p className="govuk-body">No term dates recorded yet.</p>}
      {years.map((year) => (
        <YearTable
          key={year}
          year={year}
          terms={termDates.data.filter((term) => term.academic_year === year)}
          onEdit={() => {
            setNotice(null);
            setEditing({
              terms: termDates.data.filter((term) => term.academic_year === year),
              isNew: false,
            });
          }}
        />
      ))}
    </>
  );
}
