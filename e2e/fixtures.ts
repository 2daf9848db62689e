import { test as base } from '@playwright/test';
import { WizardPage } from './wizardPage.ts';

/** `wizard`: the app opened at its first step, with console errors collected in `consoleErrors`. */
export const test = base.extend<{ wizard: WizardPage; consoleErrors: string[] }>({
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
  },
  wizard: async ({ page, consoleErrors }, use) => {
    void consoleErrors;
    const wizard = new WizardPage(page);
    await wizard.open();
    await use(wizard);
  },
});

export { expect } from '@playwright/test';
