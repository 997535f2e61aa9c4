import { parseIsoDate } from '@/lib/dates';
import { toFiniteNumber } from '@/lib/format';
import { addDaysToIsoDate } from '@/lib/times';

import type { MyTraining } from '../api/get-my-training';

export interface TrainingTarget {
  schemeName: string;
  targetHours: number;
  periodStartsOn: string;
  /** Last day of the target period. */
  periodEndsOn: string;
  hoursInPeriod: number;
  hoursLogged: number;
  /** Hours for the 75% engagement that training providers expect. */
  engagementHours: number;
}

const SCHEMES = {
  ecf_based: { name: 'ECF-based mentor training', hours: 36, years: 2 },
  mentor_2025: { name: 'Mentor training from September 2025', hours: 20, years: 1 },
} as const;

/**
 * Compares logged hours with the scheme's target: 36 hours over two years for ECF-based
 * training, 20 hours over one year for mentors starting from September 2025. Null when the
 * school has not recorded the scheme or its start.
 */
export function trainingTarget(training: MyTraining): TrainingTarget | null {
  if (!training.scheme || !training.startedOn) return null;
  const scheme = SCHEMES[training.scheme];
  const start = training.startedOn;
  const { year, month, day } = parseIsoDate(start);
  // Date.UTC rolls 29 February on to 1 March in a year that has no leap day.
  const anniversary = new Date(Date.UTC(year + scheme.years, month - 1, day))
    .toISOString()
    .slice(0, 10);
  const periodEndsOn = addDaysToIsoDate(anniversary, -1);
  const hours = (log: MyTraining['logs'][number]) => toFiniteNumber(log.hours) ?? 0;

  return {
    schemeName: scheme.name,
    targetHours: scheme.hours,
    periodStartsOn: start,
    periodEndsOn,
    hoursInPeriod: training.logs
      .filter((log) => log.completed_on >= start && log.completed_on <= periodEndsOn)
      .reduce((sum, log) => sum + hours(log), 0),
    hoursLogged: training.logs.reduce((sum, log) => sum + hours(log), 0),
    engagementHours: scheme.hours * 0.75,
  };
}
