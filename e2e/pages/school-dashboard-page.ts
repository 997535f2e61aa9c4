import { expect, type Locator, type Page } from '@playwright/test';

/** Column order of the ECT table after the row header (the ECT's name). */
export const ECT_TABLE_COLUMNS = [
  'Induction',
  'FTE',
  'Mentor',
  'Last session',
  'Sessions this term (held of expected)',
  'Timetabled time a week',
  'Open concerns',
  'Next review or assessment',
  'Flags',
] as const;

export class SchoolDashboardPage {
  readonly heading: Locator;
  readonly tiles: Locator;

  constructor(
    private readonly page: Page,
    readonly schoolName: string,
  ) {
    this.heading = page.getByRole('heading', { level: 1, name: 'ECT mentoring dashboard' });
    this.tiles = page.getByRole('list', { name: 'Mentoring at a glance' });
  }

  async expectLoaded() {
    await expect(this.page).toHaveURL(/\/schools\/[0-9a-f-]+\/dashboard$/);
    await expect(this.heading).toBeVisible();
    await expect(this.page.getByText(this.schoolName, { exact: true }).first()).toBeVisible();
    await expect(this.ectTable).toBeVisible();
  }

  get ectTable(): Locator {
    return this.page.getByRole('table', { name: `ECTs at ${this.schoolName}` });
  }

  tile(label: string): Locator {
    return this.tiles
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name: label, exact: true }) });
  }

  /** Locates the big figure of a tile. */
  tileFigure(label: string): Locator {
    return this.tile(label).getByRole('paragraph').first();
  }

  /** Locates the line under a tile's figure. */
  tileDetail(label: string): Locator {
    return this.tile(label).getByRole('paragraph').nth(1);
  }

  ectRow(name: string): Locator {
    return this.ectTable
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  ectRowHeaders(): Locator {
    return this.ectTable.getByRole('rowheader');
  }

  ectCells(name: string): Locator {
    return this.ectRow(name).getByRole('cell');
  }

  ectFlags(name: string): Locator {
    return this.ectCells(name).last().getByRole('listitem');
  }
}
