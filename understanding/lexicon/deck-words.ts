/**
 * The words that name the sea time of a first deck officer certificate (seed 004) in free text,
 * right after a time ("40 dager etter vitnemålet", "200 days bridge watch", "12 months in
 * webcadet", "1080 days sea time on ships over 15 m"), and the words that say an assessment is
 * done. Written in plain lower case with Norwegian letters; folded before matching.
 */

/** Labels after a time, per fact of the deck-officer-first-issue rule (days; months count 30 days, seed 004). */
export const DECK_SEA_TIME_LABELS: Readonly<Record<string, readonly string[]>> = {
  daysAfterDiploma: [
    'etter vitnemål',
    'etter vitnemålet',
    'etter endelig vitnemål',
    'etter endeleg vitnemål',
    'etter det endelige vitnemålet',
    'etter det endelege vitnemålet',
    'etter vitnemålet mitt',
    'av dei etter vitnemålet',
    'av dem etter vitnemålet',
    'after diploma',
    'after my diploma',
    'after the diploma',
    'after the final diploma',
    'after my final diploma',
    'of them after the diploma',
    'of them after my diploma',
    // Round 13: "since the vitnemål", "130 after vitnemål" (English with the Norwegian word).
    'since the diploma',
    'since my diploma',
    'since the final diploma',
    'since the vitnemål',
    'since my vitnemål',
    'since vitnemål',
    'after vitnemål',
    'after the vitnemål',
    'after my vitnemål',
    'siden vitnemålet',
    'sidan vitnemålet',
    'sia vitnemålet',
  ],
  bridgeWatchDays: [
    'brovakt',
    'brovakttjeneste',
    'med brovakt',
    'med brovakttjeneste',
    'bruvakt',
    'bruvaktteneste',
    'med bruvakt',
    'bridge watch',
    'bridge watchkeeping',
    'of bridge watch',
    'of bridge watchkeeping',
    'on bridge watch',
  ],
  trainingProgramDays: [
    'webcadet',
    'med webcadet',
    'i webcadet',
    'in webcadet',
    'webkadett',
    'i webkadett',
    'med webkadett',
    'web cadet',
    'in web cadet',
    'kadettid',
    'kadettida',
    'som kadett',
    'as cadet',
    'as a cadet',
    'cadet time',
    'i kadettbok',
    'i kadettboka',
    'i kadettboka mi',
    'i kadettboken',
    'i isf-kadettbok',
    'i isf kadettbok',
    'in cadet book',
    'in the cadet book',
    'in my cadet book',
    'in isf cadet book',
    'in the isf cadet book',
    'in my isf cadet book',
    'in isf',
    'i isf',
    'in isf book',
    'in the isf book',
    'i opplæringsprogram',
    'in a training programme',
    'in the training programme',
  ],
  seaTimeDays: [
    'fartstid på skip over 15 m',
    'fartstid på skip over 15 meter',
    'fartstid på skip på 15 m eller mer',
    'på skip over 15 m',
    'på skip over 15 meter',
    'på fartøy over 15 m',
    'sea time on ships over 15 m',
    'sea time on ships of 15 m or more',
    'on ships over 15 m',
    'on ships over 15 metres',
    'on vessels over 15 m',
  ],
};

/**
 * The ships alternative A's sea time is earned on (seed 004: «sjøgående skip med største lengde 15
 * meter eller mer»), said in parts so every combination reads: "700 dagar på sjøgåande skip over
 * 15 m", "1100 days on seagoing vessels of 15 m or more". Read in this order, each part once.
 */
export const SHIPS_OF_15_M: {
  readonly lead: readonly string[];
  readonly on: readonly string[];
  readonly seagoing: readonly string[];
  readonly ships: readonly string[];
  readonly size: readonly string[];
} = {
  lead: ['fartstid', 'sea time', 'of sea time'],
  on: ['på', 'om bord på', 'ombord på', 'on', 'on board', 'aboard', 'onboard'],
  seagoing: ['sjøgående', 'sjøgåande', 'seagoing', 'sea-going', 'sea going'],
  ships: ['skip', 'skipet', 'fartøy', 'båter', 'båtar', 'ships', 'vessels', 'ship', 'vessel'],
  size: [
    'over 15 m',
    'over 15 meter',
    'over 15 metres',
    'over 15 meters',
    'over 15m',
    'på 15 m eller mer',
    'på 15 meter eller mer',
    'på 15 m eller meir',
    'på 15 meter eller meir',
    'på over 15 m',
    'på over 15 meter',
    'med største lengde 15 meter eller mer',
    'med største lengde 15 meter eller meir',
    'med største lengde 15 m eller mer',
    'med største lengde over 15 m',
    '15 m eller mer',
    '15 meter eller mer',
    '15 m eller meir',
    '15 meter eller meir',
    'of 15 m or more',
    'of 15 metres or more',
    'of 15 meters or more',
    '15 m or more',
    '15 metres or more',
    '15 m or longer',
    'above 15 m',
    'longer than 15 m',
    'over 15 m loa',
  ],
};

/** Said after a training programme's time, it is no longer that programme's: it is days after the diploma. */
export const AFTER_DIPLOMA_WORDS: readonly string[] = [
  'etter vitnemål',
  'after diploma',
  'after my diploma',
  'after the diploma',
  'after the final diploma',
];

/** An assessment by an approved assessor, said done or not done. */
export const ASSESSMENT_PHRASES: { readonly yes: readonly string[]; readonly no: readonly string[] } = {
  yes: [
    'og bedømmelse',
    'har bedømmelse',
    'har fått bedømmelse',
    'bedømmelse er gjennomført',
    'bedømmelsen er gjennomført',
    'bedømmelse er gjort',
    'bedømmelsen er gjort',
    'har bedømming',
    'bedømminga er gjennomført',
    'og bedømming',
    'assessment is done',
    'assessment done',
    'and assessment',
    'assessment is completed',
    'assessment completed',
    'have the assessment',
    'have my assessment',
  ],
  no: [
    'ingen bedømmelse',
    'ikke bedømmelse',
    'uten bedømmelse',
    'mangler bedømmelse',
    'ikkje bedømming',
    'utan bedømming',
    'no assessment',
    'without assessment',
    'without an assessment',
    'assessment not done',
  ],
};
