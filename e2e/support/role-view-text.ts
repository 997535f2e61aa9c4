// Turns the role-view calculator's figures into the text the pages should show. Written apart
// from the app's formatters (src/lib), so a formatting bug there fails the suite.
import type { ExpectedMentorPairing } from '../../supabase/seed/expected-role-views.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function longDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

export function ukDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

export function dayAndDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${DAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]} ${longDate(iso)}`;
}

/** '13:30:00' as GOV.UK writes it: '1:30pm'; '09:00:00' as '9am'. */
export function clockTime(time: string): string {
  const [hours, minutes] = time.split(':').map(Number);
  const suffix = hours < 12 ? 'am' : 'pm';
  const hour = hours % 12 === 0 ? 12 : hours % 12;
  return minutes === 0
    ? `${hour}${suffix}`
    : `${hour}:${String(minutes).padStart(2, '0')}${suffix}`;
}

export function figure(value: number, digits = 1): string {
  return String(Number(value.toFixed(digits)));
}

function cadence(perWeek: number): string {
  if (perWeek === 1) return 'weekly';
  if (perWeek === 0.5) return 'fortnightly';
  return `${figure(perWeek)} a week`;
}

/** Builds the summary rows of a pairing card on My ECTs, as key and value text. */
export function pairingCardText(row: ExpectedMentorPairing, inTeachingHours: boolean) {
  const slot =
    row.next_slot_on && row.next_slot_starts_at
      ? `${dayAndDate(row.next_slot_on)} at ${clockTime(row.next_slot_starts_at)} ` +
        `(${row.next_slot_minutes} minutes, ${inTeachingHours ? 'in' : 'outside'} teaching hours)`
      : 'No slot timetabled. Ask your induction tutor to timetable your mentor time.';
  const since = row.half_term_first_day ? ` since ${longDate(row.half_term_first_day)}` : '';

  return {
    Induction: `Year ${row.induction_year}, term ${row.induction_term}`,
    'Next timetabled slot': slot,
    'Sessions this half term':
      `${row.sessions_this_half_term} of ${figure(row.expected_this_half_term)} expected ` +
      `(${cadence(row.sessions_per_week)}, term weeks${since})`,
    'Last session': row.last_session_on ? longDate(row.last_session_on) : 'None yet',
  };
}

/** Returns the current time in England as 'HH:MM', for the next slot on today's date. */
export function londonTimeNow(): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date());
}
