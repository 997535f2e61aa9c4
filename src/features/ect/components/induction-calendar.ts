import { toFiniteNumber } from '@/lib/format';

import type { TermDateRow } from '../types';

export interface CalendarEntry {
  inductionTerm: number;
  kind: 'Progress review' | 'Formal assessment';
  /** Academic year (the calendar year it starts in) and term (1 autumn, 2 spring, 3 summer). */
  academicYear: number;
  term: number;
  /** Last day of that term, when the school has recorded its dates. */
  endsOn: string | null;
}

const TERM_NAMES = ['Autumn', 'Spring', 'Summer'];

export function termName(academicYear: number, term: number): string {
  // The spring and summer terms fall in the calendar year after the academic year starts.
  const calendarYear = term === 1 ? academicYear : academicYear + 1;
  return `${TERM_NAMES[term - 1]} term ${calendarYear}`;
}

/**
 * Places the progress reviews (induction terms 1, 2, 4, 5) and formal assessments (terms 3 and
 * 6) in the school's terms. Induction term k ends in the ceil(k / fte)-th school term, counting
 * the term the induction started in as the first, so a part-time ECT's reviews come later.
 */
export function inductionCalendar(
  startedOn: string,
  fte: unknown,
  terms: readonly TermDateRow[],
): CalendarEntry[] {
  const first = terms.find((term) => term.ends_on >= startedOn);
  if (!first) return [];
  // FTE is stored in hundredths, so whole hundredths keep the division exact.
  const fteHundredths = Math.round((toFiniteNumber(fte) ?? 1) * 100);

  return [1, 2, 3, 4, 5, 6].map((inductionTerm) => {
    const schoolTermNumber = Math.ceil((inductionTerm * 100) / fteHundredths);
    const index = first.term - 1 + schoolTermNumber - 1;
    const academicYear = first.academic_year + Math.floor(index / 3);
    const term = (index % 3) + 1;
    const recorded = terms.find((row) => row.academic_year === academicYear && row.term === term);

    return {
      inductionTerm,
      kind: inductionTerm === 3 || inductionTerm === 6 ? 'Formal assessment' : 'Progress review',
      academicYear,
      term,
      endsOn: recorded?.ends_on ?? null,
    };
  });
}
