import { expect, type Locator, type Page } from '@playwright/test';
import { STEP_IDS, type StepId } from '../src/domain/index.ts';
import { uiText, type UiText } from '../src/ui/text/en.ts';

/** The wizard's steps, in order, from the domain's step list (the app reads the same one). */
export { STEP_IDS, type StepId };

export type Family = 'IPv4' | 'IPv6';

/** The token the e2e journeys type on Joining (the field's own placeholder). */
export const EXAMPLE_TOKEN = 'abcdef.0123456789abcdef';

/** A step id (one of STEP_IDS) or a step's title as the page shows it. */
export type StepRef = string;

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern for a counted heading (`Errors (2)`, `错误（2）`) whatever its count. */
export function countedHeading(format: (n: number) => string): RegExp {
  const [before = '', after = ''] = format(7_654_321).split('7654321');
  return new RegExp(`^${escapeRegExp(before)}\\d+${escapeRegExp(after)}$`);
}

/** User-level verbs over the wizard, found by roles and labels as a user sees them in `t`'s language. */
export class WizardPage {
  readonly page: Page;
  readonly t: UiText;

  constructor(page: Page, t: UiText = uiText) {
    this.page = page;
    this.t = t;
  }

  async open(): Promise<void> {
    await this.page.goto('./');
    await expect(
      this.page.getByRole('heading', { level: 1, name: this.t.app.title }),
    ).toBeVisible();
    await this.ready();
  }

  /**
   * Waits until no part of the page still says "Loading…": later steps, the preview and the rules
   * load on demand, and a user acts on what they see, not on a placeholder.
   */
  async ready(): Promise<void> {
    await expect(this.page.getByText(this.t.app.loading, { exact: true })).toHaveCount(0);
  }

  /** The localized title of a step given by id; any other text is taken as a title already. */
  stepTitle(step: StepRef): string {
    return (STEP_IDS as readonly string[]).includes(step) ? this.t.steps[step as StepId] : step;
  }

  field(label: string | RegExp): Locator {
    return this.page.getByLabel(label, { exact: typeof label === 'string' });
  }

  async fill(label: string, value: string): Promise<void> {
    await this.field(label).fill(value);
  }

  async next(): Promise<void> {
    await this.ready();
    await this.page.getByRole('button', { name: this.t.steps.next, exact: true }).click();
  }

  /** Presses Next until the given step shows (each step must accept its values). */
  async nextUntil(step: StepRef): Promise<void> {
    const heading = this.stepHeading(step);
    for (let i = 0; i < 6 && !(await heading.isVisible()); i++) {
      const current = await this.page.getByRole('heading', { level: 2 }).first().textContent();
      if (current === this.t.steps.discovery) await this.giveToken();
      await this.next();
      await expect(
        this.page.getByRole('heading', { level: 2, name: current ?? '', exact: true }),
      ).toBeHidden();
    }
    await expect(heading).toBeVisible();
  }

  /**
   * On Joining, types the example token when the token field is empty, as a user does when Next
   * asks for it (Next refuses an empty token); a token already there is kept.
   */
  async giveToken(): Promise<void> {
    await this.ready();
    const token = this.field(this.t.discovery.token);
    if ((await token.inputValue()) === '') await token.fill(EXAMPLE_TOKEN);
  }

  async back(): Promise<void> {
    await this.page.getByRole('button', { name: this.t.steps.back, exact: true }).click();
  }

  /** The heading of a step, by id or localized title. */
  stepHeading(step: StepRef): Locator {
    return this.page.getByRole('heading', { level: 2, name: this.stepTitle(step), exact: true });
  }

  async expectStep(step: StepRef): Promise<void> {
    await expect(this.stepHeading(step)).toBeVisible();
    await this.ready();
  }

  /**
   * The step list's button for a step, whatever its status: its name is the title, with the status
   * after it once visited (`Networking — 2 errors`); the number or icon is hidden from the name.
   */
  stepButton(step: StepId): Locator {
    const title = this.t.steps[step];
    const [before = '', after = ''] = this.t.steps.withStatus(title, '\u0000').split('\u0000');
    const withStatus = `${escapeRegExp(before)}.+${escapeRegExp(after)}`;
    return this.page
      .getByRole('navigation', { name: this.t.steps.nav })
      .getByRole('button', { name: new RegExp(`^(?:${escapeRegExp(title)}|${withStatus})$`) });
  }

  /** The step list's button for a step with exactly this status text (see withStatus). */
  stepButtonWith(step: StepId, status: string): Locator {
    return this.page.getByRole('navigation', { name: this.t.steps.nav }).getByRole('button', {
      name: this.t.steps.withStatus(this.t.steps[step], status),
      exact: true,
    });
  }

  /** Checks the IP stack radio with this (localized) label. */
  async chooseStack(label: string): Promise<void> {
    await this.page.getByRole('radio', { name: label, exact: true }).check();
  }

  async selectApiVersion(label: string): Promise<void> {
    await this.field(this.t.cluster.apiVersion).selectOption({ label });
  }

  /** The preview beside the steps. */
  preview(): Locator {
    return this.page.getByRole('complementary', { name: this.t.preview.title });
  }

  /** Opens the preview's Address map disclosure (closed at first) and waits for the map. */
  async openAddressMap(): Promise<void> {
    const summary = this.preview().getByText(this.t.addressMap.title, { exact: true });
    if ((await summary.locator('..').getAttribute('open')) === null) await summary.click();
    await this.ready();
  }

  /** One family's part of the Address map (its drawing, table and overlaps). */
  addressMap(family: Family): Locator {
    return this.preview().getByRole('region', { name: this.t.addressMap.family(family) });
  }

  /** The issue list on the Review step. */
  reviewIssues(): Locator {
    return this.page.getByRole('region', { name: this.t.review.issues });
  }

  /** The text of a generated file as the preview (or review) shows it. */
  async fileText(name = 'kubeadm-config.yaml'): Promise<string> {
    const text = await this.page.getByLabel(this.t.preview.fileLabel(name)).first().textContent();
    return text ?? '';
  }

  /** Clicks the download button of a file and returns the downloaded file's name and text. */
  async download(name = 'kubeadm-config.yaml'): Promise<{ name: string; text: string }> {
    const downloadPromise = this.page.waitForEvent('download');
    await this.page
      .getByRole('button', { name: this.t.preview.download(name) })
      .first()
      .click();
    const download = await downloadPromise;
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }

  /** The issue texts listed under a severity heading (`Errors (n)`, `Warnings (n)`, `Notes (n)`). */
  issueList(group: 'errors' | 'warnings' | 'notes'): Locator {
    return this.page
      .getByRole('region', { name: this.t.preview.title })
      .or(this.preview())
      .locator('section', {
        has: this.page.getByRole('heading', { name: countedHeading(this.t.issues[group]) }),
      })
      .getByRole('listitem');
  }

  async clipboardText(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** The "Diagnose running nodes" panel, opened from the plan toolbar. */
  diagnosePanel(): Locator {
    return this.page.getByRole('region', { name: this.t.diagnose.title });
  }

  /**
   * Opens the diagnose panel, pastes the nodes (and the config, pods and Services, if given; the
   * boxes of those not given are emptied) and presses Diagnose.
   */
  async diagnose(
    nodes: string,
    config?: string,
    more: { pods?: string; services?: string } = {},
  ): Promise<void> {
    const panel = this.diagnosePanel();
    if (!(await panel.isVisible())) {
      await this.page.getByRole('button', { name: this.t.plan.diagnose }).click();
    }
    await panel.getByLabel(this.t.diagnose.nodes).fill(nodes);
    await panel.getByLabel(this.t.diagnose.config).fill(config ?? '');
    await panel.getByLabel(this.t.diagnose.pods).fill(more.pods ?? '');
    await panel.getByLabel(this.t.diagnose.services).fill(more.services ?? '');
    await panel.getByRole('button', { name: this.t.diagnose.run, exact: true }).click();
  }

  /** The "Convert to dual-stack" panel, opened from the plan toolbar. */
  convertPanel(): Locator {
    return this.page.getByRole('region', { name: this.t.convert.title });
  }

  /** Opens the convert panel, pastes the config, types the second family's ranges and presses Plan. */
  async convert(
    config: string,
    ranges: { podSubnet: string; serviceSubnet: string; nodeMask?: string },
  ): Promise<void> {
    const panel = this.convertPanel();
    if (!(await panel.isVisible())) {
      await this.page.getByRole('button', { name: this.t.plan.convert }).click();
    }
    await panel.getByLabel(this.t.convert.config).fill(config);
    await panel.getByLabel(this.t.convert.podSubnet).fill(ranges.podSubnet);
    await panel.getByLabel(this.t.convert.serviceSubnet).fill(ranges.serviceSubnet);
    await panel.getByLabel(this.t.convert.nodeMask).fill(ranges.nodeMask ?? '');
    await panel.getByRole('button', { name: this.t.convert.run, exact: true }).click();
  }

  /** The "Add nodes to a running cluster" panel, opened from the plan toolbar. */
  runningPanel(): Locator {
    return this.page.getByRole('region', { name: this.t.running.title });
  }

  /** Opens the running-cluster panel, pastes the ConfigMap (and nodes, if given) and presses Read. */
  async readRunningCluster(config: string, nodes?: string): Promise<void> {
    const panel = this.runningPanel();
    if (!(await panel.isVisible())) {
      await this.page.getByRole('button', { name: this.t.plan.running }).click();
    }
    await panel.getByLabel(this.t.running.config).fill(config);
    await panel.getByLabel(this.t.running.nodes).fill(nodes ?? '');
    await panel.getByRole('button', { name: this.t.running.run, exact: true }).click();
  }

  /** Adds a new node to the running-cluster panel and types its name and node IPs. */
  async addRunningNode(n: number, node: { name: string; ipv4: string; ipv6: string }) {
    const panel = this.runningPanel();
    await panel.getByRole('button', { name: this.t.running.add, exact: true }).click();
    const group = panel.getByRole('group', { name: this.t.running.node(n), exact: true });
    await group.getByLabel(this.t.nodes.name, { exact: true }).fill(node.name);
    await group.getByLabel(this.t.nodes.ip('IPv4'), { exact: true }).fill(node.ipv4);
    await group.getByLabel(this.t.nodes.ip('IPv6'), { exact: true }).fill(node.ipv6);
    return group;
  }
}
