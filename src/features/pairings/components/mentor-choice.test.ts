import { describe, expect, it } from 'vitest';

import type { MentorOption } from '../pairing-types';
import { mentorWarnings, summariseMentors } from './mentor-choice';

function option(overrides: Partial<MentorOption> & { full_name: string }): MentorOption {
  return {
    id: overrides.full_name,
    qts_held: true,
    subject_or_phase: null,
    school_roles: [{ role: 'mentor' }],
    mentors: { id: `m-${overrides.full_name}`, ab_check_confirmed_on: null, pairings: [] },
    ...overrides,
  };
}

function pairing(name: string, startedOn: string, endedOn: string | null) {
  return {
    id: `${name}-${startedOn}`,
    started_on: startedOn,
    ended_on: endedOn,
    ect_induction: { id: name, ect: { full_name: name } },
  };
}

describe('mentorWarnings', () => {
  it('warns about the induction tutor', () => {
    const tutor = option({
      full_name: 'Siobhán O’Brien',
      school_roles: [{ role: 'mentor' }, { role: 'induction_tutor' }],
    });

    expect(mentorWarnings(tutor)).toEqual([expect.stringMatching(/is the induction tutor/)]);
  });

  it('warns about a mentor without QTS until the check is confirmed', () => {
    const unchecked = option({ full_name: 'Priya Raman', qts_held: false });
    const checked = option({
      full_name: 'Priya Raman',
      qts_held: false,
      mentors: { id: 'm', ab_check_confirmed_on: '2026-09-20', pairings: [] },
    });

    expect(mentorWarnings(unchecked)).toEqual([expect.stringMatching(/does not hold QTS/)]);
    expect(mentorWarnings(checked)).toEqual([]);
  });
});

describe('summariseMentors', () => {
  const busy = option({
    full_name: 'Anna Busy',
    mentors: {
      id: 'm1',
      ab_check_confirmed_on: null,
      pairings: [
        pairing('Current One', '2026-09-01', null),
        pairing('Old One', '2025-09-01', '2026-07-20'),
      ],
    },
  });
  const free = option({ full_name: 'Zed Free' });
  const sameSubject = option({ full_name: 'Maths Teacher', subject_or_phase: ' Mathematics ' });

  it('puts the same subject first, then the least busy', () => {
    const names = summariseMentors([busy, free, sameSubject], 'mathematics', '2026-12-04').map(
      (summary) => summary.option.full_name,
    );

    expect(names).toEqual(['Maths Teacher', 'Zed Free', 'Anna Busy']);
  });

  it('lists current and previous mentees', () => {
    const [summary] = summariseMentors([busy], null, '2026-12-04');

    expect(summary?.currentMentees).toEqual(['Current One']);
    expect(summary?.previousMentees).toEqual(['Old One']);
    expect(summary?.sameSubject).toBe(false);
  });
});
