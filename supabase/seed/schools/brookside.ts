// Brookside Academy: a secondary school whose induction tutor is the fifth demo sign-in.
// Its dashboard in December 2026 shows these cases:
// - Hannah Wright works 0.8 FTE: in her second school year but still in induction year one.
// - Callum Reid changed mentor in October 2026.
// - Mateusz Zieliński mentors without QTS and awaits the appropriate body's check, while
//   Olamide Bakare's check was confirmed.
// - Tariq Hussain joined in November and has no session logged yet.
// - Imogen Hart's induction is paused, with a concern still in progress.

import type { SchoolDefinition } from '../types.ts';

export const brookside: SchoolDefinition = {
  key: 'brookside',
  name: 'Brookside Academy',
  urn: '990202',
  phase: 'secondary',
  localAuthority: 'Hampshire',
  appropriateBody: 'HISP Teaching School Hub (Thornden School)',
  recordsCreatedAt: '2024-07-08T10:30',

  academicYears: [
    {
      year: 2024,
      autumn: { starts: '2024-09-03', halfTerm: ['2024-10-28', '2024-11-01'], ends: '2024-12-20' },
      spring: { starts: '2025-01-06', halfTerm: ['2025-02-17', '2025-02-21'], ends: '2025-04-04' },
      summer: { starts: '2025-04-22', halfTerm: ['2025-05-26', '2025-05-30'], ends: '2025-07-23' },
    },
    {
      year: 2025,
      autumn: { starts: '2025-09-02', halfTerm: ['2025-10-27', '2025-10-31'], ends: '2025-12-19' },
      spring: { starts: '2026-01-05', halfTerm: ['2026-02-16', '2026-02-20'], ends: '2026-03-27' },
      summer: { starts: '2026-04-13', halfTerm: ['2026-05-25', '2026-05-29'], ends: '2026-07-21' },
    },
    {
      year: 2026,
      autumn: { starts: '2026-09-02', halfTerm: ['2026-10-26', '2026-10-30'], ends: '2026-12-18' },
      spring: { starts: '2027-01-04', halfTerm: ['2027-02-15', '2027-02-19'], ends: '2027-03-25' },
      summer: { starts: '2027-04-12', halfTerm: ['2027-05-31', '2027-06-04'], ends: '2027-07-22' },
    },
  ],

  staff: [
    {
      key: 'andrew-pryce',
      name: 'Andrew Pryce',
      email: 'andrew.pryce@brookside.example',
      trn: '8820416',
      qts: true,
      roles: ['headteacher'],
    },
    {
      key: 'niamh-osullivan',
      name: 'Niamh O’Sullivan',
      email: 'tutor@brookside.example',
      trn: '1003958',
      qts: true,
      roles: ['induction_tutor'],
      signIn: true,
    },
    {
      key: 'jose-fernandes',
      name: 'José Fernandes',
      email: 'jose.fernandes@brookside.example',
      trn: '0962271',
      qts: true,
    },
    {
      key: 'karen-bishop',
      name: 'Karen Bishop',
      email: 'karen.bishop@brookside.example',
      trn: '0791834',
      qts: true,
    },
    {
      key: 'gareth-llewellyn',
      name: 'Gareth Llewellyn',
      email: 'gareth.llewellyn@brookside.example',
      trn: '1137402',
      qts: true,
    },
    {
      key: 'olamide-bakare',
      name: 'Olamide Bakare',
      email: 'olamide.bakare@brookside.example',
      qts: false,
    },
    {
      key: 'mateusz-zielinski',
      name: 'Mateusz Zieliński',
      email: 'mateusz.zielinski@brookside.example',
      qts: false,
    },
    {
      key: 'aisha-rahman',
      name: 'Aisha Rahman',
      email: 'aisha.rahman@brookside.example',
      trn: '3058821',
      qts: true,
    },
    {
      key: 'callum-reid',
      name: 'Callum Reid',
      email: 'callum.reid@brookside.example',
      trn: '3044760',
      qts: true,
    },
    {
      key: 'hannah-wright',
      name: 'Hannah Wright',
      email: 'hannah.wright@brookside.example',
      trn: '2976053',
      qts: true,
    },
    {
      key: 'owen-price',
      name: 'Owen Price',
      email: 'owen.price@brookside.example',
      trn: '2969417',
      qts: true,
    },
    {
      key: 'rosie-kaur',
      name: 'Rosie Kaur',
      email: 'rosie.kaur@brookside.example',
      trn: '2983390',
      qts: true,
    },
    {
      key: 'zoe-sinclair',
      name: 'Zoë Sinclair',
      email: 'zoe.sinclair@brookside.example',
      trn: '3067104',
      qts: true,
    },
    {
      key: 'tariq-hussain',
      name: 'Tariq Hussain',
      email: 'tariq.hussain@brookside.example',
      trn: '3071862',
      qts: true,
    },
    {
      key: 'imogen-hart',
      name: 'Imogen Hart',
      email: 'imogen.hart@brookside.example',
      trn: '2972286',
      qts: true,
    },
    {
      key: 'liam-doherty',
      name: 'Liam Doherty',
      email: 'liam.doherty@brookside.example',
      trn: '2890671',
      qts: true,
    },
    {
      key: 'megan-ellis',
      name: 'Megan Ellis',
      email: 'megan.ellis@brookside.example',
      trn: '2886349',
      qts: true,
    },
  ],

  mentors: [
    {
      staff: 'niamh-osullivan',
      dfeRegisteredOn: '2024-07-10',
      trainingScheme: 'ecf_based',
      trainingStartedOn: '2021-09-13',
    },
    {
      staff: 'jose-fernandes',
      dfeRegisteredOn: '2024-07-10',
      trainingScheme: 'ecf_based',
      trainingStartedOn: '2022-09-12',
    },
    {
      staff: 'karen-bishop',
      dfeRegisteredOn: '2025-07-02',
      trainingScheme: 'ecf_based',
      trainingStartedOn: '2023-09-18',
    },
    {
      staff: 'gareth-llewellyn',
      dfeRegisteredOn: '2024-07-10',
      trainingScheme: 'ecf_based',
      trainingStartedOn: '2022-09-12',
    },
    {
      // A design and technology instructor without QTS; the appropriate body agreed.
      staff: 'olamide-bakare',
      abCheckRequestedOn: '2025-07-08',
      abCheckConfirmedOn: '2025-07-21',
      dfeRegisteredOn: '2025-07-22',
      trainingScheme: 'mentor_2025',
      trainingStartedOn: '2025-09-15',
    },
    {
      // Qualified in Poland; recognition of his qualification is still pending.
      staff: 'mateusz-zielinski',
      abCheckRequestedOn: '2026-10-05',
      dfeRegisteredOn: '2026-09-04',
      trainingScheme: 'mentor_2025',
      trainingStartedOn: '2026-09-14',
    },
  ],

  inductions: [
    {
      key: 'aisha-2026',
      ect: 'aisha-rahman',
      startedOn: '2026-09-01',
      programme: 'provider_led',
      pairings: [
        {
          mentor: 'karen-bishop',
          startedOn: '2026-09-01',
          slots: [{ weekday: 3, startsAt: '11:10', minutes: 50, inTeachingHours: true }],
          sessions: [
            {
              weekday: 3,
              minutes: 50,
              inTeachingHours: true,
              kinds: ['meeting', 'meeting', 'observation', 'joint_planning'],
            },
          ],
        },
      ],
    },
    {
      key: 'callum-2026',
      ect: 'callum-reid',
      startedOn: '2026-09-01',
      programme: 'provider_led',
      pairings: [
        {
          mentor: 'jose-fernandes',
          startedOn: '2026-09-01',
          endedOn: '2026-10-23',
          endReason: 'José became acting deputy headteacher.',
          slots: [
            {
              weekday: 1,
              startsAt: '09:50',
              minutes: 50,
              inTeachingHours: true,
              to: '2026-10-23',
            },
          ],
          sessions: [{ weekday: 1, minutes: 50, inTeachingHours: true }],
        },
        {
          mentor: 'gareth-llewellyn',
          startedOn: '2026-10-24',
          slots: [
            {
              weekday: 4,
              startsAt: '15:20',
              minutes: 45,
              inTeachingHours: false,
              from: '2026-11-02',
            },
          ],
          sessions: [
            {
              weekday: 4,
              minutes: 45,
              inTeachingHours: false,
              kinds: ['meeting', 'meeting', 'observation'],
            },
          ],
        },
      ],
    },
    {
      key: 'hannah-2025',
      ect: 'hannah-wright',
      startedOn: '2025-09-01',
      fte: 0.8,
      programme: 'provider_led',
      pairings: [
        {
          mentor: 'niamh-osullivan',
          startedOn: '2025-09-01',
          slots: [{ weekday: 2, startsAt: '14:00', minutes: 50, inTeachingHours: true }],
          sessions: [
            {
              weekday: 2,
              minutes: 50,
              inTeachingHours: true,
              kinds: ['meeting', 'meeting', 'meeting', 'observation'],
              skip: [{ from: '2026-01-05', to: '2026-01-16', reason: 'mock exams' }],
            },
          ],
        },
      ],
    },
    {
      key: 'owen-2025',
      ect: 'owen-price',
      startedOn: '2025-09-01',
      programme: 'school_led',
      pairings: [
        {
          mentor: 'olamide-bakare',
          startedOn: '2025-09-01',
          slots: [{ weekday: 5, startsAt: '12:30', minutes: 30, inTeachingHours: true }],
          sessions: [
            { weekday: 5, minutes: 30, inTeachingHours: true, stopsAfter: '2026-07-21' },
            { weekday: 5, minutes: 30, inTeachingHours: true, everyWeeks: 2, from: '2026-09-02' },
          ],
        },
      ],
    },
    {
      key: 'rosie-2025',
      ect: 'rosie-kaur',
      startedOn: '2025-09-01',
      programme: 'provider_led',
      pairings: [
        {
          mentor: 'karen-bishop',
          startedOn: '2025-09-01',
          endedOn: '2026-08-31',
          endReason: 'Karen took on a year-one ECT in her own department.',
          slots: [
            {
              weekday: 4,
              startsAt: '13:40',
              minutes: 45,
              inTeachingHours: true,
              to: '2026-07-21',
            },
          ],
          sessions: [
            {
              weekday: 4,
              minutes: 45,
              inTeachingHours: true,
              kinds: ['meeting', 'meeting', 'observation'],
            },
          ],
        },
        {
          // No slot yet: the timetable could not fit one after the change.
          mentor: 'mateusz-zielinski',
          startedOn: '2026-09-01',
          sessions: [{ weekday: 2, minutes: 30, inTeachingHours: true, everyWeeks: 2 }],
        },
      ],
    },
    {
      key: 'zoe-2026',
      ect: 'zoe-sinclair',
      startedOn: '2026-09-01',
      programme: 'provider_led',
      pairings: [
        {
          mentor: 'gareth-llewellyn',
          startedOn: '2026-09-01',
          slots: [{ weekday: 1, startsAt: '15:20', minutes: 60, inTeachingHours: false }],
          sessions: [
            {
              weekday: 1,
              minutes: 60,
              inTeachingHours: false,
              kinds: ['meeting', 'meeting', 'meeting', 'observation'],
              skip: [{ from: '2026-11-16', to: '2026-11-27', reason: 'illness' }],
            },
          ],
        },
      ],
    },
    {
      // Joined after the October half-term, on a Wednesday; no session logged yet.
      key: 'tariq-2026',
      ect: 'tariq-hussain',
      startedOn: '2026-11-04',
      programme: 'provider_led',
      pairings: [
        {
          mentor: 'karen-bishop',
          startedOn: '2026-11-04',
          slots: [
            {
              weekday: 5,
              startsAt: '10:50',
              minutes: 40,
              inTeachingHours: true,
              from: '2026-11-09',
            },
          ],
        },
      ],
    },
    {
      key: 'imogen-2025',
      ect: 'imogen-hart',
      startedOn: '2025-09-01',
      programme: 'provider_led',
      status: { status: 'paused', on: '2026-11-02' },
      pairings: [
        {
          mentor: 'olamide-bakare',
          startedOn: '2025-09-01',
          endedOn: '2026-10-23',
          endReason: 'Induction paused for maternity leave.',
          sessions: [
            { weekday: 3, minutes: 40, inTeachingHours: true, stopsAfter: '2026-07-21' },
            { weekday: 3, minutes: 40, inTeachingHours: true, everyWeeks: 2, from: '2026-09-02' },
          ],
        },
      ],
    },
    {
      key: 'liam-2024',
      ect: 'liam-doherty',
      startedOn: '2024-09-02',
      programme: 'school_led',
      status: { status: 'withdrawn', on: '2025-03-14' },
      pairings: [
        {
          mentor: 'jose-fernandes',
          startedOn: '2024-09-02',
          endedOn: '2025-03-14',
          endReason: 'Liam left teaching.',
          sessions: [{ weekday: 1, minutes: 45, inTeachingHours: true }],
        },
      ],
    },
    {
      key: 'megan-2024',
      ect: 'megan-ellis',
      startedOn: '2024-09-02',
      programme: 'provider_led',
      status: { status: 'completed', on: '2026-07-21' },
      pairings: [
        {
          mentor: 'gareth-llewellyn',
          startedOn: '2024-09-02',
          endedOn: '2026-07-21',
          endReason: 'Induction completed.',
          sessions: [
            { weekday: 4, minutes: 45, inTeachingHours: true, stopsAfter: '2025-07-23' },
            { weekday: 4, minutes: 45, inTeachingHours: true, everyWeeks: 2, from: '2025-09-02' },
          ],
        },
      ],
    },
  ],

  concerns: [
    {
      key: 'gareth-capacity',
      subject: 'mentor_capacity',
      mentor: 'gareth-llewellyn',
      summary: 'Two ECTs and head of year duties leave no planning time',
      raisedBy: 'gareth-llewellyn',
      assignedTo: 'niamh-osullivan',
      raisedAt: '2026-11-18T08:15',
      status: 'open',
    },
    {
      key: 'imogen-return',
      subject: 'ect_progress',
      induction: 'imogen-2025',
      summary: 'Plan support for Imogen’s return from leave',
      details: 'Agree keeping-in-touch days and who will mentor her when she returns.',
      raisedBy: 'niamh-osullivan',
      assignedTo: 'niamh-osullivan',
      raisedAt: '2026-10-20T13:00',
      status: 'in_progress',
    },
    {
      key: 'rosie-planning',
      subject: 'ect_progress',
      induction: 'rosie-2025',
      summary: 'Lesson planning for Key Stage 4 below expectations',
      raisedBy: 'karen-bishop',
      assignedTo: 'niamh-osullivan',
      raisedAt: '2026-03-09T16:45',
      status: 'escalated',
      escalatedOn: '2026-05-14',
    },
    {
      key: 'owen-marking',
      subject: 'ect_progress',
      induction: 'owen-2025',
      summary: 'Marking and feedback falling behind',
      raisedBy: 'olamide-bakare',
      assignedTo: 'niamh-osullivan',
      raisedAt: '2025-11-04T15:30',
      status: 'resolved',
      resolvedAt: '2025-12-12T11:20',
      resolution: 'Owen now uses whole-class feedback sheets; books are up to date.',
    },
  ],
};
