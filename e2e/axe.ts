import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface AxeFindings {
  violations: { id: string; help: string; targets: string[] }[];
  /** "Needs review" results, less contrast checks on aria-hidden glyphs (✓ in the step list). */
  needsReview: { id: string; targets: string[] }[];
  /** How many rules passed, so the report shows axe really looked at something. */
  passes: number;
}

/** Axe's findings for the page as it is now, reduced to what a failure message needs. */
async function audit(page: Page): Promise<AxeFindings> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const targets = (nodes: { target: unknown[] }[]) => nodes.map((n) => n.target.join(' '));
  return {
    violations: results.violations.map((v) => ({
      id: v.id,
      help: v.help,
      targets: targets(v.nodes),
    })),
    needsReview: results.incomplete
      .map((r) => ({
        id: r.id,
        targets: targets(
          r.nodes.filter(
            (n) => !(r.id === 'color-contrast' && n.html.includes('aria-hidden="true"')),
          ),
        ),
      }))
      .filter((r) => r.targets.length > 0),
    passes: results.passes.length,
  };
}

/** Expects axe to pass the page: no violations and nothing left for a human to review. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const findings = await audit(page);
  expect(findings.violations, `axe violations on ${where}`).toEqual([]);
  expect(findings.needsReview, `axe "needs review" on ${where}`).toEqual([]);
  expect(findings.passes, `axe rules passed on ${where}`).toBeGreaterThan(10);
}
