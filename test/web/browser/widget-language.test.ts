/**
 * The widget's three languages in a real Chromium (språklova § 14: the service in bokmål and
 * nynorsk alike): the switch names Bokmål · Nynorsk · English each in its own language; a pick is
 * sent with every message; without one, no language is sent and the widget follows the language
 * the server answered in; a nynorsk page starts it in nynorsk.
 */
import type { BrowserContext, Page, Request } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { texts } from '../../../content/index.js';
import { useServerAndBrowser, waitForMore, widget } from './helpers.js';

let context: BrowserContext;
let page: Page;
/** The bodies of the chat requests the widget sent, in order. */
let sent: Record<string, unknown>[];

const env = useServerAndBrowser();
beforeEach(async () => {
  context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  sent = [];
  page.on('request', (r: Request) => {
    if (r.url().endsWith('/api/chat') && r.method() === 'POST') sent.push(r.postDataJSON() as Record<string, unknown>);
  });
});
afterEach(async () => {
  await context?.close();
});

async function open(path = '/') {
  await page.goto(`${env.server.base}${path}`);
  await widget(page).launcher.click();
  await widget(page).botMessages.first().waitFor();
}

/** The switch's buttons, whatever language the widget is labelled in. */
const languageButtons = () => page.locator('losen-chat .languages button');
const pressed = () => languageButtons().evaluateAll((els) => els.map((el) => el.getAttribute('aria-pressed')));
const saved = () => page.evaluate(() => JSON.parse(sessionStorage.getItem(`losen-widget:${location.origin}`) ?? '{}'));

describe('the widget in bokmål, nynorsk and English', () => {
  it('offers Bokmål · Nynorsk · English, each named in its own language with its lang, bokmål in use', async () => {
    await open();
    // A group named in the widget's language, holding a button per language.
    expect(await widget(page).languages.getByRole('button').count()).toBe(3);
    expect(await languageButtons().allTextContents()).toEqual(['Bokmål', 'Nynorsk', 'English']);
    expect(await languageButtons().evaluateAll((els) => els.map((el) => el.getAttribute('lang')))).toEqual([
      'nb',
      'nn',
      'en',
    ]);
    expect(await pressed()).toEqual(['true', 'false', 'false']);
    // The greeting asked for the page's language (no text to follow yet).
    expect(sent[0]).toEqual({ locale: 'nb' });
  });

  it('picking Nynorsk re-labels the widget, greets in nynorsk and sends nn with every message', async () => {
    await open();
    await languageButtons().filter({ hasText: 'Nynorsk' }).click();
    const w = widget(page, 'nn');
    await w.input.waitFor(); // labelled "Meldinga di" now
    expect(await pressed()).toEqual(['false', 'true', 'false']);
    // Nothing was asked yet, so the greeting comes again, in nynorsk.
    await w.botMessages.first().waitFor();
    expect(await w.botMessages.first().getAttribute('lang')).toBe('nn');
    expect(await w.botMessages.first().textContent()).toContain(texts('nn').ui.greeting);

    await w.input.fill('Trenger båten min bemanningssertifikat?');
    await w.send.click();
    await w.choice(texts('nn').facts.flag.choices.NO).click();
    await waitForMore(w.userMessages, 1);
    await w.typing.waitFor({ state: 'hidden' });
    const last = w.botMessages.last();
    expect(await last.getAttribute('lang')).toBe('nn');
    expect(await last.getAttribute('data-topic')).toBe('manning.which-vessels');

    const afterPick = sent.slice(1);
    expect(afterPick.length).toBeGreaterThanOrEqual(3);
    for (const body of afterPick) expect(body.locale).toBe('nn');
    expect(await saved()).toMatchObject({ locale: 'nn', picked: true });
  });

  it('without a pick sends no language and follows the one the server answered in', async () => {
    await open();
    const w = widget(page);
    await w.input.fill('How much sea time for 20 days at 12 hours?');
    await w.send.click();
    const en = widget(page, 'en');
    await en.decisions.first().waitFor();
    expect(sent.at(-1)).not.toHaveProperty('locale');
    expect(await en.decisions.last().getAttribute('lang')).toBe('en');
    // The widget now shows English as the language in use, and is labelled in it.
    await en.input.waitFor();
    expect(await pressed()).toEqual(['false', 'false', 'true']);
    expect(await saved()).toMatchObject({ locale: 'en' });
    expect(await saved()).not.toHaveProperty('picked');
  });

  it('starts in nynorsk on a page written in nynorsk', async () => {
    await page.route(`${env.server.base}/nynorsk-side`, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: '<!doctype html><html lang="nn"><head><title>Nynorsk</title><script src="/widget.js" defer></script></head><body><h1>Sida</h1></body></html>',
      }),
    );
    await open('/nynorsk-side');
    const w = widget(page, 'nn');
    await w.input.waitFor();
    expect(sent[0]).toEqual({ locale: 'nn' });
    expect(await w.botMessages.first().getAttribute('lang')).toBe('nn');
    expect(await pressed()).toEqual(['false', 'true', 'false']);
  });

  const NYNORSK_QUESTION = 'Kva treng eg for å få D6-sertifikat, og kor lenge gjeld helseerklæringa mi?';
  it('answers a question written in nynorsk in nynorsk without a pick', async () => {
    await open();
    const w = widget(page);
    await w.input.fill(NYNORSK_QUESTION);
    await w.send.click();
    const nn = widget(page, 'nn');
    await nn.input.waitFor();
    expect(await nn.botMessages.last().getAttribute('lang')).toBe('nn');
    expect(await pressed()).toEqual(['false', 'true', 'false']);
  });
});
