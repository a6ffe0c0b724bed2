/**
 * The editors' insights page in a real Chromium, behind STAFF_TOKEN: the browser signs in with
 * HTTP Basic (the token as password), reads the per-topic table and the redacted questions,
 * filters by language, switches the page's language — and axe finds no WCAG 2.1 AA violation.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { texts } from '../../../content/index.js';
import { INSIGHTS_TEXTS } from '../../../content/insights.js';
import { useServerAndBrowser } from './helpers.js';

const TOKEN = 'insights-browser-test-token';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** axe on a full page takes seconds, and many more on a machine shared with other test runs. */
const AXE_TIMEOUT_MS = 90_000;

let context: BrowserContext | undefined;
const env = useServerAndBrowser({ STAFF_TOKEN: TOKEN });

async function chat(body: Record<string, unknown>) {
  const res = await fetch(`${env.server.base}/api/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await res.json()) as { conversationId: string; turn: number };
}

beforeAll(async () => {
  await chat({ text: 'Hvordan baker jeg brød? Hilsen Kari Nordmann, kari@example.no', locale: 'nb' });
  await chat({ text: 'Does the manning certificate expire?', locale: 'en' });
  const rated = await chat({ text: 'Kva er dagordning?', locale: 'nn' });
  await fetch(`${env.server.base}/api/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ conversationId: rated.conversationId, turn: rated.turn, rating: 'down', comment: 'Uklart' }),
  });
}, 60_000);

afterEach(async () => {
  await context?.close();
  context = undefined;
});

async function signedIn(viewport = { width: 1280, height: 900 }): Promise<Page> {
  context = await env.browser.newContext({ viewport, httpCredentials: { username: 'staff', password: TOKEN } });
  return context.newPage();
}

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  );
}

describe('the insights page', () => {
  it('refuses a browser without the staff token, saying what it is', async () => {
    // Chromium itself stops at a Basic challenge it has no credentials for; its request API shows the page it got.
    context = await env.browser.newContext();
    const response = await context.request.get(`${env.server.base}/staff/insights`);
    expect(response.status()).toBe(401);
    expect(response.headers()['www-authenticate']).toMatch(/^Basic/);
    const html = await response.text();
    expect(html).toContain(INSIGHTS_TEXTS.unauthorized.nb.slice(0, 30));
    expect(html).not.toContain('<table');
  });

  it(
    'shows the counts per topic and the redacted questions, and has no WCAG 2.1 AA violations',
    async () => {
      const page = await signedIn();
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      const response = await page.goto(`${env.server.base}/staff/insights`);
      expect(response?.status()).toBe(200);
      expect(await page.locator('html').getAttribute('lang')).toBe('nb');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(INSIGHTS_TEXTS.title.nb);

      const topics = page
        .getByRole('table')
        .filter({ has: page.getByRole('columnheader', { name: INSIGHTS_TEXTS.topic.nb }) })
        .first();
      const row = (topic: string) => topics.getByRole('row').filter({ hasText: topic });
      expect(await row('manning.expiry').count()).toBe(1);
      expect(await row('manning.day-schedule').count()).toBe(1);
      expect(await row(texts('nb').topics['manning.day-schedule'].title).count()).toBe(1);

      const recent = page.locator('table.recent');
      expect(await recent.getByRole('row').count()).toBe(3); // the header, the fallback, the thumbs-down
      const question = recent.getByRole('cell', { name: /brød/ });
      expect(await question.getAttribute('lang')).toBe('nb');
      expect(await question.textContent()).not.toMatch(/Kari|Nordmann|example/);
      expect(await recent.getByRole('cell', { name: 'Kva er dagordning?' }).getAttribute('lang')).toBe('nn');

      expect(await violations(page)).toEqual([]);
      expect(errors).toEqual([]);
    },
    AXE_TIMEOUT_MS,
  );

  it('filters by language with the form, and keeps the page in the language chosen', async () => {
    const page = await signedIn();
    await page.goto(`${env.server.base}/staff/insights?lang=nn`);
    expect(await page.locator('html').getAttribute('lang')).toBe('nn');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(INSIGHTS_TEXTS.title.nn);
    await page.getByLabel(INSIGHTS_TEXTS.language.nn, { exact: true }).selectOption('en');
    await page.getByRole('button', { name: INSIGHTS_TEXTS.show.nn }).click();
    await page.waitForURL(/locale=en/);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('nn');
    expect(await page.locator('table.recent').count()).toBe(0);
    expect(await page.getByRole('row').filter({ hasText: 'manning.expiry' }).count()).toBe(1);
    expect(await page.getByRole('row').filter({ hasText: 'manning.day-schedule' }).count()).toBe(0);

    await page
      .getByRole('navigation', { name: INSIGHTS_TEXTS.pageLanguage.nn })
      .getByRole('link', { name: 'English' })
      .click();
    await page.waitForURL(/lang=en/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(INSIGHTS_TEXTS.title.en);
    expect(new URL(page.url()).searchParams.get('locale')).toBe('en');
  });

  it('links to the same figures as JSON, which the signed-in browser can open', async () => {
    const page = await signedIn();
    await page.goto(`${env.server.base}/staff/insights?lang=en&locale=nn`);
    const response = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/insights')),
      page.getByRole('link', { name: INSIGHTS_TEXTS.asJson.en }).click(),
    ]).then(([r]) => r);
    expect(response.status()).toBe(200);
    const report = (await response.json()) as { locale: string; totals: { questions: number } };
    expect(report).toMatchObject({ locale: 'nn', totals: { questions: 1 } });
  });

  it(
    'has no WCAG 2.1 AA violations at 320 px',
    async () => {
      const page = await signedIn({ width: 320, height: 640 });
      await page.goto(`${env.server.base}/staff/insights?lang=en`);
      expect(await violations(page)).toEqual([]);
    },
    AXE_TIMEOUT_MS,
  );
});
