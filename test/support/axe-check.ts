// axe-core over the UI page in the end-to-end tests: evaluated over the DevTools protocol, so the
// UI's CSP (script-src 'self') stays as shipped.

import axe from 'axe-core'
import type { AxeResults } from 'axe-core'
import type { Page } from 'playwright-core'
import { expect } from 'vitest'

/** Runs axe-core over the whole of PAGE as it is now, or over the part SELECTOR names. */
export async function axeViolations(
  page: Page,
  selector?: string,
): Promise<AxeResults['violations']> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source)
  // Rows fade their background for 120 ms: judge the colours they settle on, not a midpoint.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)))
  const results = await page.evaluate(
    (part) =>
      (window as unknown as { axe: typeof axe }).axe.run(
        part === null ? document : { include: [part] },
        { resultTypes: ['violations'] },
      ),
    selector ?? null,
  )
  return results.violations
}

/** Fails on any serious or critical violation, and lists every violation of any impact. */
export async function expectNoSeriousAxeViolation(
  page: Page,
  state: string,
  selector?: string,
): Promise<void> {
  const violations = await axeViolations(page, selector)
  const report = violations
    .map(
      (v) =>
        `[${v.impact ?? 'unknown'}] ${v.id}: ${v.help}\n` +
        v.nodes
          .map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`)
          .join('\n'),
    )
    .join('\n')
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(
    serious.map((v) => v.id),
    `axe in the state "${state}" found:\n${report}`,
  ).toEqual([])
}
