import { EmptyState } from '@/components/states';
import { scrollRegion } from '@/components/table-scroll';
import { formatShortDate } from '@/lib/dates';

import type { TermDateRow } from '../types';
import { inductionCalendar, termName } from './induction-calendar';

interface CalendarTableProps {
  startedOn: string;
  fte: unknown;
  terms: TermDateRow[];
  today: string;
}

function when(endsOn: string | null, startsOn: string | null, today: string): string {
  if (!endsOn) return 'Term dates not recorded yet';
  if (endsOn < today) return `Term ended ${formatShortDate(endsOn)}`;
  if (startsOn && startsOn <= today) return `This term, by ${formatShortDate(endsOn)}`;
  return `By ${formatShortDate(endsOn)}`;
}

export function CalendarTable({ startedOn, fte, terms, today }: CalendarTableProps) {
  const entries = inductionCalendar(startedOn, fte, terms);
  if (entries.length === 0) {
    return (
      <EmptyState title="No term dates recorded">
        <p className="govuk-body">Your calendar appears once your school records its terms.</p>
      </EmptyState>
    );
  }

  return (
    <div
      className="app-table-scroll"
      {...scrollRegion('Your progress reviews and formal assessments')}
    >
      <table className="govuk-table app-table--compact">
        <caption className="govuk-table__caption govuk-table__caption--m">
          Your progress reviews and formal assessments
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Induction term
            </th>
            <th scope="col" className="govuk-table__header">
              What happens
            </th>
            <th scope="col" className="govuk-table__header">
              School term
            </th>
            <th scope="col" className="govuk-table__header">
              When
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {entries.map((entry) => {
            const recorded = terms.find(
              (term) => term.academic_year === entry.academicYear && term.term === entry.term,
            );
            return (
              <tr key={entry.inductionTerm} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  Term {entry.inductionTerm}
                </th>
                <td className="govuk-table__cell">{entry.kind}</td>
                <td className="govuk-table__cell">{termName(entry.academicYear, entry.term)}</td>
                <td className="govuk-table__cell">
                  {when(entry.endsOn, recorded?.starts_on ?? null, today)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
