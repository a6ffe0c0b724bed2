/**
 * Whole conversations through the chat widget in a real Chromium, against the real server:
 * with the mouse, with the keyboard only, and in English.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { focused, tabTo, useServerAndBrowser, waitForMore, widget } from './helpers.js';

let context: BrowserContext;
let page: Page;

const env = useServerAndBrowser();
beforeEach(async () => {
  context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  await page.goto(`${env.server.base}/`);
});
afterEach(async () => {
  await context?.close();
});

describe('chat widget conversation', () => {
  it('answers the manning-certificate question with the mouse, ending in a decision citing Lovdata', async () => {
    const w = widget(page);
    await w.launcher.click();
    expect(await w.launcher.getAttribute('aria-expanded')).toBe('true');
    await w.botMessages.first().waitFor(); // the greeting

    await w.input.fill('Trenger båten min bemanningssertifikat?');
    await w.send.click();
    await w.choice('Norsk flagg').click();
    await w.choice('Lasteskip').click();
    // New lines are appended, never a re-drawn log (which screen readers would read out again).
    await w.botMessages.first().evaluate((el) => el.setAttribute('data-test-mark', 'first'));
    await w.input.fill('45 BT');
    await w.send.click();

    await w.decisions.first().waitFor();
    expect(await w.botMessages.first().getAttribute('data-test-mark')).toBe('first');
    const decision = w.decisions.last();
    expect(await decision.getAttribute('data-decision')).toBe('decided');
    expect(await decision.getAttribute('data-topic')).toBe('manning.which-vessels');
    const lovdata = decision.locator('a[href*="lovdata.no"]').first();
    expect(await lovdata.getAttribute('target')).toBe('_blank');
    expect(await lovdata.getAttribute('rel')).toBe('noopener noreferrer');
    // The user's answers are shown as theirs, the clicked choices by their labels.
    expect(await w.userMessages.allTextContents()).toEqual([
      'Du: Trenger båten min bemanningssertifikat?',
      'Du: Norsk flagg',
      'Du: Lasteskip',
      'Du: 45 BT',
    ]);
    expect(await w.send.isEnabled()).toBe(true);
  });

  it('does the same with the keyboard only, and returns focus to the launcher on Escape', async () => {
    const w = widget(page);
    await tabTo(page, 'Spør Losen');
    await page.keyboard.press('Enter');
    expect((await focused(page))?.id).toBe('losen-input');
    await w.botMessages.first().waitFor();

    await page.keyboard.type('Trenger båten min bemanningssertifikat?');
    await page.keyboard.press('Enter');
    await w.choice('Norsk flagg').waitFor();
    await tabTo(page, 'Norsk flagg', 'Shift+Tab');
    await page.keyboard.press('Space');

    await w.choice('Lasteskip').waitFor();
    await tabTo(page, 'Lasteskip');
    await page.keyboard.press('Enter');

    // The tonnage question has no choices: focus is back in the text box.
    await waitForMore(w.userMessages, 2);
    await w.typing.waitFor({ state: 'hidden' });
    expect((await focused(page))?.id).toBe('losen-input');
    await page.keyboard.type('45 BT');
    await page.keyboard.press('Enter');
    await w.decisions.first().waitFor();
    expect(await w.log.locator('a[href*="lovdata.no"]').count()).toBeGreaterThan(0);

    await page.keyboard.press('Escape');
    expect(await w.panel.isHidden()).toBe(true);
    expect(await w.launcher.getAttribute('aria-expanded')).toBe('false');
    expect((await focused(page))?.text).toBe('Spør Losen');

    // Reopening with the keyboard keeps the transcript and focuses the text box again.
    await page.keyboard.press('Enter');
    expect((await focused(page))?.id).toBe('losen-input');
    expect(await w.decisions.count()).toBeGreaterThan(0);
  });

  it('switches to English, re-labels itself and answers the sea-time question', async () => {
    await widget(page).launcher.click();
    await widget(page).botMessages.first().waitFor();
    await page.getByRole('button', { name: /^English/ }).click();

    const w = widget(page, 'en');
    await w.input.waitFor(); // labelled "Your message" now
    expect(await page.getByRole('button', { name: 'Start over' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Delete conversation' }).count()).toBe(1);
    expect(await w.launcher.count()).toBe(1);
    // Nothing was asked yet, so the greeting is given again in English.
    await w.botMessages.first().waitFor();
    expect(await w.botMessages.first().getAttribute('lang')).toBe('en');

    await w.input.fill('How much sea time for 20 days at 12 hours?');
    await w.input.press('Enter');
    await w.decisions.first().waitFor();
    expect(await w.decisions.last().textContent()).toContain('46.92');
    expect(
      await page.evaluate(() => JSON.parse(sessionStorage.getItem(`losen-widget:${location.origin}`) ?? '{}').locale),
    ).toBe('en');
  });
});
