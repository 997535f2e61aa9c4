// Riverside All-Through School: an academy with a two-week October half-term and a policy of
// weekly mentor sessions in both induction years. Its dashboard in December 2026 shows:
// - Samuel Osei has had no mentor since 27 November.
// - Matthew Lloyd, the induction tutor, mentors Kiera Mensah.
// - Lucía Romero's mentor has no QTS and awaits the appropriate body's check.
// - Noah Fielding works 0.6 FTE.

import type { SchoolDefinition } from '../types.ts';

export const riverside: SchoolDefinition = {
  key: 'riverside',
  name: 'Riverside All-Through School',
  urn: '990303',
  phase: 'all_through',
  localAuthority: 'Bristol, City of',
  appropriateBody:
    'Five Counties Teaching School Hubs Alliance (Bristol/North Somerset) (Bristol Metropolitan Academy)',
  yearOneSessionsPerWeek: 1,
  yearTwoSessionsPerWeek: 1,
  recordsCreatedAt: '2024-07-01T11:15',

  academicYears: [
    {
      year: 2024,
      autumn: { starts: '2024-09-04', halfTerm: ['2024-10-28', '2024-11-01'], ends: '2024-12-20' },
      spring: { starts: '2025-01-06', halfTerm: ['2025-02-17', '2025-02-21'], ends: '2025-04-04' },
      summer: { starts: '2025-04-22', halfTerm: ['2025-05-26', '2025-05-30'], ends: '2025-07-22' },
    },
    {
      year: 2025,
      autumn: { starts: '2025-09-04', halfTerm: ['2025-10-27', '2025-10-31'], ends: '2025-12-19' },
      spring: { starts: '2026-01-06', halfTerm: ['2026-02-16', '2026-02-20'], ends: '2026-03-27' },
      summer: { starts: '2026-04-13', halfTerm: ['2026-05-25', '2026-05-29'], ends: '2026-07-21' },
    },
    {
      year: 2026,
      // The trust moved to a two-week October half-term from 2026.
      autumn: { starts: '2026-09-03', halfTerm: ['2026-10-19', '2026-10-30'], ends: '2026-12-18' },
      spring: { starts: '2027-01-05', halfTerm: ['2027-02-15', '2027-02-19'], ends: '2027-03-25' },
      summer: { starts: '2027-04-12', halfTerm: ['2027-05-31', '2027-06-04'], ends: '2027-07-20' },
    },
  ],

  staff: [
    {
      key: 'catherine-doyle',
      name: 'Catherine Doyle',
      email: 'catherine.doyle@riverside.example',
      trn: '8714532',
      qts: true,
      roles: ['headteacher'],
    },
    {
      key: 'matthew-lloyd',
      name: 'Matthew Lloyd',
      email: 'matthew.lloyd@riverside.example',
      trn: '0957718',
      qts: true,
      roles: ['induction_tutor'],
    },
    {
      key: 'bethan-evans',
      name: 'Bethan Evans',
      email: 'bethan.evans@riverside.example',
      trn: '1066284',
      qts: true,
    },
    {
      key: 'tom-hardcastle',
      name: 'Tom Hardcastle',
      email: 'tom.hardcastle@riverside.example',
      trn: '0899105',
      qts: true,
    },
    {
      key: 'kwame-asante',
      name: 'Kwame Asante',
      email: 'kwame.asante@riverside.example',
      trn: '1150963',
      qts: true,
    },
    {
      key: 'aleksandra-nowak',
      name: 'Aleksandra Nowak',
      email: 'aleksandra.nowak@riverside.example',
      qts: false,
    },
    {
      key: 'ffion-jenkins',
      name: 'Ffion Jenkins',
      email: 'ffion.jenkins@riverside.example',
      trn: '3012958',
      qts: true,
    },
    {
      key: 'jack-oneill',
      name: "Jack O'Neill",
      email: 'jack.oneill@riverside.example',
      trn: '2980714',
      qts: true,
    },
    {
      key: 'kiera-mensah',
      name: 'Kiera Mensah',
      email: 'kiera.mensah@riverside.example',
      trn: '3055467',
      qts: true,
    },
    {
      key: 'lucia-romero',
      name: 'Lucía Romero',
      email: 'lucia.romero@riverside.example',
      trn: '3060829',
      qts: true,
    },
    {
      key: 'noah-fielding',
      name: 'Noah Fielding',
      email: 'noah.fielding@riverside.example',
      trn: '3049375',
      qts: true,
    },
    {
      key: 'samuel-osei',
      name: 'Samuel Osei',
      email: 'samuel.osei@riverside.example',
      trn: '2985541',
      qts: true,
    },
    {
      key: 'rhys-morgan',
      name: 'Rhys Morgan',
      email: 'rhys.morgan@riverside.example',
      trn: '2891276',
      qts: true,
    },
    {
      key: 'holly-baxter',
      name: 'Holly Baxter',
      email: 'holly.baxter@riverside.example',
      trn: '2977820',
      qts: true,
    },
  ],

  mentors: [
    {
      staff: 'matthew-lloyd',
      dfeRegisteredOn: '2024-07-03',
      trainingScheme: 'ecf_based',
      trainingStartedOn: '2022-09-05',
    },
    {
      staff: 'bethan-evans',
      dfeRegisteredOn: '2024-07-03',
      trainingScheme: 'ecf_based',
      trainingStartedOn: '2023-09-04',
    },
    {
      staff: 'tom-hardcastle',
      dfeRegisteredOn: '2024-07-03',
      trainingScheme: 'ecf_based',
      trainingStartedOn: '2021-09-06',
    },
    {
      staff: 'kwame-asante',
      dfeRegisteredOn: '2025-07-14',
      trainingScheme: 'mentor_2025',
      trainingStartedOn: '2025-09-08',
    },
    {
      // An unqualified teacher of Spanish with a degree and long experience; the school
      // consulted the appropriate body before pairing her.
      staff: 'aleksandra-nowak',
      abCheckRequestedOn: '2026-08-27',
      dfeRegisteredOn: '2026-08-28',
      trainingScheme: 'mentor_2025',
      trainingStartedOn: '2026-09-14',
    },
  ],

  inductions: [
    {
      key: 'ffion-2026',
      ect: 'ffion-jenkins',
      startedOn: '2026-01-05',
      programme: 'provider_led',
      pairings: [
        {
          mentor: 'bethan-evans',
          startedOn: '2026-01-05',
          slots: [{ weekday: 1, startsAt: '11:45', minutes: 45, inTeachingHours: true }],
          sessions: [
            {
              weekday: 1,
              minutes: 45,
              inTeachingHours: true,
              kinds: ['meeting', 'meeting', 'meeting', 'observation'],
              skip: [{ from: '2026-03-02', to: '2026-03-13', reason: 'illness' }],
            },
          ],
        },
      ],
    },
    {
      key: 'jack-2025',
      ect: 'jack-oneill',
      startedOn: '2025-09-01',
      programme: 'provider_led',
      pairings: [
        {
          mentor: 'bethan-evans',
          startedOn: '2025-09-01',
          endedOn: '2026-01-09',
          endReason: 'Bethan took on Ffion Jenkins, who joined in January.',
          sessions: [{ weekday: 3, minutes: 40, inTeachingHours: true }],
        },
        {
          mentor: 'tom-hardcastle',
          startedOn: '2026-01-10',
          slots: [{ weekday: 3, startsAt: '12:40', minutes: 40, inTeachingHours: true }],
          sessions: [
            {
              weekday: 3,
              minutes: 40,
              inTeachingHours: true,
              kinds: ['meeting', 'meeting', 'observation', 'meeting', 'joint_planning'],
              skip: [{ from: '2026-11-02', to: '2026-11-06', reason: 'inspection' }],
            },
          ],
        },
      ],
    },
    {
      key: 'kiera-2026',
      ect: 'kiera-mensah',
      startedOn: '2026-09-01',
      programme: 'school_led',
      pairings: [
        {
          mentor: 'matthew-lloyd',
          startedOn: '2026-09-01',
          slots: [{ weekday: 2, startsAt: '08:15', minutes: 30, inTeachingHours: false }],
          sessions: [
            {
              weekday: 2,
              minutes: 30,
              inTeachingHours: false,
              kinds: ['meeting', 'meeting', 'meeting', 'observation'],
            },
          ],
        },
      ],
    },
    {
      key: 'lucia-2026',
      ect: 'lucia-romero',
      startedOn: '2026-09-01',
      programme: 'provider_led',
      pairings: [
        {
          mentor: 'aleksandra-nowak',
          startedOn: '2026-09-01',
          slots: [{ weekday: 4, startsAt: '10:30', minutes: 60, inTeachingHours: true }],
          sessions: [
            {
              weekday: 4,
              minutes: 60,
              inTeachingHours: true,
              kinds: ['meeting', 'observation'],
              extra: [
                {
                  on: '2026-11-11',
                  minutes: 20,
                  kind: 'drop_in',
                  inTeachingHours: true,
                  notes: 'Talked through a Year 9 lesson that didn’t go to plan.',
                },
              ],
            },
          ],
        },
      ],
    },
    {
      key: 'noah-2026',
      ect: 'noah-fielding',
      startedOn: '2026-09-01',
      fte: 0.6,
      programme: 'provider_led',
      pairings: [
        {
          mentor: 'bethan-evans',
          startedOn: '2026-09-01',
          // Noah works Wednesday to Friday.
          slots: [{ weekday: 5, startsAt: '13:00', minutes: 30, inTeachingHours: true }],
          sessions: [{ weekday: 5, minutes: 30, inTeachingHours: true, everyWeeks: 2 }],
        },
      ],
    },
    {
      key: 'samuel-2025',
      ect: 'samuel-osei',
      startedOn: '2025-09-01',
      programme: 'school_led',
      pairings: [
        {
          mentor: 'kwame-asante',
          startedOn: '2025-09-01',
          endedOn: '2026-11-27',
          endReason: 'Kwame left the school.',
          slots: [
            {
              weekday: 4,
              startsAt: '15:30',
              minutes: 45,
              inTeachingHours: false,
              to: '2026-11-27',
            },
          ],
          sessions: [
            { weekday: 4, minutes: 45, inTeachingHours: false, stopsAfter: '2026-07-21' },
            {
              weekday: 4,
              minutes: 45,
              inTeachingHours: false,
              from: '2026-09-03',
              skip: [{ from: '2026-09-28', to: '2026-10-16', reason: 'mentor illness' }],
            },
          ],
        },
      ],
    },
    {
      key: 'rhys-2024',
      ect: 'rhys-morgan',
      startedOn: '2024-09-02',
      programme: 'provider_led',
      status: { status: 'completed', on: '2026-07-21' },
      pairings: [
        {
          mentor: 'tom-hardcastle',
          startedOn: '2024-09-02',
          endedOn: '2026-07-21',
          endReason: 'Induction completed.',
          sessions: [{ weekday: 2, minutes: 40, inTeachingHours: true }],
        },
      ],
    },
    {
      key: 'holly-2025',
      ect: 'holly-baxter',
      startedOn: '2025-09-01',
      programme: 'school_led',
      status: { status: 'moved_school', on: '2026-04-10' },
      pairings: [
        {
          mentor: 'kwame-asante',
          startedOn: '2025-09-01',
          endedOn: '2026-04-10',
          endReason: 'Holly moved to a school nearer home.',
          sessions: [{ weekday: 2, minutes: 45, inTeachingHours: true }],
        },
      ],
    },
  ],

  concerns: [
    {
      key: 'samuel-no-mentor',
      subject: 'ect_progress',
      induction: 'samuel-2025',
      summary: 'No mentor since Kwame left on 27 November',
      raisedBy: 'matthew-lloyd',
      assignedTo: 'catherine-doyle',
      raisedAt: '2026-11-30T10:00',
      status: 'open',
    },
    {
      key: 'aleksandra-clash',
      subject: 'mentor_capacity',
      mentor: 'aleksandra-nowak',
      summary: 'Mentor time clashes with Year 11 intervention',
      raisedBy: 'aleksandra-nowak',
      assignedTo: 'matthew-lloyd',
      raisedAt: '2026-11-16T15:50',
      status: 'in_progress',
    },
    {
      key: 'kwame-cancellations',
      subject: 'mentor_capacity',
      mentor: 'kwame-asante',
      summary: 'Sessions with Samuel keep being cancelled',
      details: 'Kwame’s sessions lapsed for three weeks in the autumn term.',
      raisedBy: 'matthew-lloyd',
      assignedTo: 'catherine-doyle',
      raisedAt: '2026-10-01T09:30',
      status: 'escalated',
      escalatedOn: '2026-11-10',
    },
    {
      key: 'jack-questioning',
      subject: 'ect_progress',
      induction: 'jack-2025',
      summary: 'Questioning in Year 8 lessons needs developing',
      raisedBy: 'tom-hardcastle',
      assignedTo: 'matthew-lloyd',
      raisedAt: '2026-02-02T16:10',
      status: 'resolved',
      resolvedAt: '2026-03-20T12:30',
      resolution: 'Observed lessons show secure questioning; the target is met.',
    },
  ],
};
