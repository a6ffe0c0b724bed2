/**
 * The staff triage page in a real Chromium: paste a realistic e-mail, analyse, read the urgency,
 * the questions found, the decisions and what to ask the sender; edit the draft and copy it as
 * plain text with the sources' addresses; the page in bokmål, nynorsk or English; the staff
 * token asked for once and kept for the tab; no WCAG 2.1 AA violations (axe).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { STAFF_STRINGS } from '../../../content/staff.js';
import type { Config } from '../../../bot/config.js';
import { buildServer } from '../../../bot/web/server.js';
import { buildWeb } from '../../../scripts/build-web.js';
import { EMAILS, PERSONAL, TODAY } from '../../machines/triage-emails.js';
import type { TestServer } from './helpers.js';
import { launchChromium, SETUP_TIMEOUT_MS } from './helpers.js';

const nb = STAFF_STRINGS.nb;
const TOKEN = 'browser-test-staff-token-0123';

let context: BrowserContext;
let page: Page;

/** The server on loopback, on the e-mails' day (urgency is counted from it). */
async function startServer(config: Partial<Config> = {}): Promise<TestServer> {
  await buildWeb();
  const app = await buildServer({ config: { RATE_LIMIT_PER_MINUTE: 10_000, ...config }, today: () => TODAY });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no TCP address');
  return { app, base: `http://127.0.0.1:${address.port}` };
}

const env = {} as { server: TestServer; browser: Browser };
beforeAll(async () => {
  [env.server, env.browser] = await Promise.all([startServer(), launchChromium()]);
}, SETUP_TIMEOUT_MS);
afterAll(async () => {
  await env.browser?.close();
  await env.server?.app.close();
});
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
  await page.getByLabel(nb.enquiryLabel, { exact: true }).fill(text);
  await page.getByRole('button', { name: nb.analyse }).click();
  await page.locator('#results').waitFor();
};

const draft = () => page.getByRole('textbox', { name: nb.replyHeading });

async function violations(p: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page: p }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  );
}

describe('staff triage page', () => {
  it('shows urgency, the decision and an editable draft that copies as plain text with the source addresses', async () => {
    await analyse(EMAILS.healthMinor);
    // Urgent at the top of the result: the certificate runs out within 30 days.
    const urgent = page.locator('#urgent');
    expect(await urgent.isVisible()).toBe(true);
    expect(await urgent.getByRole('heading').textContent()).toBe(nb.urgentHeading);
    expect(await page.locator('#urgent-reason').textContent()).toMatch(/2\. april 2026/);
    expect(await page.locator('#decisions .decision').count()).toBe(1);
    expect(await page.locator('#questions li').allTextContents()).toEqual([nb.nothingMissing]);

    const reply = draft();
    expect(await reply.getAttribute('readonly')).toBeNull();
    expect(await reply.getAttribute('lang')).toBe('nb');
    const text = await reply.inputValue();
    expect(text).toMatch(/^Hei,/);
    expect(text).toContain('https://lovdata.no/dokument/SF/forskrift/2014-06-05-805');
    expect(text).not.toContain(PERSONAL.minorId);
    expect(await page.locator('#citations a[href*="lovdata.no"]').count()).toBeGreaterThan(0);

    // The caseworker signs the letter; the copy is the edited text, as plain text.
    const signed = text.replace('[Navn på saksbehandler]', 'Kari Saksbehandler');
    await reply.fill(signed);
    await page.getByRole('button', { name: nb.copy }).click();
    await page.waitForFunction(() => (document.getElementById('copy-status')?.textContent ?? '') !== '');
    expect(await page.locator('#copy-status').textContent()).toBe(nb.copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(signed);
  });

  it('reminds of the placeholders left when the draft is copied unsigned', async () => {
    await analyse(EMAILS.manningCargo);
    await page.getByRole('button', { name: nb.copy }).click();
    await page.waitForFunction(() => (document.getElementById('copy-status')?.textContent ?? '') !== '');
    expect(await page.locator('#copy-status').textContent()).toBe(
      `${nb.copied} ${nb.placeholdersLeft('[Navn på saksbehandler]')}`,
    );
  });

  it('lists each question of a two-question e-mail and what to ask the sender', async () => {
    await analyse(EMAILS.cookTwoQuestions);
    expect(await page.locator('#read li').count()).toBe(2);
    expect(await page.locator('#questions li').count()).toBe(2);
    expect(await page.locator('#urgent').isHidden()).toBe(true);
    expect(await draft().inputValue()).toContain(await page.locator('#questions li').first().textContent());
  });

  it('says that quoted messages were not analysed, and answers an English e-mail in English', async () => {
    await analyse(EMAILS.originalMessage);
    expect(await page.locator('#quoted').isVisible()).toBe(true);
    expect(await page.locator('#result-language').textContent()).toBe(nb.resultLanguage(nb.languageEn));
    expect(await draft().getAttribute('lang')).toBe('en');
    expect(await page.locator('#read li').count()).toBe(1);
  });

  it('says clearly when the enquiry is empty or the server fails', async () => {
    await page.getByRole('button', { name: nb.analyse }).click();
    expect(await page.getByRole('alert').textContent()).toBe(nb.emptyEnquiry);

    await page.route('**/api/triage', (route) =>
      route.fulfill({ status: 429, contentType: 'application/json', body: '{"error":"Too many requests"}' }),
    );
    await page.getByLabel(nb.enquiryLabel, { exact: true }).fill('Trenger vi bemanningssertifikat?');
    await page.getByRole('button', { name: nb.analyse }).click();
    await page.getByRole('alert').filter({ hasText: nb.tooMany }).waitFor();
    expect(await page.locator('#results').isHidden()).toBe(true);
    expect(await page.getByRole('button', { name: nb.analyse }).isEnabled()).toBe(true);
  });

  it('switches the page to nynorsk and English, keeps the choice and the edited draft', async () => {
    const buttons = page.locator('#page-language button');
    expect(await buttons.allTextContents()).toEqual(['Bokmål', 'Nynorsk', 'English']);
    await buttons.filter({ hasText: 'Nynorsk' }).click();
    const nn = STAFF_STRINGS.nn;
    expect(await page.locator('html').getAttribute('lang')).toBe('nn');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(nn.heading);
    await page.getByLabel(nn.enquiryLabel, { exact: true }).fill(EMAILS.healthNynorsk);
    await page.getByRole('button', { name: nn.analyse }).click();
    await page.locator('#results').waitFor();
    expect(await page.locator('#result-language').textContent()).toBe(nn.resultLanguage(nn.languageNn));
    expect(await page.getByRole('textbox', { name: nn.replyHeading }).getAttribute('lang')).toBe('nn');

    await page.getByRole('textbox', { name: nn.replyHeading }).fill('Hei,\n\nRedigert.');
    await buttons.filter({ hasText: 'English' }).click();
    const en = STAFF_STRINGS.en;
    expect(await page.locator('#result-language').textContent()).toBe(en.resultLanguage(en.languageNn));
    expect(await page.getByRole('textbox', { name: en.replyHeading }).inputValue()).toBe('Hei,\n\nRedigert.');
    await page.reload();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(en.heading);
  });

  it('has no WCAG 2.1 AA violations with an urgent result', async () => {
    await analyse(EMAILS.interimUrgent);
    expect(await page.locator('#urgent').isVisible()).toBe(true);
    expect(await violations(page)).toEqual([]);
  });
});

describe('staff page behind STAFF_TOKEN', () => {
  let guarded: TestServer;
  beforeAll(async () => {
    guarded = await startServer({ STAFF_TOKEN: TOKEN });
  }, SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await guarded?.app.close();
  });

  it('asks for the token once when the API refuses the browser, keeps it for the tab, and asks again when it is refused', async () => {
    const signedIn = await env.browser.newContext({ httpCredentials: { username: 'kari', password: TOKEN } });
    try {
      const tab = await signedIn.newPage();
      expect((await tab.goto(`${guarded.base}/staff`))?.status()).toBe(200);
      expect(await tab.locator('#token-form').isHidden()).toBe(true);
      // The browser's sign-in no longer holds for the API (as after a change of token): the API
      // refuses everything but the bearer token the page sends once it has asked for it. (A
      // headless browser cannot show the sign-in dialog a real one would show first.)
      await tab.route('**/api/triage', (route) =>
        route.request().headers().authorization === `Bearer ${TOKEN}`
          ? route.continue()
          : route.fulfill({ status: 401, contentType: 'application/json', body: '{"error":"Staff only"}' }),
      );
      await tab.getByLabel(nb.enquiryLabel, { exact: true }).fill(EMAILS.manningCargo);
      await tab.getByRole('button', { name: nb.analyse }).click();
      const tokenField = tab.getByLabel(nb.tokenLabel);
      await tokenField.waitFor();
      expect(await tab.locator('#token-message').textContent()).toBe(nb.tokenNeeded);
      expect(await violations(tab)).toEqual([]);
      await tokenField.fill(TOKEN);
      await tab.getByRole('button', { name: nb.tokenSubmit }).click();
      // The analysis waiting for the token runs as soon as it is given.
      await tab.locator('#results').waitFor();
      expect(await tab.locator('#token-form').isHidden()).toBe(true);
      expect(await tab.evaluate(() => sessionStorage.getItem('losen-staff-token'))).toBe(TOKEN);
      expect(await tab.evaluate(() => localStorage.getItem('losen-staff-token'))).toBeNull();

      // Kept for the tab: after a reload the analysis goes straight through.
      await tab.reload();
      await tab.getByLabel(nb.enquiryLabel, { exact: true }).fill(EMAILS.d6Master);
      await tab.getByRole('button', { name: nb.analyse }).click();
      await tab.locator('#results').waitFor();
      expect(await tab.locator('#token-form').isHidden()).toBe(true);

      // A token the server no longer takes is forgotten and asked for again.
      await tab.evaluate(() => sessionStorage.setItem('losen-staff-token', 'outdated-token-of-some-length'));
      await tab.getByRole('button', { name: nb.analyse }).click();
      await tab.locator('#token-form').waitFor();
      expect(await tab.locator('#token-message').textContent()).toBe(nb.tokenWrong);
      expect(await tab.evaluate(() => sessionStorage.getItem('losen-staff-token'))).toBeNull();
    } finally {
      await signedIn.close();
    }
  });
});
