import type { InductionPairing, MentorOption } from '../pairing-types';

/** Returns the pairing in effect on the day, if any. */
export function pairingOn(pairings: readonly InductionPairing[], day: string) {
  return (
    pairings.find(
      (pairing) =>
        pairing.started_on <= day && (pairing.ended_on === null || pairing.ended_on >= day),
    ) ?? null
  );
}

/** Reasons the guidance advises against this mentor, each a full sentence. */
export function mentorWarnings(option: MentorOption): string[] {
  const warnings: string[] = [];
  if (option.school_roles.some((item) => item.role === 'induction_tutor')) {
    warnings.push(
      `${option.full_name} is the induction tutor. The guidance advises that the mentor and the induction tutor are different people, so the dashboard flags this pairing.`,
    );
  }
  const confirmed = (option.mentors?.ab_check_confirmed_on ?? null) !== null;
  if (!option.qts_held && !confirmed) {
    warnings.push(
      `${option.full_name} does not hold QTS and the appropriate body has not confirmed they may mentor. The dashboard flags this pairing until it does.`,
    );
  }

  return warnings;
}

function normalised(text: string | null): string {
  return (text ?? '').trim().toLowerCase();
}

export interface MentorSummary {
  option: MentorOption;
  sameSubject: boolean;
  currentMentees: string[];
  previousMentees: string[];
}

/**
 * Summarises each mentor for the choice: mentors who share the ECT's subject or phase come
 * first, then those mentoring fewest ECTs today, then by name.
 */
export function summariseMentors(
  options: readonly MentorOption[],
  ectSubject: string | null,
  today: string,
): MentorSummary[] {
  const summaries = options.map((option) => {
    const pairings = option.mentors?.pairings ?? [];
    const nameOf = (pairing: (typeof pairings)[number]) =>
      pairing.ect_induction?.ect?.full_name ?? 'Name not available';
    const isCurrent = (pairing: (typeof pairings)[number]) =>
      pairing.started_on <= today && (pairing.ended_on === null || pairing.ended_on >= today);

    return {
      option,
      sameSubject:
        normalised(ectSubject) !== '' &&
        normalised(ectSubject) === normalised(option.subject_or_phase),
      currentMentees: pairings.filter(isCurrent).map(nameOf),
      previousMentees: [
        ...new Set(
          pairings
            .filter((pairing) => !isCurrent(pairing) && pairing.started_on <= today)
            .map(nameOf),
        ),
      ],
    };
  });

  return summaries.sort(
    (a, b) =>
      Number(b.sameSubject) - Number(a.sameSubject) ||
      a.currentMentees.length - b.currentMentees.length ||
      a.option.full_name.localeCompare(b.option.full_name, 'en-GB'),
  );
}
