/**
 * The chat widget under stress in a real Chromium: hostile text, reloads, a 320 px screen,
 * failing and slow requests, restart and delete.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from './helpers.js';
import { focused, SETUP_TIMEOUT_MS, launchChromium, startServer, waitForMore, widget } from './helpers.js';

let server: TestServer;
let browser: Browser;
let context: BrowserContext | undefined;
/** Another site embedding the widget: a loopback server reached as `localhost` (another origin), listed for CORS. */
const embedder = createServer();
let embedderOrigin = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => embedder.listen(0, '127.0.0.1', resolve));
  embedderOrigin = `http://localhost:${(embedder.address() as AddressInfo).port}`;
  [server, browser] = await Promise.all([startServer({ CORS_ORIGINS: [embedderOrigin] }), launchChromium()]);
  embedder.on('request', (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html lang="en"><head><title>Another site</title><script src="${server.base}/widget.js" data-locale="en" defer></script></head><body><h1>Another site</h1></body></html>`,
    );
  });
}, SETUP_TIMEOUT_MS);
afterAll(async () => {
  await browser?.close();
  await server?.app.close();
  embedder.close();
});
afterEach(async () => {
  await context?.close();
  context = undefined;
});

async function openPage(viewport = { width: 1280, height: 800 }): Promise<Page> {
  context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(`${server.base}/`);
  await widget(page).launcher.click();
  await widget(page).botMessages.first().waitFor();
  return page;
}

const savedState = (page: Page) =>
  page.evaluate(() => JSON.parse(sessionStorage.getItem(`losen-widget:${location.origin}`) ?? 'null'));

describe('chat widget robustness', () => {
  it('shows markup typed by the user as text and never runs it', async () => {
    const page = await openPage();
    const w = widget(page);
    // Markup reads as English to the language detector; pick bokmål so the labels stay put.
    await page.locator('losen-chat .languages button[lang="nb"]').click();
    const attacks = ['<img src=x onerror="window.__xss=1">', '<script>window.__xss=2</script>'];
    for (const [i, attack] of attacks.entries()) {
      await w.input.fill(attack);
      await w.send.click();
      await waitForMore(w.userMessages, i);
      await w.typing.waitFor({ state: 'hidden' });
    }
    expect(await w.userMessages.allTextContents()).toEqual(attacks.map((a) => `Du: ${a}`));
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    const injected = await page.evaluate(
      () => document.querySelector('losen-chat')?.shadowRoot?.querySelectorAll('img, script, iframe, object').length,
    );
    expect(injected).toBe(0);
  });

  it('keeps the conversation across a reload and continues it', async () => {
    const page = await openPage();
    const w = widget(page);
    await w.input.fill('Trenger båten min bemanningssertifikat?');
    await w.send.click();
    await w.choice('Norsk flagg').waitFor();
    const before = await savedState(page);
    expect(typeof before.conversationId).toBe('string');

    await page.reload();
    await w.launcher.click();
    expect(await w.userMessages.allTextContents()).toEqual(['Du: Trenger båten min bemanningssertifikat?']);
    expect(await w.log.locator('a[href*="lovdata.no"]').count()).toBeGreaterThan(0);
    // The pending question's choices are back, and answering it continues the same conversation.
    await w.choice('Norsk flagg').click();
    await w.choice('Lasteskip').waitFor();
    expect((await savedState(page)).conversationId).toBe(before.conversationId);
  });

  it('fits a 320 px screen with the input and send button visible', async () => {
    const page = await openPage({ width: 320, height: 640 });
    const w = widget(page);
    await w.input.fill('Trenger båten min bemanningssertifikat?');
    await w.send.click();
    await w.choice('Norsk flagg').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    for (const control of [w.input, w.send, w.choice('Norsk flagg'), page.getByRole('button', { name: 'Lukk' })]) {
      const box = await control.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(320);
      expect(box!.y + box!.height).toBeLessThanOrEqual(640);
      expect(Math.min(box!.width, box!.height)).toBeGreaterThanOrEqual(24);
    }
    // The full-screen panel hides the launcher; closing brings it back with focus.
    await page.keyboard.press('Escape');
    expect(
      await w.launcher.evaluate((el) => el === document.querySelector('losen-chat')?.shadowRoot?.activeElement),
    ).toBe(true);
    expect(await w.launcher.isVisible()).toBe(true);
  });

  it('disables sending while waiting, and on an error keeps the text and explains (429)', async () => {
    const page = await openPage();
    const w = widget(page);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/chat', async (route) => {
      await held;
      await route.fulfill({
        status: 429,
        contentType: 'application/json',
        body: JSON.stringify({ error: 'Too many requests' }),
      });
    });
    await w.input.fill('Hvor mye fartstid gir 20 dager à 12 timer?');
    await w.send.click();
    await w.typing.waitFor({ state: 'visible' });
    expect(await w.send.isDisabled()).toBe(true);
    release();
    await page.locator('losen-chat .notice--error').waitFor();
    expect(await page.locator('losen-chat .notice--error').textContent()).toMatch(/For mange meldinger/);
    expect(await w.input.inputValue()).toBe('Hvor mye fartstid gir 20 dager à 12 timer?');
    expect(await w.userMessages.count()).toBe(0);
    expect(await w.send.isEnabled()).toBe(true);

    await page.unroute('**/api/chat');
    await page.route('**/api/chat', (route) => route.abort('internetdisconnected'));
    await w.send.click();
    await page.locator('losen-chat .notice--error').nth(1).waitFor();
    expect(await page.locator('losen-chat .notice--error').nth(1).textContent()).toMatch(/Fikk ikke kontakt/);
    expect(await w.input.inputValue()).toBe('Hvor mye fartstid gir 20 dager à 12 timer?');
  });

  it('starts over below the earlier conversation, and deletes the conversation only when asked to confirm', async () => {
    const page = await openPage();
    const w = widget(page);
    await w.input.fill('Trenger båten min bemanningssertifikat?');
    await w.send.click();
    await w.choice('Norsk flagg').waitFor();
    const { conversationId } = await savedState(page);

    const restart = page.waitForRequest((r) => r.url().endsWith('/api/chat') && r.method() === 'POST');
    await page.getByRole('button', { name: 'Start på nytt', exact: true }).first().click();
    // No language was picked, so none is sent: the server keeps following the user's text.
    expect((await restart).postDataJSON()).toEqual({ conversationId, choice: 'cmd:restart' });
    await w.typing.waitFor({ state: 'hidden' });
    // The earlier conversation stays visible, above a divider.
    expect(await w.userMessages.allTextContents()).toEqual(['Du: Trenger båten min bemanningssertifikat?']);
    const divider = page.getByRole('separator', { name: 'Ny samtale' });
    expect(await divider.count()).toBe(1);
    expect(await page.locator('losen-chat .messages > *').evaluateAll((els) => els.map((e) => e.className))).toEqual([
      'msg msg--bot',
      'msg msg--user',
      'msg msg--bot',
      'msg msg--bot',
      'divider',
      'msg msg--bot',
    ]);

    // Deleting asks first; "Avbryt" keeps everything.
    let deletes = 0;
    page.on('request', (r) => {
      if (r.method() === 'DELETE') deletes += 1;
    });
    const remove = page.getByRole('button', { name: 'Slett samtalen' });
    await remove.click();
    expect(await remove.getAttribute('aria-expanded')).toBe('true');
    const confirm = page.getByRole('group', { name: 'Vil du slette samtalen? Den kan ikke hentes tilbake.' });
    await confirm.waitFor();
    expect((await focused(page))?.text).toBe('Ja, slett');
    await confirm.getByRole('button', { name: 'Avbryt' }).click();
    expect(await confirm.isHidden()).toBe(true);
    expect((await focused(page))?.text).toBe('Slett samtalen');
    expect(deletes).toBe(0);
    expect(await w.userMessages.count()).toBe(1);

    const removal = page.waitForResponse(
      (r) => r.url().endsWith(`/api/chat/${conversationId}`) && r.request().method() === 'DELETE',
    );
    await remove.click();
    await confirm.getByRole('button', { name: 'Ja, slett' }).click();
    expect((await removal).status()).toBe(204);
    await page.locator('losen-chat .notice--info').waitFor();
    expect(await w.botMessages.count()).toBe(0);
    expect(await savedState(page)).toBeNull();
  });

  it('works embedded on another origin, calling the API where widget.js came from', async () => {
    context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${embedderOrigin}/`);
    const w = widget(page, 'en');
    const greeting = page.waitForResponse((r) => r.url() === `${server.base}/api/chat`);
    await w.launcher.click();
    expect((await greeting).status()).toBe(200);
    await w.botMessages.first().waitFor();
    expect(await page.locator('losen-chat .panel').evaluate((el) => getComputedStyle(el).position)).toBe('fixed'); // widget.css applied
    await w.input.fill('How much sea time for 20 days at 12 hours?');
    await w.send.click();
    await w.decisions.first().waitFor();
    expect(await w.decisions.last().textContent()).toContain('46.92');
  });

  it('renders downloads as same-origin links and drops unsafe links', async () => {
    const page = await openPage();
    const w = widget(page);
    await page.route('**/api/chat', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          conversationId: 'c-1',
          locale: 'nb',
          messages: [
            {
              text: 'Her er bekreftelsen.\n• linje to',
              attachments: [
                { kind: 'pdf', label: 'Fartstidsbekreftelse', url: '/api/documents/x.pdf' },
                { kind: 'ics', label: 'Frist', url: 'https://evil.example/x.ics' },
              ],
              citations: [
                { source: 'A', url: 'javascript:alert(1)' },
                { source: 'B', ref: '§ 2', url: 'https://lovdata.no/b' },
              ],
            },
          ],
        }),
      }),
    );
    await w.input.fill('dokument');
    await w.send.click();
    await waitForMore(w.botMessages, 1);
    const last = w.botMessages.last();
    const downloads = last.locator('a[download]');
    expect(await downloads.count()).toBe(1);
    expect(await downloads.getAttribute('href')).toBe(`${server.base}/api/documents/x.pdf`);
    expect(await downloads.textContent()).toContain('Fartstidsbekreftelse');
    const links = last.locator('.msg__sources a');
    expect(await links.count()).toBe(1);
    expect(await links.first().textContent()).toContain('B § 2');
    expect(await last.locator('.msg__sources').textContent()).toContain('A');
    expect(await last.locator('.msg__text').evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('pre-wrap');
  });
});
