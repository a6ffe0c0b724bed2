/**
 * WCAG 2.1 A/AA checks with axe-core on the demo page (widget open after one exchange) and on the
 * staff page (after an analysis), plus the widget's ARIA wiring.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { useServerAndBrowser, waitForMore, widget } from './helpers.js';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let context: BrowserContext | undefined;

const env = useServerAndBrowser();
afterEach(async () => {
  await context?.close();
  context = undefined;
});

async function newPage(viewport = { width: 1280, height: 800 }): Promise<Page> {
  context = await env.browser.newContext({ viewport });
  return context.newPage();
}

/** Violations as short lines (rule, impact, first targets) so a failure says what is wrong. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .slice(0, 3)
        .map((n) => JSON.stringify(n.target))
        .join(', ')}`,
  );
}

describe('accessibility', () => {
  it.each([
    ['desktop', { width: 1280, height: 800 }],
    ['320 px', { width: 320, height: 640 }],
  ])(
    'the demo page with the widget open after one exchange has no WCAG 2.1 AA violations (%s)',
    async (_name, viewport) => {
      const page = await newPage(viewport);
      await page.goto(`${env.server.base}/`);
      const w = widget(page);
      await w.launcher.click();
      await w.botMessages.first().waitFor();
      await w.input.fill('Trenger båten min bemanningssertifikat?');
      await w.send.click();
      await w.choice('Norsk flagg').waitFor();
      expect(await violations(page)).toEqual([]);
    },
  );

  it('the widget in nynorsk, picked with the language switch, has no WCAG 2.1 AA violations', async () => {
    const page = await newPage();
    await page.goto(`${env.server.base}/`);
    await widget(page).launcher.click();
    await widget(page).botMessages.first().waitFor();
    await page.locator('losen-chat .languages button[lang="nn"]').click();
    const w = widget(page, 'nn');
    await w.input.fill('Trenger båten min bemanningssertifikat?');
    await w.send.click();
    await w.typing.waitFor({ state: 'hidden' });
    await waitForMore(w.botMessages, 1);
    expect(await violations(page)).toEqual([]);
  });

  it('wires the widget for assistive technology', async () => {
    const page = await newPage();
    await page.goto(`${env.server.base}/`);
    const w = widget(page);
    expect(await w.launcher.getAttribute('aria-controls')).toBe('losen-panel');
    expect(await w.launcher.getAttribute('aria-expanded')).toBe('false');
    await w.launcher.click();
    expect(await w.panel.getAttribute('id')).toBe('losen-panel');
    expect(await w.log.getAttribute('aria-live')).toBe('polite');
    await waitForMore(w.botMessages, 0);
    // Focus rings are at least 2 px and the page respects reduced motion.
    await page.keyboard.press('Shift+Tab'); // from the text box to the log or a quick reply
    const outline = await page.evaluate(() => {
      const root = document.querySelector('losen-chat')!.shadowRoot!;
      const el = root.activeElement!;
      const style = getComputedStyle(el);
      return { width: parseFloat(style.outlineWidth), style: style.outlineStyle };
    });
    expect(outline.width).toBeGreaterThanOrEqual(2);
    expect(outline.style).toBe('solid');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const animation = await page.evaluate(
      () => getComputedStyle(document.querySelector('losen-chat')!.shadowRoot!.querySelector('.panel')!).animationName,
    );
    expect(animation).toBe('none');
  });

  it('the staff page after an analysis has no WCAG 2.1 AA violations', async () => {
    const page = await newPage();
    await page.goto(`${env.server.base}/staff`);
    expect(await violations(page)).toEqual([]);
    await page
      .getByLabel(/^Henvendelse/)
      .fill('Hei! Jeg har et lasteskip på 45 BT under norsk flagg. Trenger det bemanningssertifikat?');
    await page.getByRole('button', { name: /Analyser/ }).click();
    await page.locator('#results').waitFor();
    expect(await violations(page)).toEqual([]);
  });

  it('the staff page in nynorsk after an analysis has no WCAG 2.1 AA violations', async () => {
    const page = await newPage();
    await page.goto(`${env.server.base}/staff`);
    await page.locator('#page-language button[lang="nn"]').click();
    await page.locator('#enquiry').fill('Kva treng eg for å vere skipskokk?');
    await page.locator('#analyse').click();
    await page.locator('#results').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('nn');
    expect(await violations(page)).toEqual([]);
  });
});
