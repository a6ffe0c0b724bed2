/**
 * The widget as a public service, in a real Chromium against the real server: it says it gives
 * guidance, not decisions, and links to how it works and to privacy; "Talk to a person" gives a
 * summary with a prefilled e-mail and a copy button; every answer can be rated (👍, or 👎 with a
 * comment); the transcript downloads as text; a long answer is shown from its start and a long
 * list of choices stays compact on a phone; and all of it passes axe (WCAG 2.1 AA).
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { texts } from '../../../content/index.js';
import { stringsFor } from '../../../content/widget.js';
import { useServerAndBrowser, widget } from './helpers.js';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const nb = stringsFor('nb');

let context: BrowserContext | undefined;
const env = useServerAndBrowser();
afterEach(async () => {
  await context?.close();
  context = undefined;
});

async function openWidget(viewport = { width: 1280, height: 800 }): Promise<Page> {
  context = await env.browser.newContext({ viewport, acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.base });
  const page = await context.newPage();
  await page.goto(`${env.server.base}/`);
  const w = widget(page);
  await w.launcher.click();
  await w.botMessages.first().waitFor();
  return page;
}

/** Type `text` and wait for Losen's reply. */
async function ask(page: Page, text: string): Promise<void> {
  const w = widget(page);
  const answered = page.waitForResponse((r) => r.url().endsWith('/api/chat') && r.request().method() === 'POST');
  await w.input.fill(text);
  await w.send.click();
  await answered;
  await w.typing.waitFor({ state: 'hidden' });
}

/** Click a quick reply and wait for Losen's reply. */
async function choose(page: Page, label: string): Promise<void> {
  const w = widget(page);
  const answered = page.waitForResponse((r) => r.url().endsWith('/api/chat') && r.request().method() === 'POST');
  await w.choice(label).click();
  await answered;
  await w.typing.waitFor({ state: 'hidden' });
}

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  );
}

describe('the widget as a public service', () => {
  it('says it gives guidance, not decisions, and links to how it works, its rulebook and privacy (nb, nn)', {
    timeout: 60_000,
  }, async () => {
    const page = await openWidget();
    const disclaimer = page.locator('losen-chat .disclaimer');
    expect(await disclaimer.textContent()).toContain('veiledning, ikke vedtak');
    const how = disclaimer.getByRole('link', { name: new RegExp(nb.howItWorks) });
    const privacy = disclaimer.getByRole('link', { name: new RegExp(nb.privacy) });
    expect(await how.getAttribute('href')).toBe(`${env.server.base}/om-losen#nb`);
    expect(await privacy.getAttribute('href')).toBe(`${env.server.base}/personvern#nb`);

    await page.locator('losen-chat .languages button[lang="nn"]').click();
    expect(await disclaimer.textContent()).toContain('rettleiing, ikkje vedtak');
    const howNn = disclaimer.getByRole('link', { name: new RegExp(stringsFor('nn').howItWorks) });
    expect(await howNn.getAttribute('href')).toBe(`${env.server.base}/om-losen#nn`);

    // The pages themselves, in three languages, and the rulebook they link to.
    const about = await context!.newPage();
    await about.goto(`${env.server.base}/om-losen#en`);
    expect(await about.locator('#en h2').textContent()).toBe('How Losen works');
    expect(await about.locator('#nn').textContent()).toContain('ikkje vedtak');
    const rulebook = await about.request.get(`${env.server.base}/regelbok`);
    expect(rulebook.headers()['content-type']).toBe('text/plain; charset=utf-8');
    expect(await rulebook.text()).toContain('# Losen rulebook');
    expect(await violations(about)).toEqual([]);
    await about.goto(`${env.server.base}/personvern`);
    // The times are the server's own settings, filled in.
    expect(await about.locator('#nb').textContent()).toMatch(/slettes automatisk 30 minutter etter siste melding/);
    expect(await about.locator('#en').textContent()).toMatch(/after 21 days at most/);
    expect(await about.content()).not.toContain('{{');
    expect(await violations(about)).toEqual([]);
  });

  it('hands off to a person with the summary of two decisions, an e-mail to post@sdir.no and a copy button', async () => {
    const page = await openWidget();
    await ask(page, 'Trenger vi skipskokk?');
    await ask(page, '12');
    await ask(page, 'Trenger båten min bemanningssertifikat?');
    await choose(page, 'Norsk flagg');
    await choose(page, 'Lasteskip');
    await ask(page, '45 BT');
    await choose(page, texts('nb').ui.commandHandoff);

    const handoff = page.locator('losen-chat .msg--bot').last();
    expect(await handoff.getAttribute('data-topic')).toBe('contact');
    expect(await handoff.locator('.msg__sources').count()).toBe(0); // no sources on the way to a person
    const email = handoff.getByRole('link', { name: nb.emailSdir });
    const href = (await email.getAttribute('href')) ?? '';
    expect(href.startsWith('mailto:post@sdir.no?subject=')).toBe(true);
    const body = decodeURIComponent(/[?&]body=([^&]*)/.exec(href)?.[1] ?? '');
    const t = texts('nb');
    for (const expected of [
      t.topics['cook.required'].title,
      t.topics['manning.which-vessels'].title,
      'bruttotonnasje (BT): 45 BT',
      t.outcomes['ship-cook:required'],
      t.outcomes['manning-certificate:not-required'],
    ])
      expect(body).toContain(expected);
    expect(body).not.toContain(t.ui.handoffNothingYet);

    await handoff.getByRole('button', { name: nb.copySummary }).click();
    await page.locator('losen-chat .notice--info', { hasText: nb.copied }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(body);
    expect(await violations(page)).toEqual([]);
  });

  it('takes 👍 on an answer, and 👎 with a comment, posting the conversation and turn', async () => {
    const page = await openWidget();
    const posted: Record<string, unknown>[] = [];
    page.on('request', (r: Request) => {
      if (r.url().endsWith('/api/feedback')) posted.push(r.postDataJSON() as Record<string, unknown>);
    });
    const reply = page.waitForResponse((r) => r.url().endsWith('/api/chat') && r.request().method() === 'POST');
    await ask(page, 'Hvor mye fartstid gir 20 dager à 12 timer?');
    const { conversationId, turn } = (await (await reply).json()) as { conversationId: string; turn: number };
    const answer = page.locator('losen-chat .msg--decision').last();
    const thumbs = answer.getByRole('group', { name: nb.feedbackGroup });
    const up = thumbs.getByRole('button', { name: nb.feedbackUp, exact: true });
    const down = thumbs.getByRole('button', { name: nb.feedbackDown, exact: true });
    expect(await up.getAttribute('aria-pressed')).toBe('false');
    // The greeting is no answer to rate.
    expect(await page.locator('losen-chat .msg--bot').first().locator('.feedback').count()).toBe(0);

    const upSent = page.waitForResponse((r) => r.url().endsWith('/api/feedback'));
    await up.click();
    expect((await upSent).status()).toBe(204);
    await answer.getByRole('status').filter({ hasText: nb.feedbackThanks }).waitFor();
    expect(await up.getAttribute('aria-pressed')).toBe('true');
    expect(posted.at(-1)).toEqual({ conversationId, turn, rating: 'up' });

    const downSent = page.waitForResponse((r) => r.url().endsWith('/api/feedback'));
    await down.click();
    expect((await downSent).status()).toBe(204);
    expect(await down.getAttribute('aria-pressed')).toBe('true');
    expect(await up.getAttribute('aria-pressed')).toBe('false');
    const comment = answer.getByRole('textbox', { name: nb.feedbackCommentLabel });
    await comment.waitFor();
    expect(await violations(page)).toEqual([]);
    await comment.fill('Jeg trengte svaret i måneder.');
    const commentSent = page.waitForResponse((r) => r.url().endsWith('/api/feedback'));
    await answer.getByRole('button', { name: nb.feedbackSend }).click();
    expect((await commentSent).status()).toBe(204);
    expect(posted.at(-1)).toEqual({ conversationId, turn, rating: 'down', comment: 'Jeg trengte svaret i måneder.' });
    expect(await comment.isHidden()).toBe(true);

    // The rating survives a reload.
    await page.reload();
    await widget(page).launcher.click();
    const again = page.locator('losen-chat .msg--decision').last();
    expect(await again.getByRole('button', { name: nb.feedbackDown, exact: true }).getAttribute('aria-pressed')).toBe(
      'true',
    );
  });

  it('downloads the transcript as text', async () => {
    const page = await openWidget();
    await ask(page, 'Hvor mye fartstid gir 20 dager à 12 timer?');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: nb.downloadTranscript }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${nb.transcriptFileName}.txt`);
    const text = await readFile(await download.path(), 'utf8');
    expect(text).toContain(`${nb.you}: Hvor mye fartstid gir 20 dager à 12 timer?`);
    expect(text).toContain(`${nb.name}: ${texts('nb').ui.greeting}`);
    expect(text).toMatch(/46,92/);
  });

  it('on a 390 px phone shows a long answer from its start, and keeps a long list of choices compact', async () => {
    const page = await openWidget({ width: 390, height: 740 });
    await ask(page, 'Hva må en fartstidsbekreftelse inneholde?');
    const log = page.locator('losen-chat .log');
    // The introduction is taller than the log: it is shown from its first line.
    const intro = page.locator('losen-chat .msg--bot', { hasText: 'fartstidsattest' }).last();
    const [logBox, introBox] = [await log.boundingBox(), await intro.boundingBox()];
    expect(introBox!.height).toBeGreaterThan(logBox!.height / 2);
    expect(Math.abs(introBox!.y - logBox!.y)).toBeLessThan(40);

    // The certificate question offers ten choices: they stay in a compact, scrolling area and
    // leave the message box in view.
    const quick = page.locator('losen-chat .quick');
    expect(await quick.locator('.chip').count()).toBeGreaterThanOrEqual(10);
    expect(await quick.getAttribute('class')).toContain('quick--many');
    const [quickBox, panelBox, inputBox] = [
      await quick.boundingBox(),
      await page.locator('losen-chat .panel').boundingBox(),
      await widget(page).input.boundingBox(),
    ];
    expect(quickBox!.height).toBeLessThanOrEqual(panelBox!.height * 0.35);
    expect(inputBox!.y + inputBox!.height).toBeLessThanOrEqual(740);
    expect(await page.locator('losen-chat .msg__progress').last().textContent()).toBe(`${nb.progressLabel} 1 av 14`);
    expect(await violations(page)).toEqual([]);
  });
});
