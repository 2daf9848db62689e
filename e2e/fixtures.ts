import { test as base } from '@playwright/test';
import { parseLanguage, type Language } from '../src/domain/index.ts';
import { uiText, type UiText } from '../src/ui/text/en.ts';
import { zhCN } from '../src/ui/text/zh-CN.ts';
import { WizardPage } from './wizardPage.ts';

/** The UI text of each language, as the app shows it (plain data, shared with src/ui). */
export const UI_TEXT: { readonly [L in Language]: UiText } = { en: uiText, 'zh-CN': zhCN };

interface Fixtures {
  /** The app's language in this project: the browser locale decides it, English by default. */
  language: Language;
  /** The UI text of `language`, for labels, button names, headings and notices. */
  t: UiText;
  /** Console errors and uncaught page errors seen while the test ran. */
  consoleErrors: string[];
  /** The app opened at its first step, in `language`. */
  wizard: WizardPage;
}

/** `wizard`, `language` and `t`: journeys written once, run in every UI language. */
export const test = base.extend<Fixtures>({
  language: async ({ locale }, use) => {
    await use(parseLanguage(locale ?? '') ?? 'en');
  },
  t: async ({ language }, use) => {
    await use(UI_TEXT[language]);
  },
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
  },
  wizard: async ({ page, consoleErrors, t }, use) => {
    void consoleErrors;
    const wizard = new WizardPage(page, t);
    await wizard.open();
    await use(wizard);
  },
});

export { expect } from '@playwright/test';
