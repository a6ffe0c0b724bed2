/**
 * The words Losen understands in a user's reply, in bokmål, nynorsk and English: synonyms for
 * every allowed value of every enum fact, yes/no/"don't know" words, number words, month names
 * and unit words. Pure data; the matching logic lives in `machines/understanding/`.
 *
 * Write entries in plain lower case with their Norwegian letters (they are folded before
 * matching: ø→o, å→a, æ→ae, accents dropped, hyphens and punctuation as spaces). A phrase matches
 * whole words only; a definite or plural ending ("-en", "-et", "-er", "-ene", "-s") and a small
 * typo in a long word are tolerated by the matcher, so those need not be listed.
 *
 * Only map what is certain. Words that were deliberately left out because they would be a guess
 * are listed in `DELIBERATELY_UNMAPPED` with the reason.
 */
import type { FACTS, FactKey } from '../rules/facts.js';

type ValuesOf<K extends FactKey> = (typeof FACTS)[K] extends { values: readonly (infer V extends string)[] } ? V : never;
type EnumKey = { [K in FactKey]: [ValuesOf<K>] extends [never] ? never : K }[FactKey];

/** Synonyms per enum fact (keyed by the fact's catalogue key, i.e. its question key) and value. */
export type EnumSynonyms = { readonly [K in EnumKey]: { readonly [V in ValuesOf<K>]: readonly string[] } };

const dCert = (n: number): string[] => [
  `d${n}`,
  `d ${n}`,
  `klasse ${n}`,
  `kl ${n}`,
  `dekksoffiser klasse ${n}`,
  `dekksoffisersertifikat klasse ${n}`,
  `kompetansesertifikat dekksoffiser klasse ${n}`,
  `deck officer class ${n}`,
  `deck officer certificate class ${n}`,
  `class ${n}`,
];

const area = (n: number): string[] => [
  `fartsområde ${n}`,
  `fartsomrade ${n}`,
  `område ${n}`,
  `fo${n}`,
  `fo ${n}`,
  `trading area ${n}`,
  `area ${n}`,
  `${n}`,
];

/** Everything accepted as an answer to a question about an enum fact. */
export const ENUM_SYNONYMS: EnumSynonyms = {
  flag: {
    NO: [
      'norsk', 'norsk flagg', 'norskflagget', 'norskflagga', 'under norsk flagg', 'norge', 'noreg', 'nor', 'nis',
      'nis-registrert', 'nor-registrert', 'norskregistrert', 'norsk skipsregister', 'norsk internasjonalt skipsregister',
      'norway', 'norwegian', 'norwegian flag', 'norwegian-flagged', 'norwegian flagged', 'norwegian ship register',
      'norwegian international ship register',
    ],
    foreign: [
      'utenlandsk', 'utanlandsk', 'utenlandsk flagg', 'utanlandsk flagg', 'annet flagg', 'anna flagg', 'et annet flagg',
      'annet lands flagg', 'utenlandskregistrert', 'ikke norsk', 'ikkje norsk', 'ikke norsk flagg', 'ikke-norsk', 'ikke norskflagget',
      'foreign', 'foreign flag', 'foreign-flagged', 'foreign flagged', 'other flag', 'another flag', 'not norwegian',
      'non-norwegian', 'not norwegian flagged',
    ],
  },
  vesselType: {
    passenger: [
      'passasjerskip', 'passasjerbåt', 'passasjerfartøy', 'passasjerferje', 'passasjerferge', 'ferje', 'ferge',
      'bilferje', 'bilferge', 'cruiseskip', 'passenger ship', 'passenger vessel', 'passenger boat', 'passenger ferry',
      'ferry', 'car ferry', 'cruise ship', 'passasjer', 'passenger',
    ],
    cargo: [
      'lasteskip', 'lastebåt', 'lastefartøy', 'frakteskip', 'fraktebåt', 'bulkskip', 'tankskip', 'tankbåt',
      'oljetankskip', 'kjemikalietankskip', 'gasstankskip', 'containerskip', 'stykkgodsskip',
      'cargo ship', 'cargo vessel', 'cargo boat', 'freighter', 'bulk carrier', 'bulker', 'tanker', 'oil tanker',
      'chemical tanker', 'gas tanker', 'container ship', 'container vessel', 'containership', 'general cargo ship',
      'cargo',
    ],
    fishing: [
      'fiskefartøy', 'fiskebåt', 'fiskeskip', 'fiskeskute', 'tråler', 'snurper', 'sjark', 'ringnotbåt', 'linebåt',
      'garnbåt', 'snurrevadbåt', 'fishing vessel', 'fishing boat', 'fishing ship', 'trawler', 'purse seiner',
      'longliner', 'fiske', 'fishing',
    ],
    other: ['annet', 'annen', 'anna', 'annet fartøy', 'anna fartøy', 'noe annet', 'annen type', 'other', 'other vessel', 'other type', 'something else'],
  },
  serviceOnly: {
    none: [
      'nei', 'ingen', 'ingen av delene', 'ingen av dem', 'ingen av dei', 'ingenting', 'ikke', 'ikkje', 'nei ingen av delene',
      'no', 'none', 'nope', 'nah', 'not', 'none of these', 'none of them', 'neither', 'nothing', 'no none of these',
    ],
    training: [
      'opplæring', 'undervisning', 'opplæring og undervisning', 'bare til opplæring', 'skoleskip', 'skuleskip',
      'opplæringsfartøy', 'opplæringsskip', 'opplæringsøyemed', 'undervisningsøyemed',
      'training', 'training ship', 'training vessel', 'school ship', 'education', 'training and education',
      'only for training',
    ],
    pilot: ['los', 'losbåt', 'losfartøy', 'lostjeneste', 'losteneste', 'pilot', 'pilot boat', 'pilot vessel', 'pilot service', 'pilotage'],
    rescue: [
      'redning', 'redningstjeneste', 'redningsteneste', 'redningsskøyte', 'redningsfartøy', 'redningsbåt', 'redningsselskapet',
      'rescue', 'rescue service', 'rescue vessel', 'rescue boat', 'search and rescue', 'sar',
    ],
  },
  role: {
    master: ['skipsfører', 'skipsførar', 'kaptein', 'fører', 'førar', 'master', 'captain', 'skipper'],
    'chief-mate': ['overstyrmann', 'førstestyrmann', 'chief mate', 'chief officer', 'first mate'],
    'officer-of-the-watch': [
      'vaktoffiser', 'ansvarshavende vaktoffiser', 'vakthavende styrmann', 'styrmann', 'andrestyrmann', 'tredjestyrmann',
      'navigatør', 'navigator', 'officer of the watch', 'officer in charge of a navigational watch',
      'officer in charge of the watch', 'oow', 'watch officer', 'watchkeeping officer', 'navigational watch officer',
      'second mate', 'third mate', 'second officer', 'third officer',
    ],
  },
  tradingArea: {
    'area-1': area(1),
    'area-2': area(2),
    'area-3': area(3),
    'area-4': area(4),
    'liten-kystfart': ['liten kystfart', 'lk', 'small coastal', 'short coastal', 'limited coastal', 'small coastal trade', 'short coastal trade', 'limited coastal trade'],
    'stor-kystfart': ['stor kystfart', 'sk', 'large coastal', 'extended coastal', 'large coastal trade', 'extended coastal trade', 'greater coastal trade'],
    'nord-og-ostersjofart': [
      'nord- og østersjøfart', 'nord og østersjøfart', 'nord og østersjø', 'nord- og østersjø', 'nordsjø og østersjø',
      'nordsjø- og østersjøfart', 'nord- og austersjøfart', 'nord og austersjø', 'north sea and baltic',
      'north sea and baltic trade', 'north sea and the baltic', 'north and baltic sea', 'north sea baltic',
    ],
    unrestricted: [
      'ubegrenset', 'ubegrenset fart', 'ubegrenset fartsområde', 'ubegrensa', 'uavgrensa', 'unrestricted',
      'unrestricted trade', 'unlimited', 'worldwide', 'world wide', 'world-wide',
    ],
  },
  signerRole: {
    'company-representative': [
      'representant fra rederikontoret', 'representant for rederiet', 'representant fra rederiet', 'rederikontoret',
      'rederikontor', 'rederiet', 'rederi', 'kontoret', 'hr', 'hr-avdelingen', 'personalavdelingen',
      'company', 'the company', 'company representative', 'representative of the company', 'shipping company',
      'company office', 'hr department',
    ],
    master: ['kaptein', 'kaptein om bord', 'skipsfører', 'skipsførar', 'fører', 'master', 'master on board', 'captain', 'skipper'],
    owner: ['eier', 'eigar', 'båteier', 'eier av båten', 'owner', 'the owner', 'boat owner', 'vessel owner'],
    'co-owner': ['medeier', 'medeigar', 'deleier', 'co-owner', 'coowner', 'joint owner', 'part owner'],
    accountant: ['regnskapsfører', 'rekneskapsførar', 'accountant', 'bookkeeper'],
    auditor: ['revisor', 'statsautorisert revisor', 'auditor'],
    other: ['annen rolle', 'anna rolle', 'annen', 'annet', 'noe annet', 'other', 'other role', 'something else'],
  },
  targetCertificate: {
    D6: dCert(6),
    D5: dCert(5),
    D4: dCert(4),
    D3: dCert(3),
    D2: dCert(2),
    D1: dCert(1),
    matros: [
      'matros', 'ferdighetssertifikat matros', 'matrossertifikat', 'able seaman', 'ab', 'able-bodied seaman',
      'able seaman certificate',
    ],
    tanker: [
      'tankermann', 'tankermannsertifikat', 'tankskip', 'ferdighetssertifikat for tankskip', 'tanker', 'tankerman',
      'tanker certificate', 'tanker endorsement',
    ],
    igf: ['igf', 'igf-sertifikat', 'ferdighetssertifikat igf', 'igf certificate'],
    other: ['annet', 'annet sertifikat', 'anna sertifikat', 'noe annet', 'other', 'other certificate', 'something else'],
  },
  tankerType: {
    oil: ['olje', 'oljetankskip', 'oljetanker', 'oljetankar', 'oil', 'oil tanker'],
    chemical: ['kjemikalie', 'kjemikalier', 'kjemikalietankskip', 'kjemikalietanker', 'kjemikalietankar', 'chemical', 'chemicals', 'chemical tanker'],
    gas: ['gass', 'gasstankskip', 'gasstanker', 'gasstankar', 'gasskip', 'gas', 'gas tanker', 'gas carrier'],
  },
  certificate: {
    D5: dCert(5),
    D4: dCert(4),
    D3: dCert(3),
  },
  tradeCertificate: {
    matros: ['matros', 'fagbrev matros', 'fagbrev som matros', 'matrosfagbrev', 'matrosfaget', 'able seaman', 'ab'],
    fisker: ['fisker', 'fiskar', 'fagbrev fisker', 'fagbrev som fisker', 'fiskerfagbrev', 'fiskerfaget', 'fisherman', 'fisher'],
    none: [
      'nei', 'ingen', 'ingen av delene', 'ingen av dem', 'ingen av dei', 'ikke', 'ikkje', 'ingen fagbrev', 'ikke fagbrev',
      'har ikke fagbrev', 'uten fagbrev', 'nei ingen av delene', 'no', 'none', 'nope', 'nah', 'not', 'neither',
      'no neither', 'none of them', 'no trade certificate', 'without a trade certificate',
    ],
  },
  certificateKind: {
    interim: ['midlertidig', 'midlertidig issc', 'mellombels', 'i-issc', 'iissc', 'interim', 'interim issc', 'temporary'],
    full: [
      'full', 'fullt', 'fulltids', 'fulltids issc', 'fullt issc', 'full issc', 'vanlig issc', 'ordinær issc', 'ordinært issc',
      'full-term', 'full term', 'full-term issc', 'full term issc', 'ordinary', 'ordinary issc',
    ],
  },
  uploadedDocuments: {
    'sea-time': [
      'fartstid', 'fartstidsattest', 'fartstidsbekreftelse', 'fartstidsattester', 'sea time', 'seatime', 'sea-time confirmation',
      'sea service', 'sea time confirmation', 'sjøfartsbok',
    ],
    courses: ['kurs', 'kursbevis', 'kurssertifikat', 'kursattest', 'course', 'courses', 'course certificate', 'course certificates'],
    assessment: ['bedømmelse', 'bedømming', 'assessment', 'assessor'],
    'additional-competence': ['tilleggskompetanse', 'additional competence', 'additional competences'],
    'health-certificate': ['helseerklæring', 'helseattest', 'helseerklæring for sjøfolk', 'health certificate', 'medical certificate', 'medical'],
    education: ['utdanning', 'utdannelse', 'vitnemål', 'education', 'diploma', 'diplomas'],
  },
  ratingPosition: {
    lettmatros: ['lettmatros', 'os', 'ordinary seaman'],
    smorer: ['smører', 'smørar', 'oiler'],
    maskinpasser: ['maskinpasser', 'maskinpassar', 'engine rating'],
    'maskinpasser-lettmatros': [
      'maskinpasser-lettmatros', 'maskinpasser og lettmatros', 'både maskinpasser og lettmatros', 'kombinert maskinpasser og lettmatros',
      'lettmatros og maskinpasser', 'maskinpassar og lettmatros', 'engine rating and ordinary seaman',
      'combined engine rating and ordinary seaman', 'ordinary seaman and engine rating',
    ],
  },
};

/** Answers to a "which documents" question meaning none at all (an empty list). */
export const EMPTY_LIST_WORDS: readonly string[] = [
  'ingenting', 'ingen', 'ingen ting', 'nei', 'ingen dokumenter', 'ingen vedlegg', 'ikke noe', 'ikkje noko', 'ingenting lastet opp',
  'alt er rapportert elektronisk', 'alt rapportert elektronisk', 'alt er innrapportert elektronisk', 'alt elektronisk',
  'alt er innrapportert', 'alt ble rapportert elektronisk', 'har ikke lastet opp noe',
  'nothing', 'none', 'no', 'no documents', 'no attachments', 'nothing uploaded', 'everything was reported electronically',
  'everything is reported electronically', 'all reported electronically', 'all electronic', 'everything electronically',
  'i did not upload anything', 'didnt upload anything', 'did not upload anything',
];

/**
 * Free text (a whole first question) is read more strictly than an answer: only words that name the
 * value whatever the sentence around them. "norsk" alone is not enough for the flag ("norsk rederi",
 * "norsk sertifikat"), "fører" not for the role ("fører norsk flagg"), a bare "1" not for an area.
 */
export const FREE_TEXT_SYNONYMS: Partial<EnumSynonyms> = {
  flag: {
    NO: [
      'norsk flagg', 'norskflagget', 'norskflagga', 'under norsk flagg', 'nis', 'nis-registrert', 'nor-registrert',
      'norskregistrert', 'norsk skip', 'norsk fartøy', 'norsk båt', 'norsk lasteskip', 'norsk passasjerskip', 'norsk fiskefartøy', 'norsk fiskebåt',
      'norsk tankskip', 'norsk ferje', 'norsk ferge',
      'norwegian flag', 'norwegian-flagged', 'norwegian flagged', 'norwegian ship', 'norwegian vessel', 'norwegian boat',
      'norwegian cargo ship', 'norwegian passenger ship', 'norwegian fishing vessel', 'norwegian fishing boat',
    ],
    foreign: [
      'utenlandsk flagg', 'utanlandsk flagg', 'annet flagg', 'utenlandsk skip', 'utenlandsk fartøy', 'utenlandskregistrert',
      'foreign flag', 'foreign-flagged', 'foreign flagged', 'foreign ship', 'foreign vessel', 'other flag',
    ],
  },
  vesselType: {
    passenger: ['passasjerskip', 'passasjerbåt', 'passasjerfartøy', 'passasjerferje', 'ferje', 'ferge', 'bilferje', 'passenger ship', 'passenger vessel', 'passenger boat', 'ferry', 'car ferry', 'cruise ship', 'cruiseskip'],
    cargo: [
      'lasteskip', 'lastebåt', 'lastefartøy', 'frakteskip', 'bulkskip', 'tankskip', 'oljetankskip', 'kjemikalietankskip',
      'gasstankskip', 'containerskip', 'cargo ship', 'cargo vessel', 'cargo boat', 'freighter', 'bulk carrier', 'tanker',
      'container ship',
    ],
    fishing: ['fiskefartøy', 'fiskebåt', 'fiskeskip', 'tråler', 'snurper', 'sjark', 'fishing vessel', 'fishing boat', 'trawler'],
    other: [],
  },
  role: {
    master: ['skipsfører', 'kaptein', 'som master', 'as master', 'as a master', 'as the master', 'be master', 'be a master', 'be the master', 'captain', 'skipper'],
    'chief-mate': ['overstyrmann', 'førstestyrmann', 'chief mate', 'chief officer'],
    'officer-of-the-watch': ['ansvarshavende vaktoffiser', 'vaktoffiser', 'styrmann', 'navigatør', 'officer of the watch', 'officer in charge of a navigational watch', 'oow', 'watch officer'],
  },
  tradingArea: {
    'area-1': ['fartsområde 1', 'fo1', 'trading area 1'],
    'area-2': ['fartsområde 2', 'fo2', 'trading area 2'],
    'area-3': ['fartsområde 3', 'fo3', 'trading area 3'],
    'area-4': ['fartsområde 4', 'fo4', 'trading area 4'],
    'liten-kystfart': ['liten kystfart', 'small coastal trade', 'limited coastal trade'],
    'stor-kystfart': ['stor kystfart', 'extended coastal trade', 'large coastal trade'],
    'nord-og-ostersjofart': ['nord- og østersjøfart', 'nord og østersjøfart', 'north sea and baltic trade'],
    unrestricted: ['ubegrenset fartsområde', 'ubegrenset fart', 'unrestricted trade', 'unrestricted trading area'],
  },
  targetCertificate: {
    D6: dCert(6), D5: dCert(5), D4: dCert(4), D3: dCert(3), D2: dCert(2), D1: dCert(1),
    matros: ['ferdighetssertifikat matros', 'matrossertifikat', 'able seaman certificate'],
    tanker: ['tankermann', 'tankermannsertifikat', 'tanker certificate'],
    igf: ['igf', 'igf-sertifikat', 'igf certificate'],
    other: [],
  },
  certificate: { D5: dCert(5), D4: dCert(4), D3: dCert(3) },
  tankerType: {
    oil: ['oljetankskip', 'oljetanker', 'oil tanker'],
    chemical: ['kjemikalietankskip', 'kjemikalietanker', 'chemical tanker'],
    gas: ['gasstankskip', 'gasstanker', 'gas tanker', 'gas carrier'],
  },
  tradeCertificate: {
    matros: ['fagbrev som matros', 'fagbrev matros', 'matrosfagbrev', 'trade certificate as able seaman'],
    fisker: ['fagbrev som fisker', 'fagbrev fisker', 'fiskerfagbrev', 'trade certificate as fisherman'],
    none: ['uten fagbrev', 'ingen fagbrev', 'har ikke fagbrev', 'no trade certificate', 'without a trade certificate'],
  },
  certificateKind: {
    interim: ['midlertidig issc', 'i-issc', 'interim issc'],
    full: ['fulltids issc', 'fullt issc', 'full-term issc', 'full term issc'],
  },
  serviceOnly: {
    none: [],
    training: ['skoleskip', 'opplæringsfartøy', 'training ship', 'school ship'],
    pilot: ['losbåt', 'lostjeneste', 'pilot boat', 'pilot service'],
    rescue: ['redningsskøyte', 'redningstjeneste', 'rescue service', 'rescue vessel'],
  },
  ratingPosition: {
    lettmatros: ['lettmatros', 'ordinary seaman'],
    smorer: ['smører', 'oiler'],
    maskinpasser: ['maskinpasser'],
    'maskinpasser-lettmatros': ENUM_SYNONYMS.ratingPosition['maskinpasser-lettmatros'],
  },
};

/** "Yes" words: any of these, as the first decisive word, answers yes. */
export const YES_WORDS: readonly string[] = [
  'ja', 'jo', 'japp', 'jepp', 'jada', 'javisst', 'jaså', 'jupp', 'jau', 'jaha', 'yes', 'yep', 'yeah', 'yup', 'yea', 'yess',
  'correct', 'riktig', 'stemmer', 'absolutt', 'absolutely', 'certainly', 'definitely', 'sure', 'selvfølgelig', 'sjølvsagt',
  'selvsagt', 'sant', 'true', 'indeed', 'affirmative',
];

/** Yes words that turn into a no when followed by a negation ("stemmer ikke", "not correct" is caught first). */
export const NEGATABLE_YES_WORDS: readonly string[] = ['riktig', 'stemmer', 'correct', 'sant', 'true'];

/** Affirmative phrases that answer yes when they open the reply ("det har jeg", "I do"). */
export const YES_PHRASES: readonly string[] = [
  'det stemmer', 'det er riktig', 'det har jeg', 'det har vi', 'det har han', 'det har hun', 'det har de', 'det har den',
  'det er det', 'det er jeg', 'det gjør jeg', 'det gjør det', 'det gjør vi', 'det gjer eg', 'det har eg', 'det er eg',
  'thats right', 'that is right', 'thats correct', 'that is correct', 'i do', 'we do', 'i have', 'we have', 'it is', 'it does',
  'it has', 'he has', 'she has', 'they have', 'he does', 'she does', 'they do', 'i did', 'he did', 'she did', 'we did',
  'of course', 'for sure', 'it was', 'he is', 'she is',
];

/** "No" words: any of these, as the first decisive word, answers no. */
export const NO_WORDS: readonly string[] = [
  'nei', 'nope', 'nah', 'no', 'ikke', 'ikkje', 'inte', 'nej', 'not', 'never', 'aldri', 'negative', 'false', 'usant',
  'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'werent', 'havent', 'hasnt', 'hadnt', 'cant', 'cannot', 'wont',
  'wouldnt', 'aint', 'neither',
];

/** Single letters that answer yes only when they are the whole reply. */
export const YES_LETTERS: readonly string[] = ['y', 'j'];
/** Single letters that answer no only when they are the whole reply. */
export const NO_LETTERS: readonly string[] = ['n'];

/** The plainest yes/no words: a reply holding one of each is contradictory ("ja og nei"). */
export const PLAIN_YES: readonly string[] = ['ja', 'jo', 'yes', 'yep', 'yeah', 'yup', 'japp', 'jepp'];
/** The plainest no words (see PLAIN_YES). */
export const PLAIN_NO: readonly string[] = ['nei', 'no', 'nope', 'nah'];

/** Phrases meaning "I don't know" (any fact type). */
export const UNKNOWN_PHRASES: readonly string[] = [
  'vet ikke', 'veit ikke', 'veit ikkje', 'vet ikkje', 'vet ikke helt', 'usikker', 'ikke sikker', 'ikkje sikker', 'aner ikke',
  'aner ikkje', 'ingen anelse', 'ukjent', 'kjenner ikke til', 'husker ikke', 'hugsar ikkje', 'hugser ikkje', 'vanskelig å si',
  'dont know', 'do not know', 'not sure', 'unsure', 'no idea', 'idk', 'unknown', 'no clue', 'dunno', 'not known',
  'cant remember', 'cannot remember', 'dont remember', 'do not remember', 'hard to say', 'cant say',
];

/**
 * Words that negate what follows. In an enum answer such a word that is not itself part of a
 * matched synonym ("ikke lasteskip") makes the reply not understood rather than misread.
 */
export const NEGATION_WORDS: readonly string[] = [
  'ikke', 'ikkje', 'inte', 'not', 'no', 'nei', 'nope', 'nah', 'never', 'aldri', 'ingen', 'none', 'neither', 'verken',
  'hverken', 'unntatt', 'untatt', 'bortsett', 'except', 'excluding', 'uten', 'without', 'ingenting', 'nothing',
  'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'werent', 'havent', 'hasnt', 'cant', 'wont',
];

/** Month names and abbreviations (bokmål, nynorsk, English) with their number. */
export const MONTH_NAMES: Readonly<Record<string, number>> = {
  januar: 1, january: 1, jan: 1,
  februar: 2, february: 2, feb: 2,
  mars: 3, march: 3, mar: 3,
  april: 4, apr: 4,
  mai: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nov: 11,
  desember: 12, december: 12, des: 12, dec: 12,
};

/** Words for today and the days around it, with their offset in days from today. */
export const RELATIVE_DAYS: Readonly<Record<string, number>> = {
  'i dag': 0, idag: 0, today: 0,
  'i går': -1, igår: -1, yesterday: -1,
  'i forgårs': -2, iforgårs: -2, 'the day before yesterday': -2, 'day before yesterday': -2,
  'i morgen': 1, imorgen: 1, 'i morgon': 1, imorgon: 1, tomorrow: 1,
  'i overmorgen': 2, 'i overmorgon': 2, 'the day after tomorrow': 2, 'day after tomorrow': 2,
};

/** Number words 0–19 (bokmål, nynorsk, English). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  null: 0, zero: 0,
  ett: 1, eitt: 1, one: 1,
  to: 2, two: 2, tre: 3, three: 3, fire: 4, four: 4, fem: 5, five: 5, seks: 6, six: 6, sju: 7, syv: 7, seven: 7,
  åtte: 8, eight: 8, ni: 9, nine: 9, ti: 10, ten: 10, elleve: 11, eleven: 11, tolv: 12, twelve: 12,
  tretten: 13, thirteen: 13, fjorten: 14, fourteen: 14, femten: 15, fifteen: 15, seksten: 16, sixteen: 16,
  sytten: 17, seventeen: 17, atten: 18, eighteen: 18, nitten: 19, nineteen: 19,
  hundre: 100, hundred: 100,
};

/** Articles that mean "one" only right before a unit ("en måned", "a year"), never alone. */
export const ARTICLE_ONE: readonly string[] = ['en', 'ei', 'ein', 'et', 'eit', 'a', 'an'];

/** Tens (20–90); a ones word may follow, joined or not ("tjuefire", "twenty-four"). */
export const TENS_WORDS: Readonly<Record<string, number>> = {
  tjue: 20, tyve: 20, twenty: 20, tretti: 30, tredve: 30, thirty: 30, førti: 40, forty: 40, femti: 50, fifty: 50,
  seksti: 60, sixty: 60, sytti: 70, seventy: 70, åtti: 80, eighty: 80, nitti: 90, ninety: 90,
};

/** Fractions said in words. */
export const FRACTION_WORDS: Readonly<Record<string, number>> = {
  halvannen: 1.5, halvannet: 1.5, halvanna: 1.5, 'one and a half': 1.5, 'en og en halv': 1.5, 'ett og et halvt': 1.5,
  'eitt og eit halvt': 1.5, 'ein og ein halv': 1.5,
  'et halvt': 0.5, 'eit halvt': 0.5, 'en halv': 0.5, 'ei halv': 0.5, 'ein halv': 0.5, halvt: 0.5, halv: 0.5,
  'half a': 0.5, 'half an': 0.5, 'a half': 0.5,
};

/** Words for "none" that mean 0 when a count of months, days or hours is asked for. */
export const ZERO_WORDS: readonly string[] = ['ingen', 'ingenting', 'ikke noe', 'ikkje noko', 'none', 'nothing', 'null', 'zero'];

/** The units of a quantity the user may state, and the words for them. */
export type UnitKind = 'm' | 'cm' | 'GT' | 'persons' | 'years' | 'months' | 'weeks' | 'days' | 'hours' | 'minutes' | 'other';

/** Words for each unit ('other' = a unit Losen never converts from, so the reply is not understood). */
export const UNIT_WORDS: Readonly<Record<UnitKind, readonly string[]>> = {
  m: ['m', 'meter', 'meters', 'metre', 'metres', 'mtr', 'meters long', 'meter lang'],
  cm: ['cm', 'centimeter', 'centimeters', 'centimetre', 'centimetres'],
  GT: ['bt', 'gt', 'bruttotonn', 'bruttotonnasje', 'brutto tonn', 'brutto', 'gross tonnage', 'gross tons', 'gross tonnes', 'gross ton', 'gross'],
  persons: [
    'personer', 'person', 'personar', 'pers', 'stk', 'stykker', 'mann', 'folk', 'people', 'persons', 'crew', 'crew members',
    'crewmembers', 'mannskap', 'besetningsmedlemmer', 'sjøfolk', 'seafarers',
  ],
  years: ['år', 'års', 'åra', 'aar', 'years', 'year', 'yrs', 'yr'],
  months: ['måneder', 'måned', 'måneders', 'månedar', 'månader', 'månad', 'mnd', 'mndr', 'mån', 'md', 'months', 'month', 'mos', 'mo', 'mths', 'mth'],
  weeks: ['uker', 'uke', 'ukers', 'veker', 'veke', 'weeks', 'week', 'wks', 'wk'],
  days: ['dager', 'dag', 'dagers', 'dagar', 'døgn', 'days', 'day', 'd'],
  hours: ['timer', 'time', 'timar', 'tima', 'timers', 'hours', 'hour', 'hrs', 'hr', 't', 'h'],
  minutes: ['minutter', 'minutt', 'min', 'minutes', 'minute', 'mins'],
  other: [
    'tonn', 'tonnes', 'tons', 'ton', 'dwt', 'brt', 'grt', 'nt', 'nettotonn', 'kg', 'km', 'nm', 'nautiske mil', 'nautical miles',
    'mil', 'miles', 'knop', 'knots', 'kn', '%', 'prosent', 'percent', 'kr', 'nok', 'kroner', 'sekunder', 'seconds', 'sek',
    'ft', 'fot', 'feet', 'foot', 'tommer', 'inches',
  ],
};

/** Words that make a number a bound rather than a value ("over 500", "mindre enn 24"). */
export const COMPARATIVE_WORDS: readonly string[] = [
  'over', 'under', 'mer enn', 'mere enn', 'mindre enn', 'flere enn', 'færre enn', 'minst', 'maks', 'maksimalt', 'maksimum',
  'minimum', 'opptil', 'inntil', 'nesten', 'drøyt', 'snaut', 'godt over', 'litt over', 'litt under', 'rett under',
  'more than', 'less than', 'fewer than', 'at least', 'at most', 'up to', 'nearly', 'almost', 'above', 'below', 'max',
  'maximum', 'just under', 'just over', '>', '<', '≥', '≤',
];

/** Words after a number that make it a bound ("45 or more", "12 eller flere"; a trailing "+" is handled by the parser). */
export const TRAILING_COMPARATIVE_WORDS: readonly string[] = [
  'eller mer', 'eller mere', 'eller flere', 'eller mindre', 'eller færre', 'eller meir', 'eller fleire', 'og oppover', 'og mer',
  'or more', 'or less', 'or fewer', 'or over', 'or under', 'and more', 'and up',
];

/** Words that only say a number is approximate; they are ignored ("ca. 40" is 40). */
export const APPROX_WORDS: readonly string[] = [
  'ca', 'ca.', 'c.', 'cirka', 'circa', 'omtrent', 'omkring', 'rundt', 'rundt regnet', 'sånn', 'sånn ca', 'about',
  'around', 'approximately', 'approx', 'approx.', 'roughly', 'some', '~',
];

/**
 * Labels that tie a number or date in free text to a fact: `before` comes right before it
 * ("største lengde er 14,9 m", "utstedt 1. juni 2024"), `after` right after it ("14,9 m LOA",
 * "14 måneder som vaktoffiser"). Keyed by the fact's catalogue key.
 */
export const FACT_LABELS: Readonly<Record<string, { readonly before?: readonly string[]; readonly after?: readonly string[] }>> = {
  lengthL: {
    before: ['lengde (l)', 'lengde l', 'length (l)', 'length l', 'registrert lengde', 'registered length', '(l)', 'l'],
    after: ['(l)', 'lengde (l)', 'length (l)'],
  },
  lengthOverall: {
    before: ['største lengde', 'length overall', 'overall length', 'lengde over alt', 'lengde overalt', 'loa', 'l.o.a.'],
    after: ['loa', 'største lengde', 'length overall', 'overall', 'lengde over alt', 'lengde overalt'],
  },
  grossTonnage: { before: ['bruttotonnasje', 'brutto tonnasje', 'bruttotonnasjen', 'gross tonnage', 'bt', 'gt'] },
  safetyManning: {
    before: ['sikkerhetsbemanning', 'sikkerhetsbemanningen', 'minste sikkerhetsbemanning', 'safety manning', 'safe manning', 'minimum safe manning'],
    after: ['sikkerhetsbemanning', 'sikkerhetsbemanningen', 'safety manning', 'safe manning'],
  },
  crewSize: {
    before: ['mannskap', 'mannskapet', 'besetning', 'besetningen', 'crew', 'crew size'],
    after: ['mannskap', 'mannskapet', 'besetning', 'crew', 'crew members'],
  },
  age: {
    before: ['alder', 'age', 'aged', 'jeg er', 'eg er', 'i am', "i'm", 'han er', 'hun er', 'ho er', 'he is', "he's", 'she is', "she's"],
    after: ['gammel', 'gamal', 'gamle', 'gml', 'old', 'of age'],
  },
  monthsAsOfficerOfTheWatch: {
    after: [
      'fartstid som ansvarshavende vaktoffiser', 'fartstid som vaktoffiser', 'ansvarshavende vaktoffiser', 'vaktoffiser', 'navigatør',
      'styrmann', 'officer of the watch', 'an officer of the watch', 'oow', 'watch officer', 'officer in charge of a navigational watch',
      'sea time as officer of the watch',
    ],
  },
  monthsAsOrdinarySeaman: { after: ['lettmatros', 'ordinary seaman', 'an ordinary seaman', 'fartstid som lettmatros', 'tjenestetid som lettmatros'] },
  monthsDeckService: {
    after: ['dekk', 'deck', 'dekkstjeneste', 'deck service', 'of deck service', 'tjenestetid på dekk', 'tjeneste på dekk', 'fartstid på dekk'],
  },
  monthsEngineService: {
    after: [
      'maskin', 'maskinen', 'maskinrommet', 'engine', 'engine room', 'engine-room', 'engine service', 'engine-room service',
      'of engine service', 'maskintjeneste', 'tjenestetid i maskin', 'tjeneste i maskin',
    ],
  },
  issueDate: { before: ['utstedt', 'utstedelsesdato', 'utstedelse', 'utferdiget', 'issued', 'issue date', 'date of issue', 'issuing date'] },
  expiryDate: {
    before: [
      'utløper', 'utløpsdato', 'gyldig til', 'gyldig til og med', 'gyldig tom', 'går ut', 'expires', 'expiry date', 'expiry',
      'expiration date', 'expiration', 'valid until', 'valid to', 'valid through', 'expiring',
    ],
  },
  verificationDate: {
    before: ['verifikasjon', 'verifikasjonen', 'fornyelsesverifikasjon', 'fornyelsesverifikasjonen', 'verifisert', 'verification', 'renewal verification', 'verified'],
  },
  seafarerBirthDate: { before: ['født', 'fødselsdato', 'born', 'date of birth', 'birth date', 'dob'] },
};

/** Words allowed between a label and its number ("lengde (L) på 24 m", "safety manning of 12"). */
export const NUMBER_LINK_WORDS: readonly string[] = ['på', 'er', 'is', 'of', 'av', 'was', 'var', 'lik', 'består av', 'consists of', 'at'];
/** Words allowed between a number and its label after it ("10 personer i sikkerhetsbemanningen", "2 år på dekk"). */
export const AFTER_LINK_WORDS: readonly string[] = ['i', 'in', 'på', 'on', 'the', 'som', 'as'];
/** Words allowed between a date label and the date ("ble utstedt den 1. juni", "will be carried out on"). */
export const DATE_LINK_WORDS: readonly string[] = [
  'den', 'on', 'the', 'på', 'er', 'is', 'was', 'ble', 'blir', 'var', 'vil', 'will', 'be', 'been', 'skal', 'dato', 'date', 'at', 'per', 'i',
  'gjennomført', 'gjennomføres', 'utført', 'utføres', 'holdt', 'carried out', 'held', 'done', 'planned', 'planlagt',
];
/** Words before the first date of a period ("fra … til …", "from … to …"). */
export const PERIOD_FROM_WORDS: readonly string[] = ['fra', 'fra og med', 'fom', 'f.o.m.', 'from', 'between', 'mellom', 'periode', 'period', 'perioden'];
/** Words between the two dates of a period. */
export const PERIOD_TO_WORDS: readonly string[] = ['til', 'til og med', 'tom', 't.o.m.', 'to', 'until', 'through', 'og', 'and', '-'];

/** "Per day" after a number of hours ("12 timer per dag", "12 hours a day"). */
export const PER_DAY_WORDS: readonly string[] = [
  'per dag', 'pr dag', 'pr. dag', 'om dagen', 'i døgnet', 'per døgn', 'hver dag', 'i snitt per dag', 'daglig', 'a day', 'per day',
  'each day', 'every day', 'an day', '/dag', '/day', '/døgn', 'daily',
];
/** Words between days and hours in "20 dager à 12 timer", "20 days of 12 hours". */
export const DAYS_AT_HOURS_WORDS: readonly string[] = ['à', 'a', '@', 'x', '×', '*', 'of', 'at', 'med', 'på', 'with', ','];
/** Words between hours per day and days in "12 timer per dag i 20 dager", "12 hours a day for 20 days". */
export const HOURS_FOR_DAYS_WORDS: readonly string[] = [',', 'i', 'in', 'for', 'over', 'gjennom', 'på', 'during'];
/** Words that show persons on board include passengers, so a head count is not the safety manning. */
export const PASSENGER_WORDS: readonly string[] = ['passasjer', 'passasjerer', 'passasjerar', 'passenger', 'passengers', 'pax'];
/** Words that mention days (so a number of hours is not the total). */
export const DAY_WORDS: readonly string[] = ['dag', 'dager', 'dagen', 'dagar', 'dagers', 'døgn', 'daglig', 'day', 'days', 'daily'];

/** Lead-in phrases stripped from a free-text answer ("han heter Ola" → "Ola"). */
export const TEXT_LEAD_INS: readonly string[] = [
  'han heter', 'hun heter', 'hen heter', 'jeg heter', 'eg heiter', 'han heiter', 'ho heiter', 'navnet er', 'namnet er',
  'navnet hans er', 'navnet hennes er', 'det heter', 'den heter', 'båten heter', 'skipet heter', 'fartøyet heter',
  'kallesignalet er', 'kallesignal er', 'kallesignal', 'stillingen var', 'stillingen er', 'navn',
  "he's called", 'he is called', "she's called", 'she is called', 'the name is', 'his name is', 'her name is', 'my name is',
  "it's called", 'it is called', 'the vessel is called', 'the ship is called', 'the boat is called', 'the call sign is',
  'call sign is', 'call sign', 'callsign', 'name is', 'name', "it's", 'it is', 'det er',
];

/**
 * Replies deliberately not understood, because mapping them would be a guess; the user is asked
 * again (with the choices). Kept as data so the tests check each one and the reasons stay written.
 */
export const DELIBERATELY_UNMAPPED: readonly { readonly fact: FactKey; readonly replies: readonly string[]; readonly why: string }[] = [
  { fact: 'vesselType', replies: ['arbeidsbåt', 'workboat', 'work boat'], why: 'A workboat may be a cargo ship or something else.' },
  { fact: 'vesselType', replies: ['hurtigbåt', 'high-speed craft'], why: 'Usually a passenger craft, but not always.' },
  { fact: 'vesselType', replies: ['brønnbåt', 'wellboat', 'supply ship', 'forsyningsskip'], why: 'Treated as cargo ships in practice, but not certain from a reply.' },
  { fact: 'vesselType', replies: ['fritidsbåt', 'leisure boat'], why: 'Not clearly "other".' },
  { fact: 'tankerType', replies: ['LNG', 'LPG'], why: 'Only explicit gas words are mapped.' },
  { fact: 'ratingPosition', replies: ['motormann', 'motorman'], why: '§ 80 treats some motormen like maskinpasser, but not all.' },
  { fact: 'signerRole', replies: ['arbeidsgiver', 'employer', 'reder', 'shipowner'], why: 'Could be the company representative or the owner.' },
  { fact: 'signerRole', replies: ['meg selv', 'myself'], why: 'Not a role (self-signing is asked separately).' },
  { fact: 'flag', replies: ['ja', 'yes', 'nei', 'no'], why: 'The question is "Norwegian or foreign?", so yes/no answers nothing.' },
  { fact: 'flag', replies: ['Panama', 'Malta', 'Bahamas'], why: 'Only explicit words (utenlandsk, foreign, annet flagg, other flag) mean foreign.' },
  { fact: 'grossTonnage', replies: ['45 tonn', '45 tons', '45 BRT', '45 DWT'], why: 'Tons may be displacement, deadweight or old register tons, not GT.' },
  { fact: 'lengthOverall', replies: ['49 ft', '49 fot'], why: 'Only metres are accepted, so a converted length is never shown as if stated.' },
  { fact: 'grossTonnage', replies: ['over 500', 'under 500', 'minst 500', 'at least 500', '500+'], why: 'A bound is not a value.' },
  { fact: 'issueDate', replies: ['1. juni', 'June 1'], why: 'A date without a year could be any year.' },
  { fact: 'seafarerBirthDate', replies: ['17.04.90'], why: 'A two-digit year needs a guessed century.' },
];
