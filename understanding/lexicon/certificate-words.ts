/**
 * Words Losen understands about certificates beyond their facts' labels: how a reply says an age now
 * or then, how a doctor's shorter validity is said, the labels of a pasted sea-time confirmation,
 * which certificate a processing-time question names, and time served before an issue. Written in
 * plain lower case with Norwegian letters; folded before matching.
 */
import { FOREIGN_ADJECTIVES, FOREIGN_COUNTRIES } from './foreign-words.js';

/** After an age: the age at the time of issue («17 da», "17 then"). */
export const AGE_THEN_WORDS: readonly string[] = [
  'da',
  'then',
  'den gang',
  'den gongen',
  'at the time',
  // Round 30: «jeg fylte 18 akkurat den dagen», "I turned 18 that day" (the day of issue).
  'den dagen',
  'akkurat den dagen',
  'same dag',
  'samme dag',
  'that day',
  'that very day',
  'on that day',
  'the same day',
  'exactly that day',
];
/** After an age, or before «er jeg»/"I am" and an age: the age now («18 nå», «19 no», "18 now"). */
export const AGE_NOW_WORDS: readonly string[] = ['nå', 'naa', 'no', 'now', 'today', 'i dag', 'currently'];
/**
 * "when I turn 20", «når eg fyller 20»: the words of when before an age reached, and who reaches it
 * (the age to come asked about, with or without a time).
 */
export const AGE_WHEN_WORDS: {
  readonly when: readonly string[];
  readonly who: readonly string[];
  readonly is: readonly string[];
} = {
  // "I am 20 tomorrow", «eg er 18 neste veke»: the age to come said with "am" and a time soon.
  is: ['i am', "i'm", 'im', 'eg er', 'jeg er', 'han er', 'hun er', 'ho er', 'he is', "he's", 'she is', "she's"],
  // ("what if I wait till I turn 20 in march?", «til eg fyller 20»: the time it is reached, too.)
  // Round 40: "what if I turn 20 next month?", «hva om jeg fyller 20?»: the age supposed, too.
  when: [
    'når',
    'naar',
    'when',
    'once',
    'after',
    'etter at',
    'etter',
    'till',
    'until',
    'til',
    'if',
    'om',
    'hvis',
    'viss',
    'dersom',
  ],
  who: ['jeg', 'eg', 'i', 'han', 'hun', 'ho', 'he', 'she'],
};
/** Before an age about to be reached («fyller 18 i januar», "turning 18 soon"): the age now is one less. */
export const AGE_TURNS_WORDS: readonly string[] = [
  'fyller',
  'fyll',
  'blir',
  'turn',
  'turns',
  'turning',
  'will be',
  'will turn',
];
/**
 * Before those words, a crew and not a person («vi blir 10 neste år», "we will be 10 next year"): a
 * number of people to come, never an age.
 */
export const CREW_SUBJECT_WORDS: readonly string[] = [
  'vi',
  'me',
  'we',
  'de',
  'dei',
  'they',
  'bemanningen',
  'bemanninga',
  'mannskapet',
  'the crew',
];
/** An age reached in the past («eg fylte 18 i oktober», "I turned 18 in October 2025"). */
export const AGE_TURNED_WORDS: readonly string[] = [
  'turned',
  'i turned',
  'fylte',
  'fylde',
  'fylte jeg',
  'fylte eg',
  'jeg fylte',
  'eg fylte',
];
/** After the age about to be reached: soon enough that the age now is one less (a month name also counts). */
export const AGE_SOON_WORDS: readonly string[] = [
  // Round 30: «han blir 20 om ein månad», "he turns 20 in two weeks".
  'om en måned',
  'om ein månad',
  'om ein måned',
  'om en uke',
  'om ei uke',
  'om ei veke',
  'om to uker',
  'om to veker',
  'om 2 uker',
  'om 2 veker',
  'in a month',
  'in one month',
  'in a week',
  'in two weeks',
  'in 2 weeks',
  'snart',
  'soon',
  'i år',
  'this year',
  'neste måned',
  'neste månad',
  'next month',
  'neste uke',
  'neste veke',
  'next week',
  'i morgen',
  'i morgon',
  'imorgon',
  'imorgen',
  'tomorrow',
  'neste år',
  'next year',
];

/** Round 29: "what if he is 2 years younger?", «og om han er 3 år eldre?»: the age said relative to the one known. */
export const AGE_SHIFT_WORDS: Readonly<Record<'younger' | 'older', readonly string[]>> = {
  younger: ['younger', 'yngre'],
  older: ['older', 'eldre'],
};
/**
 * A short what-if a year or more ahead («om eitt år?», "and in a year?", «neste år da?») after a
 * decision on an age: the age that many years on. `one` are a year ahead; `years` stand before
 * ("om 2 år") or after ("in 2 years") a number of years.
 */
export const YEARS_AHEAD = {
  one: [
    'om ett år',
    'om eitt år',
    'om et år',
    'om eit år',
    'om 1 år',
    'in a year',
    'in one year',
    'in 1 year',
    'a year from now',
    'in a years time',
    "in a year's time",
    'next year',
    'neste år',
    'til neste år',
    'til neste år',
    'til året',
  ],
  before: ['om', 'in'],
  after: ['år', 'years', 'aar'],
};

/**
 * Before a time, a validity the doctor set («begrenset den til 6 måneder», "limited my medical to 1
 * year", "valid only for 6 months"). `verbs` may have up to three words before `to`; `phrases` come
 * right before the time.
 */
export const DOCTOR_LIMIT = {
  // «legen sette gyldigheit til 1 år», «satte den til 6 måneder», "set it to 1 year"
  // Round 22: «legen satt gyldighet til 1 år».
  verbs: ['limited', 'restricted', 'begrenset', 'begrensa', 'avgrensa', 'avgrenset', 'satte', 'sette', 'satt', 'set'],
  to: ['to', 'til'],
  phrases: [
    'valid for',
    'valid only for',
    'only valid for',
    // "the doctor wrote valid only 1 year", «legen skreiv gyldig berre 1 år»
    'valid',
    'gyldig',
    'satt gyldigheten til',
    'satt gyldighet til',
    'satte gyldighet til',
    'satte gyldigheten til',
    'sett gyldighet til',
    'sett gyldigheita til',
    'sett gyldigheit til',
    'satt gyldigheit til',
    'gyldig i',
    'gjelder bare i',
    'gjeld berre i',
    'gjelder i',
    'gjeld i',
    // "and if the doctor set only 6 months?", «legen ga den bare 6 måneder»
    'set',
    'set it',
    'gave',
    'gave it',
    'satte',
    'satte den',
    'sette',
    'sette ho',
    'ga',
    'ga den',
    'gav',
    'gav ho',
    // «legen skrev 1 år på den», "the doctor wrote 6 months on it"
    'skrev',
    'skreiv',
    'har skrevet',
    'har skrive',
    'wrote',
    'put',
  ],
  only: ['bare', 'berre', 'only', 'kun'],
} as const;
/** A doctor or a limit named: without one, "valid for 2 years" is a question, not a validity set. */
export const DOCTOR_OR_LIMIT_WORDS: readonly string[] = [
  'lege',
  'legen',
  'doctor',
  'doktor',
  'sjømannslege',
  'limited',
  'restricted',
  'begrenset',
  'begrensa',
  'avgrensa',
  'avgrenset',
  'bare',
  'berre',
  'only',
  'kun',
];

/**
 * Round 28: «eg signerer sjølv, eg er dagleg leiar», "I sign it myself as owner": the writer signs,
 * which makes the seafarer the signer only when the confirmation is the writer's own. `weak`: signing
 * oneself; `own`: the writer's own confirmation or sea time; `forOthers` and `asRole` before a signer
 * role's word: signing as the company or for another person (seed 004: the company office, master,
 * owner, co-owner, accountant or auditor).
 */
export const SELF_SIGNING_WORDS: Readonly<Record<'weak' | 'own' | 'forOthers' | 'asRole', readonly string[]>> = {
  weak: [
    'signerer selv',
    'signerer sjølv',
    'signerer den selv',
    'signerer den sjølv',
    'skriver under selv',
    'skriv under sjølv',
    'skal signere selv',
    'skal signere sjølv',
    'sign it myself',
    'sign myself',
    'i sign it myself',
  ],
  own: [
    'for meg selv',
    'for meg sjølv',
    'til meg selv',
    'til meg sjølv',
    'for my self',
    'for myself',
    'min egen',
    'min eigen',
    'mi eiga',
    'my own',
    'min fartstid',
    'mi fartstid',
    'fartstiden min',
    'fartstida mi',
    'my sea time',
  ],
  // (With the signer roles' own words after `asRole`, and another person named: confirmation-fields.ts.)
  forOthers: [
    'som reder',
    'som reiar',
    'as manager',
    'as the manager',
    'i am manager',
    'i am the manager',
    'for min ansatt',
    'for min tilsette',
    'for my employee',
    'for our employee',
    'dotter mi',
    'datteren min',
    // Round 50 (norsk50): «jeg signerer selv, Lise Berg, daglig leder i rederiet» (the company signs)
    'daglig leder i rederiet',
    'dagleg leiar i reiarlaget',
    'daglig leiar i reiarlaget',
    'i rederiet',
    'i reiarlaget',
    'for rederiet',
    'for reiarlaget',
    'on behalf of the company',
    'for the company',
    'managing director',
  ],
  /** Before a signer role's own word («som daglig leder», "as the owner", «eg er eigar»). */
  asRole: ['som', 'as', 'as the', 'jeg er', 'eg er', 'i am', 'i am the'],
};
/** The labels of a pasted sea-time confirmation's fields, per fact. */
export const CONFIRMATION_LABELS = {
  /** A bare name field: the seafarer's, unless a name with a birth date says otherwise. */
  nameField: ['name', 'navn', 'namn'],
  seafarerName: [
    'seafarer',
    'sjøfarer',
    'sjøfarar',
    // "This is to confirm that Jonas Berg, born …", «Fartstidsattest for Kari Nes»
    'confirm that',
    'confirms that',
    'confirmation for',
    'bekrefter at',
    'stadfestar at',
    'stadfester at',
    'attest for',
    'fartstidsattest for',
    'bekreftelse for',
    'stadfesting for',
  ],
  /**
   * Round 50 (norsk50): «Kan du sjekke denne fartstidsbekreftelsen? Gjelder Lars Berg, født …»: a
   * word that names the seafarer only with a birth date right after the name («Gjelder EU ETS …» is no one).
   */
  seafarerNameBorn: ['gjelder', 'gjeld', 'regarding'],
  born: ['født', 'fødd', 'f.', 'born', 'b.'],
  position: ['position', 'stilling', 'stilling om bord', 'position on board', 'rank'],
  /**
   * Positions written as an item of a pasted confirmation, between commas («Ole Rud 01.01.1990,
   * navigatør, 01.01.2025–30.06.2025»): the position it states, as written.
   */
  listedPositions: [
    'navigatør',
    'navigator',
    'styrmann',
    'styrmann',
    'overstyrmann',
    'skipsfører',
    'skipsførar',
    'skipper',
    'kaptein',
    'master',
    'captain',
    'maskinist',
    'maskinsjef',
    'motormann',
    'smører',
    'smørjar',
    'matros',
    'lettmatros',
    'dekksmann',
    'dekkmann',
    'deckhand',
    'able seaman',
    'ordinary seaman',
    'bosun',
    'båtsmann',
    'vaktoffiser',
    'officer of the watch',
    'oow',
    'chief mate',
    'chief officer',
    'first mate',
    'second mate',
    'kadett',
    'cadet',
    'akvatekniker',
    'røkter',
  ],
  /** The position said in a sentence: «stillinga skal vere navigatør», "the position was AB". */
  positionSaid: [
    'stillinga',
    'stillingen',
    'stilling',
    'the position',
    'position',
    'rank',
    'his position',
    'her position',
  ],
  /** The vessel's name said in a sentence: "change the vessel name to Nordbris", «båtnamnet er Havblikk». */
  vesselNameSaid: [
    'vessel name',
    'vessel´s name',
    "vessel's name",
    'name of the vessel',
    'boat name',
    'name of the boat',
    'ship name',
    "ship's name",
    'båtnavnet',
    'båtnamnet',
    'navnet på båten',
    'namnet på båten',
    'navnet på fartøyet',
    'namnet på fartøyet',
    'fartøyets navn',
    'fartøynavnet',
    'skipsnavnet',
  ],
  /** Words after a field said that judge it, never its value («stillinga er feil», "the position is wrong"). */
  judgements: [
    'feil',
    'gal',
    'galt',
    'wrong',
    'incorrect',
    'riktig',
    'rett',
    'right',
    'correct',
    'ok',
    'ikke',
    'ikkje',
    'not',
  ],
  /**
   * A position put right in a sentence: «det var ikke navigatør, hun var skipsfører», «ikkje
   * navigatør men skipsførar», "she was master, not navigator" — the word denied, the word meant.
   */
  positionInstead: {
    denied: ['ikke', 'ikkje', 'not', 'no'],
    but: ['men', 'but'],
    said: [
      'hun var',
      'han var',
      'ho var',
      'eg var',
      'jeg var',
      'hun er',
      'han er',
      'ho er',
      'she was',
      'he was',
      'i was',
      'she is',
      'he is',
      'hun jobbet som',
      'han jobbet som',
      'ho jobba som',
      'han jobba som',
      'she worked as',
      'he worked as',
    ],
  },
  /** Words that end a value said in a sentence («… navigatør, ikkje lettmatros», "navigator please"). */
  valueEnds: ['ikke', 'ikkje', 'not', 'og', 'and', 'please', 'pls', 'takk', 'thanks'],
  /** Between a field said in a sentence and its value: "should be", «skal vere», "to". */
  valueLink: [
    'skal være',
    'skal vere',
    'skulle vært',
    'skulle vore',
    'should be',
    'must be',
    'er',
    'var',
    'was',
    'is',
    'to',
  ],
  /** After a name, before its birth date («Kari Lie, f. 02.02.1995»): the name is the seafarer's. */
  bornAfterName: ['f.', 'født', 'fødd', 'born', 'b.', 'dob'],
  /** A position said as served («has served as lettmatros on board», «har jobba som navigatør»): one word after. */
  servedAs: [
    'served as',
    'has served as',
    'worked as',
    'has worked as',
    'employed as',
    'har jobbet som',
    'har jobba som',
    'har arbeidet som',
    'har arbeidd som',
    'har tjenestegjort som',
    'har tenestegjort som',
    'har seilt som',
    'har segla som',
  ],
  vessel: ['vessel', 'fartøy', 'ship', 'skip', 'boat', 'båt'],
  /** Capitalised words after the word for the vessel that name no vessel ("vessel Norwegian flag"). */
  notVesselNames: [
    'Norwegian',
    'Norsk',
    'Norway',
    'Norge',
    'Noreg',
    'The',
    'Is',
    'Was',
    'Er',
    'Var',
    'I',
    'In',
    'On',
    'På',
  ],
  vesselPrefixes: ['MS', 'MV', 'MF', 'MT', 'MY', 'FV', 'RV', 'M/S', 'M/V', 'M/F', 'M/T', 'M/Y', 'F/F', 'M/K'],
  callSign: ['call sign', 'callsign', 'kallesignal'],
  signedBy: [
    // Round 25: "signer Kari Lie accountant", "signatory: …"
    'signer',
    'signer is',
    'signatory',
    'underskriver',
    'underteiknar',
    'signed by',
    // Round 54 (norsk54): «signeres av Jon Berg, skipper om bord».
    'signeres av',
    'signerast av',
    'skal signeres av',
    'will be signed by',
    'to be signed by',
    'signert av',
    'underskrevet av',
    'skrive under av',
    'skriven under av',
    'underskrive av',
    'underskriven av',
    // A field of its own: «Signert: Per Hansen (daglig leder)», "Signed: Kari Holm, daglig leder"
    'signed',
    'signert',
    // «Stadfesta av: Per Olav Kvalnes», "Confirmed by: …"
    'stadfesta av',
    'stadfest av',
    'stadfestet av',
    'bekreftet av',
    'confirmed by',
    'signature',
    'signatur',
    'underskrift',
  ],
  /** Before a role said before the signer's name: "signed by our revisor Per Olsen". */
  ourBeforeRole: ['our', 'vår', 'the', 'my', 'min', 'mi'],
  /** After the signer's name: the signer to come ("Captain Nils Berg will sign", «skipper Ola Nes skal signere»). */
  willSign: ['will sign', 'will sign it', 'signs', 'is signing', 'skal signere', 'signerer', 'skal skrive under'],
  /** A role said before the signer's name («underskrive av reiar Ola Nes», "signed by skipper Per Olsen"): one word. */
  roleBeforeName: [
    // Round 25: "signed company rep Siri Ness", "signer captain Ole Hansen"
    'company rep',
    'company representative',
    'reiar',
    'reder',
    'skipsreder',
    'skipsreiar',
    'skipper',
    'skipsfører',
    'skipsførar',
    'kaptein',
    'eier',
    'eigar',
    'owner',
    'master',
    'captain',
    // Round 22: "signed by our revisor Per Olsen".
    'revisor',
    'auditor',
    'regnskapsfører',
    'rekneskapsførar',
    'accountant',
  ],
  /**
   * The writer saying who they are before a signer's role and name ("I am the master, name Per
   * Olsen", «eg er skipper, Per Olsen») or name and role ("I am Per Olsen, the master").
   */
  selfIntro: ['i am', "i'm", 'im', 'jeg er', 'eg er', 'my name is', 'jeg heter', 'eg heiter', 'eg heter'],
  /** The writer saying they sign, then their name ("I sign, Kari Nilsen, daglig leder", «eg signerer, Ola Nes»). */
  selfSigns: [
    'i sign',
    'i will sign',
    'i sign it',
    'jeg signerer',
    'eg signerer',
    'jeg skriver under',
    'eg skriv under',
  ],
  /** Between the role and the name of the writer: «eg er skipper, namn Per Olsen». */
  nameLink: ['name', 'navn', 'namn', 'named', 'called', 'my name is', 'jeg heter', 'eg heiter'],
  /** Before the role after the writer's name ("I am Per Olsen, the master"). */
  roleArticle: ['the', 'a', 'an', 'og er', 'and'],
  /** Before the signer's name: the writer pointing to themselves («signert av meg selv Ola Nilsen»). */
  self: ['meg selv', 'meg sjølv', 'meg', 'myself', 'me', 'selv', 'sjølv'],
} as const;

/**
 * Ship certificates a processing-time question may name, which the personal certificates' processing
 * time (aps.processing-time) does not cover.
 */
export const SHIP_CERTIFICATE_WORDS = {
  manning: [
    'bemanningssertifikat',
    'bemanningsoppgave',
    'bemanningsoppgåve',
    'bemanningsoppgåva',
    'manning certificate',
    'manning document',
    // Round 40: "manning doc say D5 for skipper".
    'manning doc',
    'bemanningsdokument',
    'msmd',
  ],
  security: ['issc', 'i-issc', 'isps'],
  /**
   * A ship's certificate under another regime than the ISPS code (ISM, MARPOL, MLC, class, load
   * line…): the ISSC's dates and renewal rule (seed 001) are not theirs.
   */
  other: [
    'ism',
    'smc',
    'safety management certificate',
    'sikkerhetsstyringssertifikat',
    'doc-sertifikat',
    // The ISM Document of Compliance («og kva med DOC?»): read only beside the ISPS topics.
    'doc',
    'doc-en',
    'document of compliance',
    'iapp',
    'iopp',
    'isppc',
    'mlc',
    'dmlc',
    'maritime labour certificate',
    'klassesertifikat',
    'class certificate',
    'klassebevis',
    'lastelinjesertifikat',
    'load line certificate',
    'fartssertifikat',
    'passasjersertifikat',
    'passenger ship safety certificate',
    'safety equipment certificate',
    'safety construction certificate',
    'radiosertifikat',
    'safety radio certificate',
  ],
} as const;

/**
 * A personal certificate renewed («fornye D4», "renewing my D4"): the catalogue has a first issue's
 * sea time (seed 004) and master rights on renewal, not the sea time a renewal needs.
 */
export const RENEWAL_WORDS: readonly string[] = [
  'fornye',
  'fornyer',
  'fornya',
  'fornyet',
  'fornyelse',
  'fornyelsen',
  'fornying',
  'fornyinga',
  'renew',
  'renewing',
  'renewal',
  'revalidate',
  'revalidating',
  'revalidation',
  'revalidering',
];
/** Words of master rights, with which a renewal is the master-rights topic («fornyelse med førerrett»). */
export const MASTER_RIGHTS_WORDS: readonly string[] = [
  'førerrett',
  'førerretten',
  'førerrettigheter',
  'førarrett',
  'førarrettar',
  'master rights',
  "master's rights",
];
/** A first issue named («første gang», "first time"): then a renewal word is about the future. */
export const FIRST_ISSUE_WORDS: readonly string[] = [
  'første gang',
  'første gong',
  'førstegang',
  'first time',
  'first issue',
  'first',
];

/**
 * What takes a move out of § 13 (seed 003: the company decides the manning only when the ship is
 * moved «uten last og uten passasjerer, og ikke er under oppdrag»): cargo, passengers or an
 * assignment said to be there («med 5 passasjerer», "with a full cargo", «på oppdrag for ein kunde»).
 */
export const REPOSITIONING_EXCLUDED_WORDS: readonly string[] = [
  'med last',
  'med lasten',
  'med lasta',
  'full last',
  'fullt lasta',
  'fullt lastet',
  'with cargo',
  'with a cargo',
  'full cargo',
  'fully loaded',
  // Plural only: "passenger ship" names the kind of ship, not passengers on board.
  'passasjerer',
  'passasjerar',
  'passengers',
  'på oppdrag',
  'under oppdrag',
  'on assignment',
  'on a job',
  'for en kunde',
  'for ein kunde',
  'for a client',
  'for a customer',
];
/** Said before such a word, it says the opposite («uten last», "without passengers"). */
export const ABSENCE_WORDS: readonly string[] = [
  'uten',
  'utan',
  'without',
  'ikke',
  'ikkje',
  'ingen',
  'no',
  'not',
  'verken',
  'neither',
];
/** «noen», "any": after a word of absence («ikke fastsatt noen sikkerhetsbemanning»), or standing for one. */
export const ANY_WORDS: readonly string[] = ['noen', 'noka', 'nokon', 'any'];

/** Words naming an ISSC («ISSC-en», "I-ISSC", "ship security certificate"). */
export const ISSC_WORDS: readonly string[] = ['issc', 'i-issc', 'iissc', 'ship security certificate'];
/**
 * The intermediate verification, which only a full-term ISSC has (seed 001: between the second and
 * third anniversary): a question about it is about a full ISSC.
 */
export const INTERMEDIATE_VERIFICATION_WORDS: readonly string[] = [
  'mellomliggende verifikasjon',
  'mellomliggende verifisering',
  'mellomliggjande verifikasjon',
  'mellomliggande verifikasjon',
  'mellomverifikasjon',
  'intermediate verification',
  'intermediate audit',
];

/**
 * Round 50 (english50): "got D5 first time in march 2025. before that i had 2 yrs as OOW": words before
 * a time, in its sentence, that put it before the issue named earlier.
 */
export const BEFORE_THAT_WORDS: readonly string[] = [
  'before that',
  'prior to that',
  'before then',
  'før det',
  'før dette',
  'før den tid',
  'før den tida',
  'før den tiden',
];
/**
 * Round 49 (norsk49): «14 mnd som vaktoffiser FØR jeg fikk sertifikatet og 4 mnd etter», "… and 4
 * months after": a word alone right after a time, beside a time said to be before the issue, that
 * makes it the time since the issue.
 */
export const AFTER_ISSUE_ALONE_WORDS: readonly string[] = [
  'etter',
  'etterpå',
  'etter det',
  'after',
  'afterwards',
  'after that',
  'since',
  'sidan',
  'siden',
];
/** After time served: before the certificate was issued («før jeg fikk sertifikatet», "before I got it"). */
export const BEFORE_ISSUE_WORDS: readonly string[] = [
  'before',
  'prior to',
  'før jeg fikk',
  'før eg fekk',
  'før sertifikatet',
  'før utstedelsen',
];

/**
 * More than one cook asked about («to kokker», "2 cooks", "how many cooks"): the sources say when a
 * ship's cook is required (seed 003), never how many, so such a question is not the cook topic's.
 * Each count is followed by one of COOK_NOUNS.
 */
export const COOK_COUNT_WORDS: readonly string[] = [
  'to',
  'tre',
  'fire',
  'two',
  'three',
  'four',
  'flere',
  'fleire',
  'several',
  'more than one',
  'mer enn en',
  'mer enn én',
  'meir enn ein',
  'hvor mange',
  'kor mange',
  'how many',
  'antall',
  'talet på',
  'number of',
];
export const COOK_NOUNS: readonly string[] = ['skipskokk', 'kokk', 'cook', 'ship cook', "ship's cook"];

/**
 * How long handling takes (not how long a certificate is valid): the sources give no processing time
 * for a ship's security certificate, so such a question about an ISSC is out of scope.
 */
export const PROCESSING_TIME_WORDS: readonly string[] = [
  'processing time',
  'how long does it take',
  'how long will it take',
  'how long to get',
  'how long to receive',
  'behandlingstid',
  'saksbehandlingstid',
  'handsamingstid',
  'sakshandsamingstid',
  'hvor lang tid tar det',
  'hvor lang tid tar',
  'kor lang tid tar det',
  'kor lang tid tek det',
  'kor lang tid tar',
  'kor lang tid tek',
];

/**
 * Whether a vessel must have a cook, asked in so many words («Må ein 30 meter tråler ha kokk?», "does a
 * 40 m trawler need a cook?"): the cook rule, whatever else the message names.
 */
export const COOK_NEEDED_ASKED: readonly string[] = [
  'ha kokk',
  'ha skipskokk',
  'ha en kokk',
  'ha ein kokk',
  'ha kokk om bord',
  'trenger kokk',
  'treng kokk',
  'trenger skipskokk',
  'treng skipskokk',
  // Round 56 (norsk56): «tilbake til oss, treng vi kokk?» after what the safety crew may do.
  'treng vi kokk',
  'trenger vi kokk',
  'treng vi skipskokk',
  'trenger vi skipskokk',
  'treng vi ein kokk',
  'trenger vi en kokk',
  'krav om kokk',
  'krav om skipskokk',
  'need a cook',
  'needs a cook',
  'need a ships cook',
  "need a ship's cook",
  'need a ship cook',
  'require a cook',
  'requires a cook',
  // Round 17: "2) cook needed?", «skipskokk påkrevd?»
  'cook needed',
  'cook required',
  'ships cook needed',
  "ship's cook needed",
  'kokk nødvendig',
  'kokk påkrevd',
  'skipskokk påkrevd',
  'trengs kokk',
  'trengs skipskokk',
  // Round 40: "… safety manning 11, need cook?"
  'need cook',
  'needs cook',
  'need ships cook',
  "need ship's cook",
  'need ship cook',
  'require cook',
  'requires cook',
  'must have cook',
  'must have a cook',
  'må ha kokk',
  'må ha skipskokk',
];

/**
 * Which requirements the cook must meet («ka slags krav e det te kokk», "what requirements does the cook
 * need"), with a cook named: the cook's qualification (§ 52), not whether the vessel must have one
 * («Når er det krav til skipskokk?» asks when one is required).
 */
export const COOK_REQUIREMENTS_ASKED: readonly string[] = [
  'hvilke krav',
  'hva slags krav',
  'hva er kravene',
  'kva krav',
  'kva slags krav',
  'ka slags krav',
  'kå slags krav',
  'kva er krava',
  'what requirements',
  'which requirements',
  'what are the requirements',
  'requirements for the cook',
  'does the cook need',
  'must the cook have',
  // Round 40: "What papers the ships cook need?"
  'what papers',
  'which papers',
  'what documents',
  'which documents',
  'what certificates',
  'which certificates',
  'hvilke papirer',
  'hva slags papirer',
  'kva papir',
  'kva for papir',
  'hvilke dokumenter',
  'kva dokument',
];

/**
 * A health certificate said to have lapsed («helseerklæringa mi gjekk ut i september», "my medical
 * expired"). Seed 002: without a valid health certificate D6 is not valid either, so what D6 allows
 * on a vessel does not answer such a holder's question.
 */
export const HEALTH_LAPSED = {
  /** The certificate, with an optional «min»/"my" after or before it. */
  subjects: [
    'helseerklæringen',
    'helseerklæringa',
    'helseerklæring',
    'helseattesten',
    'legeattesten',
    'medical',
    'medical certificate',
    'health certificate',
    'seafarers medical',
    // Round 41: "Health cert expired 3 days ago".
    'health cert',
    'helseerklæringa mi',
  ],
  owners: ['min', 'mi', 'mitt', 'my', 'the'],
  /** Words between the certificate and how it lapsed («er forresten», "has actually"), up to three. */
  between: [
    'er',
    'har',
    'is',
    'has',
    'was',
    'forresten',
    'dessverre',
    'også',
    'au',
    'faktisk',
    'nå',
    'no',
    'btw',
    'actually',
    'unfortunately',
    'also',
    'already',
    'now',
  ],
  lapsed: [
    'gikk ut',
    'gjekk ut',
    'gått ut',
    'gått ut på dato',
    'utløpt',
    'utløp',
    'utgått',
    'ugyldig',
    'ikke gyldig',
    'ikkje gyldig',
    'expired',
    'ran out',
    'run out',
    'lapsed',
    'no longer valid',
    'not valid',
  ],
  /** Said before the certificate («utløpt helseerklæring», "an expired medical"). */
  before: [
    'utløpt',
    'utløpte',
    'utgått',
    'utgåtte',
    'expired',
    'lapsed',
    // None at all: "but I don't have a valid health certificate", «har ikke gyldig helseerklæring»
    "don't have a valid",
    "don't have a",
    'dont have a valid',
    'dont have a',
    'do not have a valid',
    'do not have a',
    'have no valid',
    'have no',
    'without a valid',
    'without valid',
    'no valid',
    'har ikke gyldig',
    'har ikkje gyldig',
    'har ikke',
    'har ikkje',
    'uten gyldig',
    'utan gyldig',
  ],
};

/**
 * A doctor abroad («en polsk lege», "a doctor in Poland", «legen min i Litauen», "doctor abroad"):
 * which doctors may issue a seafarer's health certificate abroad is not in the sources, and the
 * validity the health topic gives would answer another question.
 */
export const DOCTOR_ABROAD = {
  doctors: ['doctor', 'doctors', 'doktor', 'lege', 'legen', 'leger', 'legar', 'lækjar', 'gp', 'fastlege', 'fastlegen'],
  /** Said before the doctor («polsk lege», "a Swedish doctor»). */
  nationalities: FOREIGN_ADJECTIVES,
  /** Said after the doctor, after «i»/"in"/"from" («lege i Spania», "doctor in Poland»). */
  places: ['abroad', 'utlandet', 'utanlands', 'utenlands', ...FOREIGN_COUNTRIES],
} as const;

/**
 * The cook's own qualification named (§ 52: education, practical test, the skills check allowed under
 * 10 in the safe manning): "is a cook with a documented skills check ok with 12?" asks about the cook,
 * and a bare "yes, a cook is required" would answer another question.
 */
export const COOK_QUALIFICATION_WORDS: readonly string[] = [
  // Round 24: "the cook has no education. allowed?": whether this cook may serve.
  'has no education',
  'no education',
  'without education',
  'uneducated',
  'not educated',
  'ingen utdanning',
  'uten utdanning',
  'utan utdanning',
  'ikke utdanning',
  'ikkje utdanning',
  'ufaglært',
  'ufaglærd',
  'skills check',
  'skill check',
  'documented skills',
  'documented competence',
  'competence check',
  'cook education',
  'cooking education',
  'formal education',
  'trade certificate as cook',
  'practical test',
  'ferdighetssjekk',
  'ferdighetsprøve',
  'ferdigheitsprøve',
  'ferdigheitssjekk',
  'dokumenterte ferdigheter',
  'dokumenterte ferdigheiter',
  'dokumentert ferdighet',
  'kompetansesjekk',
  'kokkeutdanning',
  'kokkeutdanninga',
  'kokkefagbrev',
  'fagbrev som kokk',
  'praktisk prøve',
  'relevant utdanning',
  // Round 37: the company's check-out of the cooking skills (§ 52 third paragraph).
  'utsjekk',
  'utsjekken',
  'utsjekka',
  'utsjekket',
  'sjekker han ut',
  'sjekker ho ut',
  'sjekker henne ut',
  'sjekke han ut',
  'sjekke ho ut',
  'sjekka han ut',
  'sjekket han ut',
  'check him out',
  'checked him out',
  'check her out',
  'check-out of his skills',
  // Round 43: "we have a cook from Philippines with culinary diploma from Manila. Is that ok …?"
  'culinary diploma',
  'culinary school',
  'cooking school',
  'chef diploma',
  'kokkeskole',
  'kokkeskule',
  'kokkediplom',
  // Round 45: "a cook from Philippines with a cooking diploma from there".
  'cooking diploma',
  'cook diploma',
  "cook's diploma",
  'cooking education',
  'cooking degree',
  // Round 41: "can the AB do cooking without cook papers?"
  'without cook papers',
  'without papers',
  'no cook papers',
  'cook papers',
  'cooking papers',
  'uten papirer',
  'utan papir',
  'uten kokkepapirer',
  'utan kokkepapir',
  'kokkepapirer',
  'kokkepapir',
];

/**
 * One person as the cook beside another post ("can the skipper also be the cook?", «kan matrosen
 * også være kokk?»): the sources say when a cook is required and what the cook must have, not
 * whether the posts may be combined, so such a question is not answered from either.
 */
export const COOK_COMBINED_ASKED: readonly string[] = [
  'also be the cook',
  "also be the ship's cook",
  'also be cook',
  'also act as cook',
  'double as cook',
  'double as the cook',
  'both master and cook',
  'både skipper og kokk',
  'både skipsfører og kokk',
  'også være kokk',
  'også vere kokk',
  'òg vere kokk',
  'og vere kokk',
  'også være skipskokk',
  'også vere skipskokk',
  'òg vere skipskokk',
  'samtidig være kokk',
  'samtidig vere kokk',
  'kombinere med kokk',
];

/**
 * A person asked about as the cook («kan han bli skipskokk?», "can he be the cook?"): whether that
 * person may be the cook (§ 52), not whether the vessel needs one. A subject and a verb first: «må det
 * være skipskokk?», "must there be a cook?" ask whether one is required.
 */
export const COOK_ROLE_ASKED = {
  subjects: [
    'kan han',
    'kan hun',
    'kan jeg',
    'kan eg',
    'kan ho',
    'kan sønnen',
    'kan dottera',
    'kan datteren',
    'kan en',
    'kan ein',
    'kan noen',
    'kan nokon',
    'kan vår',
    'kan vår nye',
    'can a',
    'can an',
    'can someone',
    'can our',
    'can he',
    'can she',
    'can i',
    'may he',
    'may she',
    'may i',
    'could he',
    'could she',
    'could i',
  ],
  roles: [
    'bli skipskokk',
    'være skipskokk',
    'vere skipskokk',
    'bli kokk',
    'være kokk',
    'vere kokk',
    'jobbe som kokk',
    'jobbe som skipskokk',
    'be the cook',
    'be cook',
    'be a cook',
    'be ship cook',
    "be the ship's cook",
    'work as cook',
    'work as a cook',
    'work as the cook',
    'work as ship cook',
    // Round 24: "can I work as kokk at age 17", mixing the Norwegian word in
    'work as kokk',
    'work as a kokk',
    'work as skipskokk',
    'be kokk',
    'be a kokk',
    // Round 41: "can the AB do cooking", «kan matrosen lage maten».
    'do cooking',
    'do the cooking',
    'cook for the crew',
    'lage maten',
    'lage mat',
    'laga maten',
    'laga mat',
  ],
} as const;

/**
 * The cook named as a person whose age follows ("my cook is 17", «kokken vår er berre 17»): the
 * question is whether that person may be the cook (§ 52), not whether a cook is required.
 */
export const COOK_AGE_STATED = {
  cooks: ['cook', 'ship cook', "ship's cook", 'kokk', 'kokken', 'skipskokk', 'skipskokken', 'kokka', 'stuert'],
  links: ['is', 'is only', 'is just', "'s", 'aged', 'er', 'er bare', 'er berre', 'er kun', 'som er', 'who is'],
} as const;

/** Asking for an amount of sea time («hvor mye fartstid blir det?», "how much sea time?"): a calculation. */
export const SEA_TIME_AMOUNT_ASKED: readonly string[] = [
  'hvor mye fartstid',
  'hvor mange fartstidsdager',
  'hvor mange dager fartstid',
  'kor mykje fartstid',
  'kor mange fartstidsdagar',
  'kor mange dagar fartstid',
  'how much sea time',
  'how much seatime',
  'how many sea time days',
  'how many sea-time days',
  'how many days of sea time',
];

/**
 * Sailing with fewer than the manning certificate lists («færre enn bemanningssertifikatet», "one less
 * AB", "short-handed"): the sources do not say when that is allowed (seed 003 calls the manning the
 * absolute minimum), so no manning topic answers it.
 */
export const UNDERMANNED_WORDS: readonly string[] = [
  'fewer crew',
  'less crew',
  'one less',
  'one fewer',
  'one crew member less',
  'one man short',
  'short-handed',
  'shorthanded',
  'undermanned',
  'under-manned',
  'below the safe manning',
  'below the manning',
  'færre enn',
  'færre folk',
  'færre mann',
  'en mann mindre',
  'én mann mindre',
  'ein mann mindre',
  'en mindre enn',
  'én mindre enn',
  'ein mindre enn',
  'underbemannet',
  'underbemanna',
  'under sikkerhetsbemanningen',
  'under sikkerheitsbemanninga',
];

/** Asking Losen to make a sea-time confirmation («sett opp en fartstidsbekreftelse», "write up the confirmation"). */
export const BUILD_VERBS: readonly string[] = [
  'sett opp',
  'sette opp',
  'set opp',
  'setje opp',
  'lag',
  'lage',
  'lag meg',
  'skriv',
  'skrive',
  'fyll ut',
  'fylle ut',
  'make',
  'write up',
  'write',
  'draft',
  'create',
  'fill in',
  'fill out',
  'help me make',
  'help me write',
];

/**
 * A health certificate the doctor limited («gjelder bare for fartsområde 2», "limited to", «avgrensa
 * til»): with a D6 question, its limits apply even where D6 allows (seed 002), so the health
 * certificate's answer is given too.
 */
export const HEALTH_LIMIT_WORDS = {
  certificate: [
    'helseerklæring',
    'helseerklæringen',
    'helseerklæringa',
    'helseattest',
    'health certificate',
    // "health cert from 5.12.2024, I was 30"
    'health cert',
    'medical',
  ],
  limited: [
    'gjelder bare for',
    'gjelder bare i',
    'gjeld berre for',
    'gjeld berre i',
    'begrenset til',
    'begrensa til',
    'avgrensa til',
    'avgrenset til',
    'begrensning',
    'begrensninger',
    'avgrensing',
    'avgrensingar',
    'limited to',
    'only valid for',
    'only valid in',
    'valid only for',
    'valid only in',
    'limitation',
    'limitations',
    'restricted to',
    'restriction',
    // Round 42: "My doctor wrote in helseerklæring that I can only work in fartsområde 2".
    'can only work in',
    'only work in',
    'only in fartsområde',
    'kan bare jobbe i',
    'kan berre jobbe i',
    'kan bare arbeide i',
    'kan berre arbeide i',
    'bare i fartsområde',
    'berre i fartsområde',
    'kun i fartsområde',
  ],
} as const;

/** Round 50 (oos50): what a certificate lets its holder do ("What does a D6 let me do?"). */
export const CERTIFICATE_ALLOWS_WORDS: readonly string[] = [
  'let me do',
  'lets me do',
  'let me work as',
  'lets me work as',
  'allow me to do',
  'allows me to do',
  'entitle me to',
  'entitles me to',
  'gir meg rett til',
  'gir meg lov til',
  'gjev meg rett til',
  'kan jeg gjøre med',
  'kan eg gjere med',
];
/**
 * Work boats, as in Sdir's page on D6 on work boats in aquaculture (seed 002): «Kan D6 brukes på et
 * arbeidsfartøy i oppdrett?» is what D6 allows, however unsure the classifier is of «oppdrett».
 */
export const D6_WORKBOAT_WORDS: readonly string[] = [
  'arbeidsbåt',
  'arbeidsbåten',
  'arbeidsbåter',
  'arbeidsbåtar',
  'arbeidsfartøy',
  'arbeidsfartøyet',
  'workboat',
  'workboats',
  'work boat',
  'work boats',
];

/**
 * Round 39: an ISSC's validity said or asked («gyldig til», «er det gyldig», "valid", «gjeld det»):
 * beside its dates, the dates topic (never when it must be returned).
 */
export const ISSC_VALIDITY_WORDS: readonly string[] = ['gyldig', 'gyldige', 'valid', 'gjeld', 'gjelder'];
/** Round 39: the intermediate verification named by its own word alone. */
export const INTERMEDIATE_WORDS: readonly string[] = [
  'intermediate',
  'mellomliggende',
  'mellomliggjande',
  'mellomliggande',
];
/**
 * Round 39: a verification not held, said shortly («glemte», "missed"; VERIFICATION_MISSED_WORDS has the
 * longer ways): the ISSC's return (seed 001, «Ugyldig sertifikat»).
 */
export const VERIFICATION_NOT_HELD_WORDS: readonly string[] = [
  'missed',
  'miss',
  'misser',
  'misse',
  'rekker ikke',
  'ikke rekker',
  'rekk ikkje',
  'ikkje rekk',
  'not done',
  'not held',
  'ikke gjort',
  'ikkje gjort',
  'ikke holdt',
  'ikkje halde',
  'glemte',
  'gløymde',
  'glemt',
  'forgot',
  'forgotten',
  // Round 57 (norsk57): «vi har ikkje fått tatt mellomliggande verifikasjon».
  'ikke fått tatt',
  'ikkje fått tatt',
  'ikkje fått teke',
  'ikke tatt',
  'ikkje tatt',
  'ikkje teke',
  'ikke hatt',
  'ikkje hatt',
  'not had',
  "haven't had",
  'have not had',
];
/** Round 39: what only an interim ISSC has (the SSA received, a plan not yet approved, a new ship, 6 months). */
export const INTERIM_ONLY_WORDS: readonly string[] = [
  'ssa',
  '6 måneder',
  '6 månader',
  'seks måneder',
  'seks månader',
  '6 months',
  'six months',
  'ikke godkjent',
  'ikkje godkjend',
  'not approved',
  'not yet approved',
  'new ship',
  'nytt skip',
  'nybygg',
  'forlenge',
  'forlengast',
  'forlenges',
  'extend',
  'extended',
];
/** Round 38: cooking or the cook named («lage maten», "cook", «kokk»). */
export const COOKING_WORDS: readonly string[] = [
  ...COOK_NOUNS,
  'kokken',
  'lage mat',
  'lage maten',
  'lagar mat',
  'lagar maten',
  'lager mat',
  'lager maten',
  'laga mat',
  'laga maten',
  'matlaging',
  'cooking',
];
/** Round 43: cooking as a verb ("can the deckhand cook?", «kan matrosen lage maten?»). */
export const COOKING_VERBS: readonly string[] = [
  'cook',
  'do cooking',
  'do the cooking',
  'make the food',
  'make food',
  'lage mat',
  'lage maten',
  'laga mat',
  'laga maten',
  'lage middag',
];
/** The kinds of lay-up, which alone may also be said of other things ("cold", «varmt»). */
export const LAY_UP_KIND_WORDS: readonly string[] = ['cold', 'warm', 'varmt', 'kaldt', 'kald', 'varm'];
/** Round 38: a lay-up named («opplag», "laid up", "cold lay-up"); read as the start of a word. */
export const LAID_UP_WORDS: readonly string[] = [
  'opplag',
  'oplag',
  'lay up',
  'lay-up',
  'laid up',
  'laid-up',
  'laying up',
  'layed up',
  'layup',
  'lagt opp',
  'legge opp',
  'leggje opp',
  'legg opp',
  'legger opp',
  ...LAY_UP_KIND_WORDS,
];

/**
 * The papers kept on board asked about («kva papir må vere om bord?», "what papers must be onboard
 * with it?") after an interim ISSC: the letter its answer names, never the electronic plan's letter.
 */
export const PAPERS_ON_BOARD_WORDS = {
  papers: [
    'papers',
    'paper',
    'paperwork',
    'documents',
    'document',
    'dokument',
    'dokumenter',
    'dokumenta',
    'dokumentene',
    'papir',
    'papirer',
    'papira',
    'papirene',
    'brev',
    'letter',
    'letters',
  ],
  electronic: ['electronic', 'elektronisk', 'elektroniske', 'digital', 'digitalt', 'digitale', 'pdf'],
};
