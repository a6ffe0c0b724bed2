/**
 * From "Hvordan skriver jeg en fartstidsbekreftelse?" to a downloaded PDF, through the widget in a
 * real Chromium: the shipowner's whole job, as issue 7 describes it — each question saying where it
 * stands ("3 av 14"), dates typed as dd.mm.åååå, the answers reviewed and one changed before the
 * PDF is made, and the download links labelled once.
 */
import { readFile } from 'node:fs/promises';
import type { Page, Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../bot/documents/helpers.js';
import { useServerAndBrowser, widget } from './helpers.js';

const env = useServerAndBrowser();

type Reply = {
  messages: {
    ask?: { fact: string };
    choices?: { id: string; label: string }[];
    decision?: { status: string; outcome?: string };
    progress?: { step: number; of: number };
    review?: { items: { fact: string; label: string; value: string }[] };
    attachments?: { label: string }[];
  }[];
};

/** Typed answers, by the fact the bot asks for. */
const ANSWERS: Record<string, string> = {
  targetCertificate: 'D6',
  seafarerName: 'Kari Nordmann',
  seafarerBirthDate: '12.04.1990',
  position: 'lettmatros',
  periodFrom: '01.03.2026',
  periodTo: '30.06.2026',
  days: '80',
  hoursPerDay: '8',
  vesselName: 'MS Fjordbris',
  callSign: 'LMXY',
  lengthOverall: '14,5 m',
  signerName: 'Ola Hansen',
  signerRole: 'representant for rederiet',
  signerIsSeafarer: 'nei',
};

async function reply(page: Page, act: () => Promise<void>): Promise<Reply> {
  const response = page.waitForResponse(
    (r: Response) => r.url().endsWith('/api/chat') && r.request().method() === 'POST',
  );
  await act();
  return (await (await response).json()) as Reply;
}

describe('sea-time confirmation through the widget', () => {
  it('counts the questions, reviews the answers, takes a change, and downloads a PDF holding them', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    try {
      await page.goto(`${env.server.base}/`);
      const w = widget(page);
      await reply(page, () => w.launcher.click());
      // The user picks bokmål: typed answers such as "representant for rederiet" then never switch
      // the conversation to another language (without a pick the server follows each message's language).
      await page.locator('losen-chat .languages button[lang="nb"]').click();
      let r = await reply(page, async () => {
        await w.input.fill('Hvordan skriver jeg en fartstidsbekreftelse?');
        await w.send.click();
      });
      const topicChoice = r.messages.flatMap((m) => m.choices ?? []).find((c) => c.id === 'topic:seatime.confirmation');
      if (topicChoice) r = await reply(page, () => w.choice(topicChoice.label).click());
      const asked: string[] = [];
      for (let i = 0; i < 25 && !r.messages.some((m) => m.review); i += 1) {
        const last = r.messages.at(-1);
        const fact = last?.ask?.fact;
        expect(fact, 'the bot asks for a fact until the review').toBeDefined();
        asked.push(fact!);
        // Where the question stands, shown as the server counts it.
        const { step, of } = last?.progress ?? { step: 0, of: 0 };
        expect(step, `progress of ${fact}`).toBe(asked.length);
        await expect
          .poll(() => page.locator('losen-chat .msg__progress').last().textContent())
          .toBe(`Spørsmål ${step} av ${of}`);
        expect(ANSWERS[fact!], `an answer for ${fact}`).toBeDefined();
        r = await reply(page, async () => {
          await w.input.fill(ANSWERS[fact!]!);
          await w.send.click();
        });
      }
      expect(new Set(asked).size).toBe(asked.length); // nothing asked twice

      // The review lists every answer as the user reads it, dates as they were typed.
      const review = page.locator('losen-chat .review').last();
      await review.waitFor();
      expect(await review.locator('.review__item').count()).toBe(asked.length);
      expect(await review.textContent()).toContain('12.04.1990');
      // Changing an answer asks it again and comes back to the review.
      r = await reply(page, () => review.getByRole('button', { name: /fartøyets navn/i }).click());
      expect(r.messages.at(-1)?.ask?.fact).toBe('vesselName');
      r = await reply(page, async () => {
        await w.input.fill('MS Sjøblomsten');
        await w.send.click();
      });
      const again = r.messages.at(-1)?.review?.items.find((item) => item.fact === 'vesselName');
      expect(again?.value).toBe('MS Sjøblomsten');
      // Only the latest review can be changed; the quick replies hold just "go on".
      expect(await page.locator('losen-chat .review__change:visible').count()).toBe(asked.length);
      expect(await page.locator('losen-chat .quick .chip').allTextContents()).toEqual(['Alt stemmer – lag dokumentet']);
      r = await reply(page, () => w.choice('Alt stemmer – lag dokumentet').click());
      const decision = r.messages.find((m) => m.decision);
      expect(decision?.decision).toMatchObject({ status: 'decided', outcome: 'complete' });

      // Each download link says what it gives once ("Last ned … (PDF)"), not doubled.
      const labels = (decision?.attachments ?? []).map((a) => a.label);
      expect(labels.length).toBe(2);
      const shown = await page
        .locator('losen-chat .msg--decision')
        .last()
        .locator('a.button--download')
        .allTextContents();
      expect(shown.map((t) => t.replace(/\s*\(åpnes i ny fane\)$/, '').trim())).toEqual(labels);
      for (const label of labels) {
        expect(label).not.toMatch(/\(PDF\).*\(PDF\)/);
        expect(label).not.toMatch(/Last ned.*Last ned/);
      }

      const link = page.locator('losen-chat a.button--download', { hasText: 'PDF' }).first();
      await link.waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      const path = await download.path();
      const pdf = await readFile(path);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(download.suggestedFilename()).toMatch(/\.pdf$/);
      const text = await pdfText(new Uint8Array(pdf));
      for (const item of ['Kari Nordmann', 'LMXY', 'MS Sjøblomsten', 'Ola Hansen', 'lettmatros'])
        expect(text).toContain(item);
      expect(text).not.toContain('MS Fjordbris');
    } finally {
      await context.close();
    }
  });
});
