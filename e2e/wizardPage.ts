import { expect, type Locator, type Page } from '@playwright/test';

export type Family = 'IPv4' | 'IPv6';
export type StackLabel =
  'IPv4 only' | 'IPv6 only' | 'Dual-stack, IPv4 primary' | 'Dual-stack, IPv6 primary';

/** User-level verbs over the wizard, found by roles and labels as a user sees them. */
export class WizardPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  async open(): Promise<void> {
    await this.page.goto('./');
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'kubeadm network wizard' }),
    ).toBeVisible();
  }

  field(label: string | RegExp): Locator {
    return this.page.getByLabel(label, { exact: typeof label === 'string' });
  }

  async fill(label: string, value: string): Promise<void> {
    await this.field(label).fill(value);
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: 'Next', exact: true }).click();
  }

  /** Presses Next until the step titled `title` shows (each step must accept its values). */
  async nextUntil(title: string): Promise<void> {
    const heading = this.page.getByRole('heading', { level: 2, name: title, exact: true });
    for (let i = 0; i < 6 && !(await heading.isVisible()); i++) {
      const current = await this.page.getByRole('heading', { level: 2 }).first().textContent();
      await this.next();
      await expect(
        this.page.getByRole('heading', { level: 2, name: current ?? '', exact: true }),
      ).toBeHidden();
    }
    await expect(heading).toBeVisible();
  }

  async back(): Promise<void> {
    await this.page.getByRole('button', { name: 'Back', exact: true }).click();
  }

  async expectStep(title: string): Promise<void> {
    await expect(
      this.page.getByRole('heading', { level: 2, name: title, exact: true }),
    ).toBeVisible();
  }

  async chooseStack(stack: StackLabel): Promise<void> {
    await this.page.getByRole('radio', { name: stack, exact: true }).check();
  }

  async selectApiVersion(label: string): Promise<void> {
    await this.field('kubeadm config API version').selectOption({ label });
  }

  /** The text of a generated file as the preview (or review) shows it. */
  async fileText(name = 'kubeadm-config.yaml'): Promise<string> {
    const text = await this.page.getByLabel(`Contents of ${name}`).first().textContent();
    return text ?? '';
  }

  /** Clicks the download button of a file and returns the downloaded file's name and text. */
  async download(name = 'kubeadm-config.yaml'): Promise<{ name: string; text: string }> {
    const downloadPromise = this.page.waitForEvent('download');
    await this.page
      .getByRole('button', { name: `Download ${name}` })
      .first()
      .click();
    const download = await downloadPromise;
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }

  /** The issue texts listed under a severity heading ("Errors", "Warnings", "Notes"). */
  issueList(group: 'Errors' | 'Warnings' | 'Notes'): Locator {
    return this.page
      .getByRole('region', { name: 'Preview' })
      .or(this.page.getByRole('complementary', { name: 'Preview' }))
      .locator('section', {
        has: this.page.getByRole('heading', { name: new RegExp(`^${group} \\(`) }),
      })
      .getByRole('listitem');
  }

  async clipboardText(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }
}
