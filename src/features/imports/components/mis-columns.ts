// Column headings as schools' MIS exports write them (SIMS, Arbor, Bromcom and spreadsheets
// kept by hand), matched without case, spaces or punctuation.

import type { ImportField, ImportProgramme, ImportRole } from '../types';

const HEADER_ALIASES: Record<ImportField, string[]> = {
  fullName: ['name', 'full name', 'staff name', 'person', 'display name'],
  forename: ['forename', 'first name', 'given name', 'legal forename', 'preferred forename'],
  surname: ['surname', 'last name', 'family name', 'legal surname', 'preferred surname'],
  email: ['email', 'email address', 'e-mail', 'work email', 'school email', 'email work'],
  role: ['role', 'roles', 'staff role', 'ect role', 'mentoring role'],
  trn: [
    'trn',
    'teacher reference number',
    'teacher number',
    'dfe number',
    'teacher ref',
    'dfe teacher number',
  ],
  startedOn: [
    'start date',
    'induction start date',
    'induction start',
    'employment start date',
    'date started',
    'start',
  ],
  fte: ['fte', 'full time equivalent', 'fte ratio', 'working pattern fte'],
  subjectOrPhase: [
    'subject or phase',
    'subject',
    'phase',
    'main subject',
    'department',
    'year group',
    'key stage',
  ],
  qtsHeld: ['qts', 'qts held', 'qualified teacher status', 'has qts'],
  programme: ['programme', 'induction programme', 'training programme', 'ecf programme'],
};

function key(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const FIELD_BY_HEADER = new Map<string, ImportField>(
  (Object.entries(HEADER_ALIASES) as [ImportField, string[]][]).flatMap(([field, aliases]) =>
    aliases.map((alias) => [key(alias), field] as const),
  ),
);

/** The field a column heading stands for, or null when it is not one the import reads. */
export function fieldOfHeader(header: string): ImportField | null {
  return FIELD_BY_HEADER.get(key(header)) ?? null;
}

const ROLE_BY_TEXT = new Map<string, ImportRole>([
  ['ect', 'ect'],
  ['earlycareerteacher', 'ect'],
  ['nqt', 'ect'],
  ['mentor', 'mentor'],
  ['ectmentor', 'mentor'],
  ['inductionmentor', 'mentor'],
  ['headteacher', 'headteacher'],
  ['head', 'headteacher'],
  ['principal', 'headteacher'],
  ['inductiontutor', 'induction_tutor'],
  ['inductionlead', 'induction_tutor'],
  ['inductioncoordinator', 'induction_tutor'],
]);

/**
 * Reads one cell of roles ('Mentor; Induction tutor'). Returns the roles, and the parts it
 * could not read.
 */
export function parseRoles(cell: string): { roles: ImportRole[]; unknown: string[] } {
  const roles: ImportRole[] = [];
  const unknown: string[] = [];
  for (const part of cell.split(/[;,/|+&]| and /i)) {
    if (part.trim() === '') {
      continue;
    }
    const role = ROLE_BY_TEXT.get(key(part));
    if (role === undefined) {
      unknown.push(part.trim());
    } else if (!roles.includes(role)) {
      roles.push(role);
    }
  }

  return { roles, unknown };
}

/** Yes or no, as spreadsheets write it; undefined when it is neither. */
export function parseYesNo(cell: string): boolean | undefined {
  const text = key(cell);
  if (['yes', 'y', 'true', '1', 'held', 'qts'].includes(text)) {
    return true;
  }
  if (['no', 'n', 'false', '0', 'notheld', 'none'].includes(text)) {
    return false;
  }
  return undefined;
}

/** The induction programme; 'FIP' and 'CIP' are the names used before September 2025. */
export function parseProgramme(cell: string): ImportProgramme | undefined {
  const text = key(cell);
  if (['providerled', 'provider', 'fip', 'fullinductionprogramme'].includes(text)) {
    return 'provider_led';
  }
  if (['schoolled', 'school', 'cip', 'coreinductionprogramme', 'diy'].includes(text)) {
    return 'school_led';
  }
  return undefined;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/**
 * Reads a date as English MIS exports write it: day first (31/08/2026, 1-9-26, 31.08.2026) or
 * ISO (2026-08-31). Returns 'YYYY-MM-DD', or null when it is not a real date.
 */
export function parseUkDate(cell: string): string | null {
  const text = cell.trim();
  let year: number;
  let month: number;
  let day: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (uk) {
    [day, month, year] = [Number(uk[1]), Number(uk[2]), Number(uk[3])];
    if (uk[3]!.length === 2) {
      year += 2000;
    }
  } else {
    return null;
  }
  if (!isRealDate(year, month, day)) {
    return null;
  }

  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
