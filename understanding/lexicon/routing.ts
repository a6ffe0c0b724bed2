/**
 * Routing words that are not examples: which words tell which of a topic's rules a question is
 * about. (Topic classification itself learns from the example phrasings in `examples/`.)
 */

/**
 * Words that tell which rule a question is about, for a topic with more than one rule (lower
 * case; matched as word beginnings). With no hint, or hints for several, the user is asked.
 */
export const RULE_HINTS: Readonly<Record<string, readonly string[]>> = {
  'issc-renewal': [
    'fornyelse',
    'fornye',
    'fornyer',
    'fornying',
    'fornya',
    'renewal',
    'renew',
    'ny utløpsdato',
    'new expiry',
  ],
  'issc-validity': [
    'mellomligg',
    'mellomverifikasjon',
    'intermediate',
    'årsdag',
    'anniversary',
    // How long it holds: «hvor lenge er ISSC gyldig?», "how long is it valid?"
    'gyldig',
    'valid',
    'hvor lenge',
    'kor lenge',
    'how long',
    // When it runs out: «når utløper ISSC-en?», "when does it expire?"
    'når utløper',
    'når utløpar',
    'when does it expire',
    'when does the issc expire',
    'when does our issc expire',
  ],
};

/**
 * Words people write that the topic examples write another way (folded, whole words): a message the
 * classifier does not place is read again with them as the examples write them. «Mellombels ISSC
 * utferda 5. juni 2026» is an I-ISSC issued (bokmål «utferdiget», an older nynorsk «utferda»; Sdir's
 * nynorsk writes «skrive ut», the examples mostly «utstedt»).
 */
export const CLASSIFIER_VARIANTS: Readonly<Record<string, string>> = {
  utferda: 'utstedt',
  utferdiga: 'utstedt',
  utferdet: 'utstedt',
  utferdiget: 'utstedt',
  utferdige: 'utstede',
  utferde: 'utstede',
  utsteda: 'utstedt',
  // Round 37: «D6 og skippar på ein 9 m arbeidsbåt»: the spelling the examples write «skipper».
  skippar: 'skipper',
  // Round 54 (english54): "helse attest issued 31/8-25": a compound written in two words.
  'helse attest': 'helseattest',
  'helse erklæring': 'helseerklæring',
  'helse erklæringen': 'helseerklæringen',
  'helse erklæringa': 'helseerklæringa',
  'fartstids attest': 'fartstidsattest',
  'fartstids bekreftelse': 'fartstidsbekreftelse',
  'bemannings sertifikat': 'bemanningssertifikat',
};

/**
 * Words a message of a vessel's facts alone may hold beside them («norsk lasteskip 60 BT», "cargo 55 GT
 * NO flag", «fiskefartøy L 26 meter, kun fartsområde 2»): such a fragment asks whether the vessel needs
 * a manning certificate (verdicts.ts `vesselFragment`).
 */
export const VESSEL_FRAGMENT_FILLERS: readonly string[] = [
  'flag',
  'flagg',
  'flagged',
  'no',
  'nor',
  'ship',
  'skip',
  'skipet',
  'vessel',
  'fartøy',
  'fartøyet',
  'båt',
  'båten',
  'boat',
  'kun',
  'only',
  'bare',
  'berre',
  'og',
  'and',
  'med',
  'with',
  'på',
  'on',
  'of',
  'i',
  'in',
  'a',
  'en',
  'ein',
  'et',
  'eit',
  'ei',
  'our',
  'vår',
  'vårt',
  'my',
  'min',
  'mitt',
  'l',
  'length',
  'lengde',
  'm',
  'meter',
  'meters',
  'metre',
  'metres',
];
/**
 * Round 49 (english49): words of a sentence that only describes the vessel beside a question ("How do
 * we get D6 included …? shes a 13m aluminium workboat"): a pronoun or verb for it, and its hull.
 */
export const VESSEL_DESCRIPTION_WORDS: readonly string[] = [
  ...VESSEL_FRAGMENT_FILLERS,
  'shes',
  'she',
  'is',
  'its',
  'it',
  'er',
  'det',
  'den',
  'ho',
  'han',
  'aluminium',
  'aluminum',
  'alu',
  'steel',
  'stål',
  'glassfiber',
  'glasfiber',
  'fiberglass',
  'grp',
  'plast',
  'wooden',
  'tre',
  'catamaran',
  'katamaran',
];
