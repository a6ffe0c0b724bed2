/**
 * The staff triage page in a real Chromium: paste an enquiry, analyse, read the topics, the
 * missing facts and the draft reply, copy it; and the page in bokmål, nynorsk or English.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STAFF_STRINGS } from '../../../content/staff.js';
import { useServerAndBrowser } from './helpers.js';

const nb = STAFF_STRINGS.nb;

let context: BrowserContext;
let page: Page;

const env = useServerAndBrowser();
beforeEach(async () => {
  context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.base });
  page = await context.newPage();
  await page.goto(`${env.server.base}/staff`);
});
afterEach(async () => {
  await context?.close();
});

const analyse = async (text: string) => {
  await page.getByLabel(/^Henvendelse/).fill(text);
  await page.getByRole('button', { name: /Analyser/ }).click();
};

describe('staff triage page', () => {
  it('ranks topics, drafts a reply and copies it', async () => {
    await analyse(
      'Hei,\n\nvi har et lasteskip på 45 BT under norsk flagg. Trenger vi bemanningssertifikat?\n\nMvh Kari',
    );
    await page.locator('#results').waitFor();
    const topics = page.locator('#topics li');
    expect(await topics.count()).toBeGreaterThanOrEqual(1);
    expect(await topics.first().textContent()).toContain(nb.score('').replace(')', ''));
    expect(await topics.first().textContent()).toMatch(/\d,\d\d\)/);
    const reply = page.getByRole('textbox', { name: /Svarutkast/ });
    expect(await reply.getAttribute('readonly')).not.toBeNull();
    expect(await reply.getAttribute('lang')).toBe('nb');
    const draft = await reply.inputValue();
    expect(draft.trim().length).toBeGreaterThan(20);
    expect(await page.locator('#citations a[href*="lovdata.no"]').count()).toBeGreaterThan(0);

    await page.getByRole('button', { name: /Kopier svar/ }).click();
    const status = page.locator('#copy-status');
    await page.waitForFunction(() => (document.getElementById('copy-status')?.textContent ?? '') !== '');
    expect(await status.textContent()).toMatch(/kopiert/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(draft);
  });

  it('lists the facts still missing and answers an English enquiry in English', async () => {
    await analyse('Hello, does my boat need a manning certificate? Kind regards, John');
    await page.locator('#results').waitFor();
    expect(await page.locator('#result-language').textContent()).toBe(nb.resultLanguage(nb.languageEn));
    expect(await page.getByRole('textbox', { name: /Svarutkast/ }).getAttribute('lang')).toBe('en');
    expect(await page.locator('#missing li').count()).toBeGreaterThan(0);
  });

  it('says clearly when the enquiry is empty or the server fails', async () => {
    await page.getByRole('button', { name: /Analyser/ }).click();
    expect(await page.getByRole('alert').textContent()).toMatch(/Lim inn/);

    await page.route('**/api/triage', (route) =>
      route.fulfill({ status: 429, contentType: 'application/json', body: '{"error":"Too many requests"}' }),
    );
    await analyse('Trenger vi bemanningssertifikat?');
    await page.getByRole('alert').filter({ hasText: 'For mange' }).waitFor();
    expect(await page.locator('#results').isHidden()).toBe(true);
    expect(await page.getByRole('button', { name: /Analyser/ }).isEnabled()).toBe(true);
  });

  it('switches the page to nynorsk and English with buttons named in their own language, and keeps the choice', async () => {
    const buttons = page.locator('#page-language button');
    expect(await buttons.allTextContents()).toEqual(['Bokmål', 'Nynorsk', 'English']);
    expect(await buttons.evaluateAll((els) => els.map((el) => el.getAttribute('lang')))).toEqual(['nb', 'nn', 'en']);

    await buttons.filter({ hasText: 'Nynorsk' }).click();
    const nn = STAFF_STRINGS.nn;
    expect(await page.locator('html').getAttribute('lang')).toBe('nn');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(nn.heading);
    expect(await page.title()).toBe(nn.pageTitle);
    await page.getByLabel(nn.enquiryLabel).fill('Trenger vi bemanningssertifikat for et lasteskip på 45 BT?');
    await page.getByRole('button', { name: nn.analyse }).click();
    await page.locator('#results').waitFor();
    expect(await page.locator('#result-language').textContent()).toBe(nn.resultLanguage(nn.languageNb));
    expect(await page.getByRole('button', { name: nn.copy }).count()).toBe(1);

    // The choice is kept, and the shown result is re-labelled at once.
    await buttons.filter({ hasText: 'English' }).click();
    const en = STAFF_STRINGS.en;
    expect(await page.locator('#result-language').textContent()).toBe(en.resultLanguage(en.languageNb));
    await page.reload();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(en.heading);
    expect(await buttons.evaluateAll((els) => els.map((el) => el.getAttribute('aria-pressed')))).toEqual([
      'false',
      'false',
      'true',
    ]);
  });
});
