import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/**
 * The time one scan may add to its test: a scan of the timeline page takes 3-7 s on a quiet 2-core
 * machine and 8-12 s on a busy one (colour contrast is half of it), so each gets a minute more.
 */
const AXE_SCAN_MARGIN_MS = 60_000;

/**
 * Runs axe on the page (WCAG 2.x A and AA plus best practices) and fails on any violation.
 * `scope.include` scans only the part it selects; `scope.exclude` leaves out what another test
 * scans on its own (the Embed dialog's preview frame, which is the embed view).
 */
export async function expectNoAxeViolations(
  page: Page,
  scope: { include?: string; exclude?: string } = {},
): Promise<void> {
  test.info().setTimeout(test.info().timeout + AXE_SCAN_MARGIN_MS);
  const builder = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'wcag22aa',
    'best-practice',
  ]);
  const included = scope.include === undefined ? builder : builder.include(scope.include);
  const results = await (
    scope.exclude === undefined ? included : included.exclude(scope.exclude)
  ).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(summary, summary.join('\n')).toEqual([]);
}
