/**
 * From "Hvordan skriver jeg en fartstidsbekreftelse?" to a downloaded PDF, through the widget in a
 * real Chromium: the shipowner's whole job, as issue 7 describes it.
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
  }[];
};

/** Typed answers, by the fact the bot asks for. */
const ANSWERS: Record<string, string> = {
  targetCertificate: 'D6',
  seafarerName: 'Kari Nordmann',
  seafarerBirthDate: '1990-04-12',
  position: 'lettmatros',
  periodFrom: '2026-03-01',
  periodTo: '2026-06-30',
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
  it('gathers the items and downloads a PDF holding them', async () => {
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
      for (let i = 0; i < 25 && !r.messages.some((m) => m.decision); i += 1) {
        const fact = r.messages.at(-1)?.ask?.fact;
        expect(fact, 'the bot asks for a fact until it decides').toBeDefined();
        asked.push(fact!);
        expect(ANSWERS[fact!], `an answer for ${fact}`).toBeDefined();
        r = await reply(page, async () => {
          await w.input.fill(ANSWERS[fact!]!);
          await w.send.click();
        });
      }
      expect(new Set(asked).size).toBe(asked.length); // nothing asked twice
      expect(r.messages.find((m) => m.decision)?.decision).toMatchObject({ status: 'decided', outcome: 'complete' });

      const link = page.locator('losen-chat a.button--download', { hasText: 'PDF' }).first();
      await link.waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      const path = await download.path();
      const pdf = await readFile(path);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(download.suggestedFilename()).toMatch(/\.pdf$/);
      const text = await pdfText(new Uint8Array(pdf));
      for (const item of ['Kari Nordmann', 'LMXY', 'MS Fjordbris', 'Ola Hansen', 'lettmatros'])
        expect(text).toContain(item);
    } finally {
      await context.close();
    }
  });
});
