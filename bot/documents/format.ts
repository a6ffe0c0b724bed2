/**
 * Writing values for documents and reminders in the reader's language: dates written out
 * ("17. april 1990" / "17 April 1990"), numbers with a decimal comma in Norwegian, and sources
 * by their name in that language.
 */
import type { Locale } from '../../content/topic-ids.js';
import { SOURCES, date, num } from '../../rules/index.js';
import type { Citation, Text } from '../../rules/index.js';

/** The calendar date of an ISO `YYYY-MM-DD` as [year, month (1–12), day]. */
export function isoParts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

/** An ISO date written out in `locale`. */
export function formatDate(iso: string, locale: Locale): string {
  return date(iso)[locale];
}

/** A number with at most two decimals, with `locale`'s decimal and group separators. */
export function formatNumber(n: number, locale: Locale): string {
  return num(n)[locale];
}

const SOURCE_BY_ID = new Map<string, { name: Text; url?: string }>(Object.values(SOURCES).map((s) => [s.id, s]));

/** A citation as a reader sees it: the source's name in `locale`, the paragraph, and the address. */
export function formatCitation(citation: Citation, locale: Locale): string {
  const known = SOURCE_BY_ID.get(citation.source);
  // A Lovdata identifier is worth keeping beside the name; an Sdir document's id only repeats it.
  const name = !known
    ? citation.source
    : /^(FOR|LOV)-/.test(citation.source)
      ? `${known.name[locale]} (${citation.source})`
      : known.name[locale];
  const ref = citation.ref ? ` ${citation.ref}` : '';
  const url = citation.url ?? known?.url;
  return `${name}${ref}${url ? ` – ${url}` : ''}`;
}
