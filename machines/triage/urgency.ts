/**
 * Is the enquiry urgent? When it says so («haster», «snarast», "urgent", "as soon as possible",
 * and not "det haster ikke"), when it mentions an expiry or a sign-on within the next 30 days, or
 * when a decision the draft makes puts an expiry in that window (a health certificate valid until
 * next week). The earliest such date is the one shown.
 */
import { letterTexts } from '../../content/letters.js';
import type { Locale } from '../../content/topic-ids.js';
import { date as writtenDate } from '../../rules/index.js';
import type { Decision } from '../../rules/types.js';
import { daysBetween } from '../../rules/dates.js';
import { findDates } from '../../understanding/dates.js';
import { fold } from '../../understanding/normalize.js';

/** Days ahead within which an expiry or a sign-on makes the enquiry urgent. */
export const URGENT_WITHIN_DAYS = 30;

export type Urgency = { reason: string; date?: string };

/** Words asking for haste, folded (ø → o, å → a). */
const HASTE =
  /(?<![a-z0-9])(haster|hastar|hastesak|haste|snarest|snarast|omgaende|omgaande|urgent|urgently|asap|as soon as possible|sa (?:snart|fort|raskt) som (?:mulig|mogleg))(?![a-z0-9])/;
const NEGATED_BEFORE = /(?:ikke|ikkje|not|no)\s+(?:\S+\s+)?$/;
const NEGATED_AFTER = /^\s+(?:ikke|ikkje)(?![a-z])/;

/** Words near a date that make it an expiry, or a sign-on / start (folded). */
const EXPIRY =
  /(?<![a-z])(?:utlop\w*|gar ut|gikk ut|gyldig (?:til|t\.o\.m\.?|ut)|gjeld(?:er)? til|expir\w*|valid (?:until|to|through)|runs out|run out)(?![a-z])/;
const START =
  /(?<![a-z])(?:\w*monstr\w*|tiltre\w*|begynn\w*|byrj\w*|start\w*|oppstart|sign(?:s|ing)? on|sign-on|join\w*|om bord (?:fra|frå)|on board (?:on|from))(?![a-z])/;

/** Look this far before and after a date for the word that says what the date is. */
const BEFORE = 60;
const AFTER = 40;

type Candidate = { date: string; reason: string };

function statedDates(folded: string, today: string, locale: Locale): Candidate[] {
  const t = letterTexts(locale);
  const out: Candidate[] = [];
  // E-mails often leave out the year («mønstrer på 20. mars»): the nearest such date counts.
  for (const hit of findDates(folded, today, { yearless: true })) {
    if (!hit.iso) continue;
    const days = daysBetween(today, hit.iso);
    if (days < 0 || days > URGENT_WITHIN_DAYS) continue;
    // The words that say what a date is stand in its own sentence.
    const before =
      folded
        .slice(Math.max(0, hit.start - BEFORE), hit.start)
        .split(/[.!?]\s/)
        .at(-1) ?? '';
    const after = folded.slice(hit.end, hit.end + AFTER).split(/[.!?](?:\s|$)/)[0] ?? '';
    const shown = writtenDate(hit.iso)[locale];
    if (EXPIRY.test(before) || EXPIRY.test(after)) out.push({ date: hit.iso, reason: t.urgentExpiry(shown, days) });
    else if (START.test(before) || START.test(after)) out.push({ date: hit.iso, reason: t.urgentStart(shown, days) });
  }
  return out;
}

/** Expiry dates the decisions computed: a health certificate's last valid day, an ISSC's latest expiry. */
function decidedDates(
  decisions: readonly { decision: Decision; title: string }[],
  today: string,
  locale: Locale,
): Candidate[] {
  const out: Candidate[] = [];
  for (const { decision, title } of decisions) {
    if (decision.status !== 'decided') continue;
    for (const key of ['validUntil', 'latestExpiry'] as const) {
      const iso = decision.values?.[key];
      if (typeof iso !== 'string') continue;
      const days = daysBetween(today, iso);
      if (days >= 0 && days <= URGENT_WITHIN_DAYS)
        out.push({ date: iso, reason: letterTexts(locale).urgentValidUntil(title, writtenDate(iso)[locale], days) });
    }
  }
  return out;
}

/** The word asking for haste, as written, unless it is negated. */
function hasteWord(body: string): string | undefined {
  const folded = fold(body);
  for (const m of folded.matchAll(new RegExp(HASTE.source, 'g'))) {
    const before = folded.slice(Math.max(0, m.index - 20), m.index);
    const after = folded.slice(m.index + m[0].length, m.index + m[0].length + 10);
    if (NEGATED_BEFORE.test(before) || NEGATED_AFTER.test(after)) continue;
    // Folding keeps word lengths except æ → ae; find the word as written for the reason.
    const written = body.match(new RegExp(`\\b${m[0].replace(/a/g, '[aåæ]').replace(/o/g, '[oø]')}\\b`, 'iu'));
    return written?.[0] ?? m[0];
  }
  return undefined;
}

/** The urgency of an enquiry with new message `body`, given the decisions the draft makes. */
export function urgencyOf(
  body: string,
  today: string,
  locale: Locale,
  decisions: readonly { decision: Decision; title: string }[],
): Urgency | undefined {
  const dated = [...statedDates(fold(body), today, locale), ...decidedDates(decisions, today, locale)].sort((a, b) =>
    a.date.localeCompare(b.date),
  );
  const word = hasteWord(body);
  const wordReason = word ? letterTexts(locale).urgentWord(word) : undefined;
  const first = dated[0];
  if (first) return { reason: wordReason ? `${first.reason} ${wordReason}` : first.reason, date: first.date };
  return wordReason ? { reason: wordReason } : undefined;
}
