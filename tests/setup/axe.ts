import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** One axe-core rule broken on a page, with where. */
export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  helpUrl: string;
  /** CSS selectors of the offending elements (frames joined with " >> "), with axe's summary of each. */
  nodes: { target: string; summary: string }[];
}

/**
 * Findings accepted on purpose, each matched by rule and by the element it is reported on, with why it
 * cannot be fixed in this app. Keep this list short; a rule is never switched off wholesale.
 */
export const axeExclusions: readonly { rule: string; target: RegExp; summary: RegExp; reason: string }[] = [
  {
    rule: 'aria-required-children',
    target: /^\.ant-tabs-nav$/,
    summary: /children which are not allowed: button\[aria-controls\]\s*$/,
    reason:
      "antd's Tabs (rc-tabs) put their overflow button (…, shown when the tabs do not fit, e.g. the org positions " +
      'status tabs at 375 px) inside role="tablist"; the button works and is labelled, the markup is upstream.',
  },
];

export const blocking: ReadonlySet<string> = new Set(['serious', 'critical']);
export const allImpacts: ReadonlySet<string> = new Set(['minor', 'moderate', 'serious', 'critical']);

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules and axe's best practices) over the page as it is now and returns
 * its violations of the given impacts (serious and critical unless asked), less the accepted exclusions. axe
 * is evaluated through the DevTools protocol, so the app's Content-Security-Policy (no inline scripts) does
 * not stop it.
 */
export async function axeViolations(page: Page, impacts: ReadonlySet<string> = blocking): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const runner = (window as unknown as { axe: typeof axe }).axe;
    const results = await runner.run(document, { resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.map((node) => ({
        target: node.target.map((part) => (Array.isArray(part) ? part.join(' ') : String(part))).join(' >> '),
        summary: node.failureSummary ?? '',
      })),
    }));
  });
  return violations
    .filter((violation) => impacts.has(violation.impact))
    .map((violation) => ({
      ...violation,
      nodes: violation.nodes.filter(
        (node) =>
          !axeExclusions.some(
            (ex) => ex.rule === violation.id && ex.target.test(node.target) && ex.summary.test(node.summary),
          ),
      ),
    }))
    .filter((violation) => violation.nodes.length > 0);
}

/** The findings as a readable list for an assertion message: rule, impact, help URL, then each target. */
export function formatFindings(where: string, findings: AxeFinding[]): string {
  return findings
    .map(
      (finding) =>
        `${where}: ${finding.id} (${finding.impact}) ${finding.help} — ${finding.helpUrl}\n` +
        finding.nodes.map((node) => `    ${node.target}\n      ${node.summary.replace(/\n/g, '\n      ')}`).join('\n'),
    )
    .join('\n');
}
