import type {
  SchoolDashboard,
  SchoolDashboardCheckpoint,
  SchoolDashboardEct,
  SchoolDashboardTiles,
} from '../types';

/** Thrown when `school_dashboard` returns an object without the fields the page reads. */
export class DashboardShapeError extends Error {
  override name = 'DashboardShapeError';
}

type FieldType =
  | 'uuid'
  | 'text'
  | 'text or null'
  | 'uuid or null'
  | 'date or null'
  | 'integer'
  | 'integer or null'
  | 'number'
  | 'boolean'
  | 'checkpoint kind or null';

type Fields<T> = Record<keyof T, FieldType>;

const TILE_FIELDS: Fields<SchoolDashboardTiles> = {
  active_ects: 'integer',
  ects_without_mentor: 'integer',
  sessions_held_last_4_weeks: 'integer',
  sessions_expected_last_4_weeks: 'number',
  ects_without_recent_session: 'integer',
  pairings_with_slot: 'integer',
  active_pairings: 'integer',
  open_concerns: 'integer',
  oldest_open_concern_days: 'integer or null',
};

const ECT_FIELDS: Fields<SchoolDashboardEct> = {
  ect_induction_id: 'uuid',
  ect_staff_id: 'uuid',
  ect_name: 'text',
  induction_year: 'integer',
  induction_term: 'integer',
  fte: 'number',
  mentor_staff_id: 'uuid or null',
  mentor_name: 'text or null',
  last_session_on: 'date or null',
  sessions_this_term: 'integer',
  expected_this_term: 'number',
  timetabled_minutes_per_week: 'integer',
  open_concerns: 'integer',
  flag_no_mentor: 'boolean',
  flag_mentor_without_qts: 'boolean',
  flag_mentor_is_induction_tutor: 'boolean',
  flag_no_slot: 'boolean',
  flag_slot_outside_teaching_hours: 'boolean',
};

const CHECKPOINT_FIELDS: Fields<SchoolDashboardCheckpoint> = {
  ect_induction_id: 'uuid',
  next_checkpoint_term: 'integer or null',
  next_checkpoint_kind: 'checkpoint kind or null',
  next_checkpoint_due_on: 'date or null',
  checkpoints_overdue: 'integer',
  flag_checkpoint_due: 'boolean',
  flag_checkpoint_overdue: 'boolean',
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CHECKPOINT_KINDS: readonly unknown[] = ['progress_review', 'formal_assessment'];

function hasType(value: unknown, type: FieldType): boolean {
  if (value === null) {
    return type.endsWith(' or null');
  }
  switch (type) {
    case 'uuid':
    case 'uuid or null':
      return typeof value === 'string' && UUID.test(value);
    case 'text':
    case 'text or null':
      return typeof value === 'string';
    case 'date or null':
      return typeof value === 'string' && ISO_DATE.test(value);
    case 'integer':
    case 'integer or null':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'checkpoint kind or null':
      return CHECKPOINT_KINDS.includes(value);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalid(path: string, expected: string, value: unknown): DashboardShapeError {
  const got = value === undefined ? 'nothing' : JSON.stringify(value);
  return new DashboardShapeError(
    `Invalid school_dashboard response: ${path} must be ${expected}, got ${got}.`,
  );
}

function readRecord<T>(value: unknown, fields: Fields<T>, path: string): T {
  if (!isRecord(value)) {
    throw invalid(path, 'an object', value);
  }
  for (const [name, type] of Object.entries(fields) as [string, FieldType][]) {
    if (!hasType(value[name], type)) {
      throw invalid(`${path}.${name}`, `of type ${type}`, value[name]);
    }
  }

  return value as T;
}

function readList<T>(value: unknown, fields: Fields<T>, path: string): T[] {
  if (!Array.isArray(value)) {
    throw invalid(path, 'a list', value);
  }

  return value.map((item, index) => readRecord(item, fields, `${path}[${index}]`));
}

/**
 * Checks that a `school_dashboard` response has every field the page reads, with its type, and
 * returns it typed. Throws a DashboardShapeError that names the first field that does not.
 */
export function parseSchoolDashboard(value: unknown): SchoolDashboard {
  if (!isRecord(value)) {
    throw invalid('the response', 'an object', value);
  }
  const asOf = value.as_of;
  if (typeof asOf !== 'string' || !ISO_DATE.test(asOf)) {
    throw invalid('as_of', 'a date (YYYY-MM-DD)', asOf);
  }

  return {
    as_of: asOf,
    tiles: readRecord(value.tiles, TILE_FIELDS, 'tiles'),
    ects: readList(value.ects, ECT_FIELDS, 'ects'),
    checkpoints: readList(value.checkpoints, CHECKPOINT_FIELDS, 'checkpoints'),
  };
}
