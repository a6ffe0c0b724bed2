/**
 * The draft letter as plain text: greeting, one section per question (heading, answer, details to
 * check, what we need to know, sources with their addresses written out), and the closing with a
 * placeholder for the caseworker's name. Plain text pastes cleanly into any mail client.
 */
import { letterTexts, sourceLines } from '../../content/letters.js';
import type { Locale } from '../../content/topic-ids.js';
import type { Section } from './answer.js';

const bullets = (lines: readonly string[]) => lines.map((l) => `• ${l}`).join('\n');

/** The letter answering `sections`, in `locale`. */
export function composeLetter(locale: Locale, sections: readonly Section[]): string {
  const t = letterTexts(locale);
  const parts = [t.greeting, t.thanks(sections.length)];
  for (const s of sections) {
    const block = [`${s.title}\n${s.body}`];
    if (s.checks.length > 0) block.push(`${t.checkIntro}\n${bullets(s.checks)}`);
    if (s.asks.length > 0) block.push(`${t.needIntro}\n${bullets(s.asks)}`);
    if (s.citations.length > 0) block.push(`${t.sourcesHeading}\n${sourceLines(locale, s.citations).join('\n')}`);
    parts.push(block.join('\n\n'));
  }
  parts.push(t.closing);
  return parts.join('\n\n');
}
