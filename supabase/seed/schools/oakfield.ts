// Oakfield Primary School: the main demo school, with four of the five demo sign-ins.
// Its dashboard in December 2026 shows these cases:
// - Priya Raman mentors Chloé Durand without QTS, awaiting the appropriate body's check.
// - Siobhán O'Brien, the induction tutor, mentors Ben Tremayne.
// - Eilidh McKenzie works 0.6 FTE, so she is still in induction year one.
// - Dylan Fitzgerald changed mentor in February 2026.
// - Femi Adeyemi's sessions lapsed after 5 October 2026.
// - Tomasz Kowalski's pairing has no timetabled slot, and his timetable reduction (5%) is
//   below the statutory 10% for year one.
// - Tomasz Kowalski's term 2 progress review was missed, so it shows as overdue.
// - Daniel Okafor logged 17.5 of the 20 hours of his mentor training (mentor_2025).

import type { SchoolDefinition } from '../types.ts';

export const oakfield: SchoolDefinition = {
  key: 'oakfield',
  name: 'Oakfield Primary School',
  urn: '990101',
  phase: 'primary',
  localAuthority: 'Leeds',
  appropriateBody: 'Leeds Teaching School Hub (The Morley Academy)',
  recordsCreatedAt: '2024-07-15T09:00',

  academicYears: [
    {
      year: 2024,
      autumn: { starts: '2024-09-04', halfTerm: ['2024-10-28', '2024-11-01'], ends: '2024-12-20' },
      spring: { starts: '2025-01-06', halfTerm: ['2025-02-17', '2025-02-21'], ends: '2025-04-04' },
      summer: { starts: '2025-04-22', halfTerm: ['2025-05-26', '2025-05-30'], ends: '2025-07-22' },
    },
    {
      year: 2025,
      autumn: { starts: '2025-09-03', halfTerm: ['2025-10-27', '2025-10-31'], ends: '2025-12-19' },
      spring: { starts: '2026-01-05', halfTerm: ['2026-02-16', '2026-02-20'], ends: '2026-03-27' },
      summer: { starts: '2026-04-13', halfTerm: ['2026-05-25', '2026-05-29'], ends: '2026-07-22' },
    },
    {
      year: 2026,
      autumn: { starts: '2026-09-03', halfTerm: ['2026-10-26', '2026-10-30'], ends: '2026-12-18' },
      spring: { starts: '2027-01-04', halfTerm: ['2027-02-15', '2027-02-19'], ends: '2027-03-25' },
      summer: { starts: '2027-04-12', halfTerm: ['2027-05-31', '2027-06-04'], ends: '2027-07-21' },
    },
  ],

  staff: [
    {
      key: 'helen-ashworth',
      name: 'Helen Ashworth',
      email: 'head@oakfield.example',
      trn: '9312047',
      qts: true,
      roles: ['headteacher'],
      signIn: true,
    },
    {
      key: 'siobhan-obrien',
      name: "Siobhán O'Brien",
      email: 'tutor@oakfield.example',
      trn: '1048823',
      qts: true,
      roles: ['induction_tutor'],
      signIn: true,
    },
    {
      key: 'daniel-okafor',
      name: 'Daniel Okafor',
      email: 'mentor@oakfield.example',
      trn: '1122950',
      qts: true,
      signIn: true,
    },
    {
      key: 'rachel-whitfield',
      name: 'Rachel Whitfield',
      email: 'rachel.whitfield@oakfield.example',
      trn: '0874416',
      qts: true,
    },
    { key: 'priya-raman', name: 'Priya Raman', email: 'priya.raman@oakfield.example', qts: false },
    {
      key: 'marcus-bell',
      name: 'Marcus Bell',
      email: 'marcus.bell@oakfield.example',
      trn: '1203377',
      qts: true,
    },
    {
      key: 'amara-nwosu',
      name: 'Amara Nwosu',
      email: 'ect@oakfield.example',
      trn: '3051184',
      qts: true,
      signIn: true,
    },
    {
      key: 'ben-tremayne',
      name: 'Ben Tremayne',
      email: 'ben.tremayne@oakfield.example',
      trn: '3049912',
      qts: true,
    },
    {
      key: 'chloe-durand',
      name: 'Chloé Durand',
      email: 'chloe.durand@oakfield.example',
      trn: '3062045',
      qts: true,
    },
    {
      key: 'dylan-fitzgerald',
      name: 'Dylan Fitzgerald',
      email: 'dylan.fitzgerald@oakfield.example',
      trn: '2987310',
      qts: true,
    },
    {
      key: 'eilidh-mckenzie',
      name: 'Eilidh McKenzie',
      email: 'eilidh.mckenzie@oakfield.example',
      trn: '2990458',
      qts: true,
    },
    {
      key: 'femi-adeyemi',
      name: 'Femi Adeyemi',
      email: 'femi.adeyemi@oakfield.example',
      trn: '2979631',
      qts: true,
    },
    {
      key: 'tomasz-kowalski',
      name: 'Tomasz Kowalski',
      email: 'tomasz.kowalski@oakfield.example',
      trn: '3010276',
      qts: true,
    },
    {
      key: 'harriet-lin',
      name: 'Harriet Lin',
      email: 'harriet.lin@oakfield.example',
      trn: '2894503',
      qts: true,
    },
    {
      key: 'isaac-moore',
      name: 'Isaac Moore',
      email: 'isaac.moore@oakfield.example',
      trn: '2981145',
      qts: true,
    },
  ],

  mentors: [
    {
      staff: 'siobhan-obrien',
      dfeRegisteredOn: '2024-07-18',
      trainingScheme: 'ecf_based',
      trainingStartedOn: '2021-09-06',
    },
    {
      staff: 'daniel-okafor',
      dfeRegisteredOn: '2025-09-12',
      trainingScheme: 'mentor_2025',
      trainingStartedOn: '2025-09-22',
      trainingLogs: [
        { on: '2025-09-22', hours: 3, activity: 'Introduction to the mentor training programme' },
        { on: '2025-10-15', hours: 2, activity: 'Module 1: supporting ECTs with behaviour' },
        { on: '2025-11-19', hours: 2.5, activity: 'Module 2: instructional coaching' },
        { on: '2026-01-21', hours: 2, activity: 'Provider session: giving feedback' },
        { on: '2026-03-11', hours: 2, activity: 'Module 3: adaptive teaching' },
        { on: '2026-05-13', hours: 1.5, activity: 'Self-study: retrieval practice' },
        { on: '2026-06-24', hours: 2.5, activity: 'Module 4: assessment' },
        { on: '2026-07-08', hours: 2, activity: 'Provider conference' },
      ],
    },
    {
      staff: 'rachel-whitfield',
      dfeRegisteredOn: '2024-07-18',
      trainingScheme: 'ecf_based',
      trainingStartedOn: '2022-09-05',
    },
    {
      // Qualified in India; her QTS application is with the TRA, so the appropriate body
      // has been asked to confirm she may mentor in the meantime.
      staff: 'priya-raman',
      abCheckRequestedOn: '2026-09-10',
      dfeRegisteredOn: '2026-09-11',
      trainingScheme: 'mentor_2025',
      trainingStartedOn: '2026-09-21',
      trainingLogs: [
        { on: '2026-09-21', hours: 3, activity: 'Introduction to the mentor training programme' },
        { on: '2026-10-14', hours: 2, activity: 'Module 1: supporting ECTs with behaviour' },
        { on: '2026-11-18', hours: 2.5, activity: 'Module 2: instructional coaching' },
      ],
    },
    {
      staff: 'marcus-bell',
      dfeRegisteredOn: '2025-07-10',
      trainingScheme: 'ecf_based',
      trainingStartedOn: '2023-09-11',
    },
  ],

  inductions: [
    {
      key: 'amara-2026',
      ect: 'amara-nwosu',
      startedOn: '2026-09-01',
      programme: 'provider_led',
      pairings: [
        {
          mentor: 'daniel-okafor',
          startedOn: '2026-09-01',
          slots: [{ weekday: 2, startsAt: '13:30', minutes: 60, inTeachingHours: true }],
          sessions: [
            {
              weekday: 2,
              minutes: 60,
              inTeachingHours: true,
              kinds: ['meeting', 'meeting', 'meeting', 'observation'],
              skip: [{ from: '2026-11-09', to: '2026-11-13', reason: 'mentor illness' }],
              extra: [
                {
                  on: '2026-10-08',
                  minutes: 15,
                  kind: 'drop_in',
                  inTeachingHours: false,
                  notes: 'Quick check-in after a tricky parents’ evening.',
                },
              ],
            },
          ],
        },
      ],
    },
    {
      key: 'ben-2026',
      ect: 'ben-tremayne',
      startedOn: '2026-09-01',
      programme: 'provider_led',
      pairings: [
        {
          mentor: 'siobhan-obrien',
          startedOn: '2026-09-01',
          slots: [{ weekday: 4, startsAt: '15:30', minutes: 45, inTeachingHours: false }],
          sessions: [
            {
              weekday: 4,
              minutes: 45,
              inTeachingHours: false,
              kinds: ['meeting', 'meeting', 'joint_planning', 'meeting', 'observation'],
            },
          ],
        },
      ],
    },
    {
      key: 'chloe-2026',
      ect: 'chloe-durand',
      startedOn: '2026-09-01',
      programme: 'school_led',
      pairings: [
        {
          // No mentor for the first fortnight: Priya's timetable was only settled then.
          mentor: 'priya-raman',
          startedOn: '2026-09-14',
          sessions: [{ weekday: 1, minutes: 30, inTeachingHours: true, everyWeeks: 2 }],
        },
      ],
    },
    {
      key: 'dylan-2025',
      ect: 'dylan-fitzgerald',
      startedOn: '2025-09-01',
      programme: 'provider_led',
      pairings: [
        {
          mentor: 'rachel-whitfield',
          startedOn: '2025-09-01',
          endedOn: '2026-02-13',
          endReason: 'Dylan moved to Reception; his new mentor leads the early years phase.',
          slots: [
            {
              weekday: 3,
              startsAt: '15:45',
              minutes: 45,
              inTeachingHours: false,
              to: '2026-02-13',
            },
          ],
          sessions: [
            {
              weekday: 3,
              minutes: 45,
              inTeachingHours: false,
              kinds: ['meeting', 'meeting', 'observation'],
            },
          ],
        },
        {
          mentor: 'daniel-okafor',
          startedOn: '2026-02-14',
          slots: [
            {
              weekday: 5,
              startsAt: '09:00',
              minutes: 40,
              inTeachingHours: true,
              from: '2026-02-23',
            },
          ],
          sessions: [
            {
              weekday: 5,
              minutes: 40,
              inTeachingHours: true,
              from: '2026-02-23',
              stopsAfter: '2026-07-22',
              kinds: ['meeting', 'meeting', 'observation'],
            },
            // Year two: fortnightly, as the school expects.
            {
              weekday: 5,
              minutes: 40,
              inTeachingHours: true,
              everyWeeks: 2,
              from: '2026-09-03',
              kinds: ['meeting', 'joint_planning'],
            },
          ],
        },
      ],
    },
    {
      key: 'eilidh-2025',
      ect: 'eilidh-mckenzie',
      startedOn: '2025-09-01',
      fte: 0.6,
      programme: 'school_led',
      yearOneReductionPercent: 10,
      pairings: [
        {
          mentor: 'rachel-whitfield',
          startedOn: '2025-09-01',
          // Eilidh works Monday to Wednesday, so the slot is before school on Wednesday.
          slots: [{ weekday: 3, startsAt: '08:00', minutes: 30, inTeachingHours: false }],
          sessions: [
            {
              weekday: 3,
              minutes: 30,
              inTeachingHours: false,
              kinds: ['meeting', 'meeting', 'meeting', 'meeting', 'observation'],
              skip: [{ from: '2026-01-19', to: '2026-02-06', reason: 'illness' }],
            },
          ],
        },
      ],
    },
    {
      key: 'femi-2025',
      ect: 'femi-adeyemi',
      startedOn: '2025-09-01',
      programme: 'provider_led',
      // The term 3 assessment found him not yet meeting the Teachers' Standards.
      reviews: { notOnTrack: [3] },
      pairings: [
        {
          mentor: 'marcus-bell',
          startedOn: '2025-09-01',
          slots: [
            {
              weekday: 1,
              startsAt: '14:00',
              minutes: 45,
              inTeachingHours: true,
              from: '2025-09-08',
            },
          ],
          sessions: [
            {
              weekday: 1,
              minutes: 45,
              inTeachingHours: true,
              stopsAfter: '2026-07-22',
              kinds: ['meeting', 'meeting', 'meeting', 'observation'],
            },
            // The slot is still on the timetable, but cover dried up in October.
            {
              weekday: 1,
              minutes: 45,
              inTeachingHours: true,
              everyWeeks: 2,
              from: '2026-09-07',
              stopsAfter: '2026-10-10',
            },
          ],
        },
      ],
    },
    {
      key: 'tomasz-2026',
      ect: 'tomasz-kowalski',
      startedOn: '2026-01-05',
      programme: 'provider_led',
      // His timetable was set before the school planned the ECT reduction.
      yearOneReductionPercent: 5,
      // His term 2 review was missed when his mentor's Mondays went to cover.
      reviews: { missed: [2] },
      pairings: [
        {
          mentor: 'marcus-bell',
          startedOn: '2026-01-05',
          sessions: [
            {
              weekday: 4,
              minutes: 30,
              inTeachingHours: true,
              everyWeeks: 2,
              kinds: ['meeting', 'meeting', 'observation'],
            },
          ],
        },
      ],
    },
    {
      key: 'harriet-2024',
      ect: 'harriet-lin',
      startedOn: '2024-09-02',
      programme: 'provider_led',
      status: { status: 'completed', on: '2026-07-22' },
      pairings: [
        {
          mentor: 'rachel-whitfield',
          startedOn: '2024-09-02',
          endedOn: '2026-07-22',
          endReason: 'Induction completed.',
          slots: [
            {
              weekday: 2,
              startsAt: '12:15',
              minutes: 40,
              inTeachingHours: true,
              to: '2026-07-22',
            },
          ],
          sessions: [
            { weekday: 2, minutes: 40, inTeachingHours: true, stopsAfter: '2025-07-22' },
            { weekday: 2, minutes: 40, inTeachingHours: true, everyWeeks: 2, from: '2025-09-02' },
          ],
        },
      ],
    },
    {
      key: 'isaac-2025',
      ect: 'isaac-moore',
      startedOn: '2025-09-01',
      programme: 'school_led',
      status: { status: 'withdrawn', on: '2026-01-30' },
      pairings: [
        {
          mentor: 'marcus-bell',
          startedOn: '2025-09-01',
          endedOn: '2026-01-30',
          endReason: 'Isaac left teaching.',
          sessions: [{ weekday: 4, minutes: 45, inTeachingHours: true }],
        },
      ],
    },
  ],

  concerns: [
    {
      key: 'chloe-behaviour',
      subject: 'ect_progress',
      induction: 'chloe-2026',
      summary: 'Behaviour management with Year 4 after lunch',
      details:
        'Low-level disruption in afternoon lessons is slowing Chloé’s progress. ' +
        'Agreed to observe a Thursday afternoon lesson before the next review.',
      raisedBy: 'priya-raman',
      assignedTo: 'siobhan-obrien',
      raisedAt: '2026-11-24T16:20',
      status: 'open',
    },
    {
      key: 'marcus-cover',
      subject: 'mentor_capacity',
      mentor: 'marcus-bell',
      summary: 'No cover for Monday mentor time since October',
      details:
        'Marcus is covering a Year 5 class on Monday afternoons until a teacher is appointed.',
      raisedBy: 'marcus-bell',
      assignedTo: 'siobhan-obrien',
      raisedAt: '2026-10-14T12:05',
      status: 'in_progress',
    },
    {
      key: 'femi-standards',
      subject: 'ect_progress',
      induction: 'femi-2025',
      summary: "Progress against the Teachers' Standards at risk before the term 4 review",
      raisedBy: 'siobhan-obrien',
      assignedTo: 'helen-ashworth',
      raisedAt: '2026-11-03T09:10',
      status: 'escalated',
      escalatedOn: '2026-11-20',
    },
    {
      key: 'dylan-phonics',
      subject: 'ect_progress',
      induction: 'dylan-2025',
      summary: 'Phonics teaching not yet secure after the move to Reception',
      raisedBy: 'rachel-whitfield',
      assignedTo: 'siobhan-obrien',
      raisedAt: '2026-01-12T15:40',
      status: 'resolved',
      resolvedAt: '2026-03-06T12:00',
      resolution: 'Dylan completed the school’s phonics training; planning is now secure.',
    },
    {
      key: 'rachel-timetable',
      subject: 'mentor_capacity',
      mentor: 'rachel-whitfield',
      summary: 'Wednesday mentor time keeps being used for cover',
      raisedBy: 'rachel-whitfield',
      assignedTo: 'siobhan-obrien',
      raisedAt: '2025-11-17T08:30',
      status: 'resolved',
      resolvedAt: '2025-12-01T14:00',
      resolution: 'The cover rota now leaves Wednesday mentor time protected.',
    },
  ],
};
