import { expect, type Locator, type Page } from '@playwright/test';

/** The header and service navigation around every page. */
export class AppShell {
  readonly menu: Locator;
  readonly signOutButton: Locator;

  constructor(private readonly page: Page) {
    this.menu = page.getByRole('navigation', { name: 'Menu' });
    this.signOutButton = this.menu.getByRole('button', { name: 'Sign out' });
  }

  menuLink(name: string): Locator {
    return this.menu.getByRole('link', { name, exact: true });
  }

  async signOut() {
    await this.signOutButton.click();
    await expect(this.page).toHaveURL(/\/sign-in$/);
  }
}
