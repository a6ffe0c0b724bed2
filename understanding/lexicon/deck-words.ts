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
    'kadettid',
    'kadettida',
    'som kadett',
    'as cadet',
    'as a cadet',
    'cadet time',
    'i kadettbok',
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
