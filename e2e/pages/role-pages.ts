import { expect, type Locator, type Page } from '@playwright/test';

/** A placeholder page for one role, recognised by its heading. */
export class RolePage {
  readonly heading: Locator;

  constructor(
    private readonly page: Page,
    headingText: string,
  ) {
    this.heading = page.getByRole('heading', { level: 1, name: headingText });
  }

  async expectLoaded(pathEnd: string) {
    await expect(this.heading).toBeVisible();
    await expect(this.page).toHaveURL(new RegExp(`${pathEnd}$`));
    await expect(this.page.getByRole('status')).toHaveCount(0);
  }

  cardHeading(name: string): Locator {
    return this.page.getByRole('heading', { level: 2, name, exact: true });
  }

  summaryValue(key: string): Locator {
    return this.page
      .locator('.govuk-summary-list__row')
      .filter({ has: this.page.getByRole('term').filter({ hasText: key }) })
      .getByRole('definition');
  }
}
