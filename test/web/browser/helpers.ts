/**
 * Shared set-up for the browser tests: build the web files, serve them with the real server on
 * loopback, and drive Debian's Chromium through playwright-core.
 */
import type { FastifyInstance } from 'fastify';
import type { Browser, Locator, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import type { Config } from '../../../bot/config.js';
import type { WidgetLocale } from '../../../content/widget.js';
import { stringsFor } from '../../../content/widget.js';
import { loadConfig } from '../../../bot/config.js';
import { MemoryStore } from '../../../bot/core/store.js';
import { buildApp } from '../../../bot/main.js';
import { buildWeb } from '../../../scripts/build-web.js';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Time for a file's set-up: build, server start (first import of the whole bot) and browser launch. */
export const SETUP_TIMEOUT_MS = 120_000;

export type TestServer = { app: FastifyInstance; base: string };

/** Build dist/web, then start the server as `npm start` composes it, on a free loopback port. */
export async function startServer(config: Partial<Config> = {}): Promise<TestServer> {
  await buildWeb();
  const { app } = await buildApp({
    config: { ...loadConfig({}), RATE_LIMIT_PER_MINUTE: 10_000, ...config },
    store: new MemoryStore(),
    triage: 'in-process',
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  // Warm the understanding indexes up so the first test is not the slow one.
  await app.inject({ method: 'POST', url: '/api/chat', payload: { text: 'Trenger båten min bemanningssertifikat?' } });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no TCP address');
  return { app, base: `http://127.0.0.1:${address.port}` };
}

/** The widget's parts in its `locale` labels, found by role and name (Playwright selectors reach into open shadow roots). */
export function widget(page: Page, locale: WidgetLocale = 'nb') {
  const t = stringsFor(locale);
  return {
    launcher: page.getByRole('button', { name: t.launcher }),
    panel: page.getByRole('dialog', { name: t.name }),
    log: page.getByRole('log'),
    input: page.getByRole('textbox', { name: t.inputLabel }),
    send: page.getByRole('button', { name: t.send, exact: true }),
    /** The language switch and its button for `language` (named in that language). */
    languages: page.getByRole('group', { name: t.languages }),
    choice: (label: string) =>
      page.getByRole('group', { name: t.choices }).getByRole('button', { name: label, exact: true }),
    botMessages: page.locator('losen-chat .msg--bot'),
    userMessages: page.locator('losen-chat .msg--user'),
    decisions: page.locator('losen-chat .msg--decision'),
    typing: page.locator('losen-chat .typing'),
  };
}

/** Wait until `locator` matches more than `count` elements. */
export async function waitForMore(locator: Locator, count: number): Promise<void> {
  await locator.nth(count).waitFor({ state: 'attached' });
}

/** What has keyboard focus, looking through shadow roots. */
export function focused(page: Page): Promise<{ tag: string; id: string; name: string; text: string } | null> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return null;
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      name: el.getAttribute('aria-label') ?? '',
      text: (el.textContent ?? '').trim(),
    };
  });
}

/** Press `key` (Tab or Shift+Tab) until the focused element has this text or label. */
export async function tabTo(page: Page, label: string, key: 'Tab' | 'Shift+Tab' = 'Tab', max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    const f = await focused(page);
    if (f && (f.text === label || f.name === label)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`could not reach "${label}" with ${key}`);
}

/**
 * The server and the Chromium of one test file: started before its first test, closed after its
 * last. Read `server` and `browser` inside hooks and tests (they are set by then).
 */
export function useServerAndBrowser(config: Partial<Config> = {}): { server: TestServer; browser: Browser } {
  const env = {} as { server: TestServer; browser: Browser };
  beforeAll(async () => {
    [env.server, env.browser] = await Promise.all([startServer(config), launchChromium()]);
  }, SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.app.close();
  });
  return env;
}
