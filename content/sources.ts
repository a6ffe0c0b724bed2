/**
 * Sources as a reader knows them: a regulation by its short title and paragraph
 * ("bemanningsforskriften § 1", "the Manning Regulations § 1"), an Sdir document by its name — not
 * only by its Lovdata identifier ("FOR-2009-06-18-666"), which stays in the link and the title.
 *
 * Short titles of the regulations as Sdir and Lovdata use them (shared/domain/facts.md, "Regulations
 * to cite"); in nynorsk the short names are inflected as Sdir does (bemanningsforskrifta), titles
 * without a short name stay as Lovdata writes them (shared/domain/nynorsk-terms.md).
 */
import { SOURCES } from '../rules/sources.js';
import type { Citation, Locale, Text } from '../rules/index.js';
import type { Localized } from './localized.js';

/** The short titles of the regulations and codes cited, by their identifier. */
export const SHORT_TITLES = {
  'FOR-2009-06-18-666': {
    nb: 'bemanningsforskriften',
    nn: 'bemanningsforskrifta',
    en: 'the Manning Regulations',
  },
  'FOR-2011-12-22-1523': {
    nb: 'kvalifikasjonsforskriften',
    nn: 'kvalifikasjonsforskrifta',
    en: 'the Qualification Regulations',
  },
  'FOR-2014-06-05-805': {
    nb: 'helseforskriften',
    nn: 'helseforskrifta',
    en: 'the Medical Examination Regulations',
  },
  'FOR-1981-11-04-3793': {
    nb: 'forskrift om fartsområder',
    nn: 'forskrift om fartsområder',
    en: 'the Trading Areas Regulations',
  },
  'LOV-2007-02-16-9': {
    nb: 'skipssikkerhetsloven',
    nn: 'skipssikkerheitslova',
    en: 'the Ship Safety and Security Act',
  },
  'FOR-2015-06-30-823': {
    nb: 'forskrift om måling av skip',
    nn: 'forskrift om måling av skip',
    en: 'the Measurement Regulations',
  },
  'FOR-1999-04-27-537': {
    nb: 'forskrift om vakthold',
    nn: 'forskrift om vakthold',
    en: 'the Watchkeeping Regulations',
  },
  'FOR-2004-06-22-972': {
    nb: 'sikkerhetsforskriften',
    nn: 'sikkerheitsforskrifta',
    en: 'the Security Regulations',
  },
  'ISPS-koden': {
    nb: 'ISPS-koden',
    nn: 'ISPS-koden',
    en: 'the ISPS Code',
  },
} satisfies Record<string, Localized<string>>;

const SHORT = new Map<string, Text>(Object.entries(SHORT_TITLES));
const NAMES = new Map<string, Text>(Object.values(SOURCES).map((s) => [s.id, s.name]));

/** True when the citation's identifier is a Lovdata one (worth keeping beside the name in plain text). */
export const isLovdataId = (source: string): boolean => /^(FOR|LOV)-\d/.test(source);

/**
 * The name a reader knows a citation by, with its paragraph: a regulation's short title
 * ("bemanningsforskriften § 1"), an Sdir document's name; an unknown source as it is written.
 */
export function citationTitle(locale: Locale, citation: Citation): string {
  const name = SHORT.get(citation.source)?.[locale] ?? NAMES.get(citation.source)?.[locale] ?? citation.source;
  return citation.ref ? `${name} ${citation.ref}` : name;
}

/** The citation as it is written in a plain-text source line: its title, and a Lovdata id in brackets. */
export function citationText(locale: Locale, citation: Citation): string {
  const title = citationTitle(locale, citation);
  return isLovdataId(citation.source) ? `${title} (${citation.source})` : title;
}
