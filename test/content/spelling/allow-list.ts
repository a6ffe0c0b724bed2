/**
 * Words the spelling test accepts although the dictionaries do not know them, each group with
 * the reason it is right. Reviewed: add a word only when it is a correct term the dictionary
 * lacks, never to silence a misspelling. The test fails for an entry no text uses any more, or
 * one the dictionary knows after all, so the list stays short and exact per language.
 */
import type { Locale } from '../../../rules/types.js';
import { SOURCES } from '../../../rules/index.js';

/** Words accepted in `locales`, for one reason. Matched exactly, or capitalised at the start of a sentence. */
export type Allowed = { locales: readonly Locale[]; words: readonly string[]; reason: string };

const ABBREVIATIONS =
  'Abbreviations of the sources: bruttotonnasje (BT), company security officer (CSO), the IGF Code, the ' +
  'ISF cadet book, the ISPS Code and its ship security certificate (ISSC), Sdir circulars (RSV), ship ' +
  'security assessment and plan (SSA, SSP), the STCW and SOLAS conventions, length overall (LOA), ' +
  'application programming interface (API), Sdir’s application system (APS).';

export const ALLOWED_WORDS: readonly Allowed[] = [
  {
    locales: ['nb'],
    words: ['BT', 'CSO', 'IGF', 'ISPS', 'ISSC', 'RSV', 'SSA', 'SSP', 'STCW', 'API'],
    reason: ABBREVIATIONS,
  },
  {
    locales: ['nn'],
    words: ['BT', 'CSO', 'IGF', 'ISPS', 'ISSC', 'RSV', 'SSA', 'SSP', 'STCW', 'SOLAS', 'APS'],
    reason: ABBREVIATIONS,
  },
  {
    locales: ['en'],
    words: ['CSO', 'IGF', 'ISF', 'ISSC', 'SSP', 'STCW', 'SOLAS', 'LOA', 'APS'],
    reason: ABBREVIATIONS,
  },
  {
    locales: ['nb', 'nn'],
    words: ['JSON', 'temaet'],
    reason:
      'The data format’s name; «temaet» (definite of «tema», right in both standards) is missing from both dictionaries.',
  },
  {
    locales: ['nb', 'nn', 'en'],
    words: ['webcadet', 'ics'],
    reason: 'The electronic cadet book’s name; the calendar file extension (.ics).',
  },
  {
    locales: ['nb', 'nn'],
    words: ['PDF', 'XI'],
    reason: 'The PDF format; the roman number of SOLAS chapter XI-2.',
  },
  {
    locales: ['en'],
    words: ['Altinn', 'Losen', 'watchkeeping', 'bokmål', 'nynorsk'],
    reason:
      'The state portal and this assistant; watchkeeping, the STCW term; bokmål and nynorsk, the names ' +
      'of the two written standards of Norwegian.',
  },
  {
    locales: ['nb'],
    words: ['noe', 'noen', 'datoen', 'datoer', 'skjemaet', 'appen', 'app'],
    reason: 'Common bokmål words missing from hunspell-no 2.x (noe, noen; dato and skjema inflected; app).',
  },
  {
    locales: ['nb'],
    words: ['utsjekk', 'utsjekken', 'akvatekniker', 'sikkerhetsmessig'],
    reason:
      'Utsjekk, the check of cooking skills (kvalifikasjonsforskriften § 52; the nynorsk says «sjekk»); ' +
      'akvatekniker, a fish-farm title (akva- is a prefix, not a word hunspell compounds); ' +
      'sikkerhetsmessig (-messig likewise).',
  },
  {
    locales: ['nn'],
    words: ['tankermann'],
    reason: 'Sdir’s name of the tanker proficiency, given in brackets as seafarers know it.',
  },
  {
    locales: ['nb', 'nn'],
    words: ['østersjøfart', 'Excel', 'nm'],
    reason:
      'Nord- og østersjøfart, a trading area (forskrift om fartsområder); Excel, the spreadsheet Sdir’s ' +
      'page names; nm, nautical miles, as the trading areas are measured.',
  },
  {
    locales: ['nn'],
    words: ['temaa', 'datoen', 'skjemaet', 'skjemaa', 'appen', 'app'],
    reason: 'Correct nynorsk missing from hunspell-no 2.x: tema, dato and skjema inflected (temaa, skjemaa); app.',
  },
  {
    locales: ['en'],
    words: [
      'lettmatros',
      'matros',
      'smører',
      'maskinpasser',
      'røkter',
      'akvatekniker',
      'fagbrev',
      'fisker',
      'tankermann',
      'samferdsel',
      'maskinkyndig',
      'dagordning',
      'fartstidsattest',
      'sjømannslege',
      'kontrollromsoperatør',
      'stabilitetssjef',
      'plattformsjef',
    ],
    reason:
      'Norwegian names of positions, certificates, roles and terms, given beside the English so the reader ' +
      'recognises them on Norwegian forms, certificates and in Altinn.',
  },
  { locales: ['nb', 'nn'], words: ['ÅÅÅÅ', 'DD'], reason: 'The date format asked for (ÅÅÅÅ-MM-DD).' },
  { locales: ['en'], words: ['YYYY', 'DD'], reason: 'The date format asked for (YYYY-MM-DD).' },
  { locales: ['nb', 'nn'], words: ['dd', 'åååå'], reason: 'The local date format asked for (dd.mm.åååå).' },
  { locales: ['en'], words: ['dd', 'yyyy'], reason: 'The local date format asked for (dd.mm.yyyy).' },
  {
    locales: ['nb', 'nn', 'en'],
    words: ['eDialog'],
    reason: 'Sdir’s secure channel for documents with personal data, by its name (issue 15).',
  },
  { locales: ['en'], words: ["Losen's"], reason: 'The possessive of this assistant’s name.' },
];

/**
 * Phrases accepted as a whole in `locales` (names that keep their own language). `derived`: taken
 * from the code rather than written here, so not counted as entries of the list.
 */
export type AllowedPhrase = {
  locales: readonly Locale[];
  phrases: readonly string[];
  reason: string;
  derived?: true;
};

export const ALLOWED_PHRASES: readonly AllowedPhrase[] = [
  {
    locales: ['nb', 'nn', 'en'],
    phrases: ['losen chat', 'STAFF_TOKEN'],
    reason: 'Written as typed: the command line’s chat command, and the staff token’s variable name.',
  },
  {
    locales: ['en'],
    phrases: ['losen-conversation'],
    reason: 'The transcript’s file name.',
  },
  {
    locales: ['nn', 'en'],
    phrases: ['Min side kvalifikasjoner'],
    reason:
      'The name of the employers’ reporting service in Altinn; Sdir gives it no nynorsk or English name ' +
      '(its seafarers’ page is «Mi side sjøfolk» in Sdir’s nynorsk).',
  },
  {
    locales: ['nb', 'nn'],
    phrases: ['control room operator', 'stability section leader', 'platform manager', 'section 7'],
    reason:
      'English names given beside the Norwegian as Sdir does: positions on mobile units, and the section ' +
      'of the (English) ISF cadet book.',
  },
  {
    locales: ['nb', 'nn', 'en'],
    phrases: ['Kari Nordmann', 'MS Havbris'],
    reason: 'Example answers: a name and a vessel name.',
  },
  {
    locales: ['en'],
    phrases: [
      'Min side sjøfolk',
      'Sjøfartsdirektoratet',
      'Postboks 2222, 5509 HAUGESUND',
      'Postboks 2222, 5509 Haugesund',
      'maritimt opplæringskontor',
      'liten kystfart',
      'Liten kystfart',
      'Stor kystfart',
      'Nord- og østersjøfart',
      'Ubegrenset fartsområde',
      'Fartsområde',
    ],
    reason:
      'Norwegian names an English reader must be able to find or write: the seafarers’ page, the address of ' +
      'the Authority, the training office, and the trading areas as certificates print them.',
  },
  {
    locales: ['nn'],
    phrases: ['forskrift om drift av fartøy som fører 12 eller færre passasjerer'],
    reason:
      'A regulation named by its Lovdata title, in bokmål as nynorsk-terms.md says (not a cited source, so ' +
      'not among the derived titles below).',
  },
  {
    locales: ['nn'],
    // The short name in brackets is left out: nynorsk inflects it (kvalifikasjonsforskrifta). A title
    // is also quoted inside a sentence, lower-cased ("sikkerheitsforskrifta (forskrift om sikkerhet, …)").
    phrases: Object.values(SOURCES).flatMap((s) => {
      const title = s.name.nb.replace(/\s*\([^)]*\)\s*$/, '');
      return [title, title.charAt(0).toLowerCase() + title.slice(1)];
    }),
    reason:
      'Sources are named by the title their publisher gave them: regulations as Lovdata has them and ' +
      'Sdir’s pages, all in bokmål (shared/domain/nynorsk-terms.md).',
    derived: true,
  },
];

const entries = (locale: Locale) => ALLOWED_WORDS.filter((a) => a.locales.includes(locale));

/** Every allowed word of `locale`. */
export const allowedWords = (locale: Locale): Set<string> => new Set(entries(locale).flatMap((a) => a.words));

/** Every allowed phrase of `locale`, longest first (so a longer name is taken out whole). */
export function allowedPhrases(locale: Locale): string[] {
  return ALLOWED_PHRASES.filter((a) => a.locales.includes(locale))
    .flatMap((a) => a.phrases)
    .sort((a, b) => b.length - a.length);
}

/** How many distinct words and phrases the list holds (the derived source titles not counted). */
export const allowListSize = (): number =>
  new Set([
    ...ALLOWED_WORDS.flatMap((a) => a.words),
    ...ALLOWED_PHRASES.filter((a) => !a.derived).flatMap((a) => a.phrases),
  ]).size;
