// The demo world: three fictional schools in England with their staff, inductions, mentoring
// and concerns, described as data. supabase/seed/expand.ts turns it into table rows.

import { brookside } from './schools/brookside.ts';
import { oakfield } from './schools/oakfield.ts';
import { riverside } from './schools/riverside.ts';
import type { WorldDefinition } from './types.ts';

export const demoWorld: WorldDefinition = {
  demoPassword: 'mentoring-demo',

  // Bank holidays in England, September 2024 to August 2027.
  bankHolidays: [
    '2024-12-25',
    '2024-12-26',
    '2025-01-01',
    '2025-04-18',
    '2025-04-21',
    '2025-05-05',
    '2025-05-26',
    '2025-08-25',
    '2025-12-25',
    '2025-12-26',
    '2026-01-01',
    '2026-04-03',
    '2026-04-06',
    '2026-05-04',
    '2026-05-25',
    '2026-08-31',
    '2026-12-25',
    '2026-12-28',
    '2027-01-01',
    '2027-03-26',
    '2027-03-29',
    '2027-05-03',
    '2027-05-31',
    '2027-08-30',
  ],

  schools: [oakfield, brookside, riverside],
};
