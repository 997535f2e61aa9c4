import { expect, test } from '@playwright/test';

import { londonToday } from '../supabase/seed/dates.ts';
import {
  expectedInductionCalendar,
  expectedWeeklySessions,
  seedRows,
} from '../supabase/seed/expected-role-views.ts';
import { DemoPeople } from './support/demo-people';
import { ukDate } from './support/role-view-text';
import { saveScreenshot } from './support/screenshots';
import { signInAs } from './support/sign-in-as';

const ECT = 'ect@oakfield.example';
const today = londonToday();
const rows = seedRows(today);

const TERM_NAMES = ['Autumn', 'Spring', 'Summer'];

test('ECT sees mentor, slot, calendar and sessions', async ({ page }) => {
  await signInAs(page, ECT);
  await expect(page.getByRole('heading', { level: 1, name: 'My induction' })).toBeVisible();
  const staff = rows.staff.find((person) => person.email === ECT)!;
  const induction = rows.inductions.find((row) => row.ect_staff_id === staff.id)!;
  const value = (key: string) =>
    page
      .locator('.govuk-summary-list__row')
      .filter({ has: page.getByRole('term').getByText(key, { exact: true }) })
      .getByRole('definition');

  const mentorName = new DemoPeople(today, rows).currentMentorNameOfEct(ECT);
  await expect(value('Your mentor')).toContainText(mentorName ?? 'No mentor yet');
  const pairing = rows.pairings.find(
    (row) =>
      row.ect_induction_id === induction.id &&
      row.started_on <= today &&
      (row.ended_on ?? today) >= today,
  )!;
  const slot = rows.timetableSlots.find((row) => row.pairing_id === pairing.id)!;
  const [hours, minutes] = slot.starts_at.split(':').map(Number);
  const time = `${hours % 12 === 0 ? 12 : hours % 12}${minutes === 0 ? '' : `:${String(minutes).padStart(2, '0')}`}${hours < 12 ? 'am' : 'pm'}`;
  const weekday = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'][slot.weekday - 1];
  await expect(value('Timetabled mentor time')).toHaveText(
    `${weekday}s at ${time}, ${slot.minutes} minutes, ${slot.in_teaching_hours ? 'in' : 'outside'} teaching hours`,
  );

  const calendar = expectedInductionCalendar('oakfield', ECT, { today });
  const calendarTable = page.getByRole('table', {
    name: 'Your progress reviews and formal assessments',
  });
  await expect(calendarTable.getByRole('rowheader')).toHaveText(
    calendar.map((entry) => `Term ${entry.inductionTerm}`),
  );
  for (const entry of calendar) {
    const cells = calendarTable
      .getByRole('row')
      .filter({
        has: page.getByRole('rowheader', { name: `Term ${entry.inductionTerm}`, exact: true }),
      })
      .getByRole('cell');
    const calendarYear = entry.term === 1 ? entry.academicYear : entry.academicYear + 1;
    await expect(cells.nth(0)).toHaveText(entry.kind);
    await expect(cells.nth(1)).toHaveText(`${TERM_NAMES[entry.term - 1]} term ${calendarYear}`);
    await expect(cells.nth(2)).toContainText(
      entry.endsOn ? ukDate(entry.endsOn) : 'Term dates not recorded yet',
    );
  }

  const weeks = expectedWeeklySessions(induction.id, today, { today });
  const weekly = page.getByRole('table', { name: 'Your sessions per term week this term' });
  await expect(weekly.getByRole('rowheader')).toHaveText(
    weeks.map((week) => ukDate(week.week_starts_on)),
  );
  await expect(weekly.getByRole('row').getByRole('cell').first()).toBeVisible();
  const heldCells = weekly.locator('tbody tr td:nth-child(2)');
  await expect(heldCells).toHaveText(
    weeks.map((week) => (week.up_to_as_of ? String(week.sessions_held) : 'Not yet')),
  );

  const pairingIds = new Set(
    rows.pairings.filter((row) => row.ect_induction_id === induction.id).map((row) => row.id),
  );
  const sessions = rows.mentorSessions.filter((session) => pairingIds.has(session.pairing_id));
  await expect(
    page.getByRole('table', { name: 'Your sessions, newest first' }).getByRole('rowheader'),
  ).toHaveCount(sessions.length);
  await expect(page.getByRole('link', { name: /^Change/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Log/ })).toHaveCount(0);
  await saveScreenshot(page, 'ect-my-induction');
});
