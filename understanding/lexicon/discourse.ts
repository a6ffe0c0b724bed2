/**
 * Words that tell what a message DOES rather than what it is about, in bokmål, nynorsk and English:
 * where a question starts, where one message holds a second question, a correction ("sorry, it's
 * 45 GT, not 60") and a what-if ("hva om det er 45 BT?"), and which rating position a question asks
 * about. Pure data, written in lower case with Norwegian letters (folded before matching).
 */
import type { RoutableTopicId } from '../../rules/topics.js';

/**
 * Words that open a question when they start a sentence: question words and the verbs a yes/no
 * question starts with ("Trenger vi …", "Må jeg …", "Do we …").
 */
export const QUESTION_OPENERS: readonly string[] = [
  // bokmål
  'hva',
  'hvordan',
  'hvor',
  'hvorfor',
  'hvem',
  'hvilken',
  'hvilket',
  'hvilke',
  'når',
  'trenger',
  'må',
  'kan',
  'skal',
  'bør',
  'er',
  'har',
  'gjelder',
  'får',
  'blir',
  'holder',
  'vil',
  'finnes',
  'kreves',
  'stemmer',
  // nynorsk
  'kva',
  'korleis',
  'kor',
  'kvifor',
  'kven',
  'kva for',
  'treng',
  'gjeld',
  'vert',
  // English
  'what',
  'how',
  'where',
  'why',
  'who',
  'which',
  'when',
  'do',
  'does',
  'did',
  'can',
  'could',
  'must',
  'is',
  'are',
  'should',
  'will',
  'would',
  'may',
  'might',
  'have',
  'has',
];

/**
 * Subjects that follow a question verb after "og" / "and" when a second question starts
 * ("…, og må VI ha skipskokk?", "… and do WE need a cook?").
 */
export const QUESTION_SUBJECTS: readonly string[] = [
  'vi',
  'jeg',
  'eg',
  'man',
  'ein',
  'dere',
  'de',
  'dei',
  'han',
  'hun',
  'ho',
  'det',
  'den',
  'skipet',
  'båten',
  'fartøyet',
  'we',
  'i',
  'you',
  'they',
  'he',
  'she',
  'it',
  'the',
  'our',
  'my',
];

/** Words that join two questions in one sentence ("…, og må vi …", "… and do we …"). */
export const QUESTION_JOINERS: readonly string[] = [
  'og',
  'and',
  'samt',
  'også',
  'also',
  'dessuten',
  'plus',
  // «…, og i så fall hvordan søker vi?», "…, and if so how do we apply?"
  'og i så fall',
  'og i so fall',
  'og isåfall',
  'og viss ja',
  'og hvis ja',
  'og hvis så',
  'and if so',
  'and if yes',
  'and in that case',
];

/**
 * What a further question that names nothing itself is about ("… and whether our office manager can
 * sign it?", "… and how to apply."): the thing the question before it named, by that question's topic
 * family (or its topic, where that names a more particular thing). The further question is read with
 * this name after it; a family with no one thing (ratings, deck officers, contact) has none.
 */
export const REFERRED_OBJECTS: Readonly<
  Record<string, { readonly nb: string; readonly nn: string; readonly en: string }>
> = {
  manning: { nb: 'bemanningssertifikat', nn: 'bemanningssertifikat', en: 'manning certificate' },
  cook: { nb: 'skipskokk', nn: 'skipskokk', en: "ship's cook" },
  d6: { nb: 'D6-sertifikat', nn: 'D6-sertifikat', en: 'D6 certificate' },
  seatime: { nb: 'rapportering av fartstid', nn: 'rapportering av fartstid', en: 'sea-time reporting' },
  // A topic whose one thing is more particular than its family's.
  'seatime.confirmation': { nb: 'fartstidsbekreftelse', nn: 'stadfesting av fartstid', en: 'sea-time confirmation' },
  'seatime.who-can-confirm': { nb: 'bekrefte fartstid', nn: 'stadfeste fartstid', en: 'confirm sea time' },
  'seatime.what-counts': { nb: 'som fartstid', nn: 'som fartstid', en: 'as sea time' },
  'seatime.mobile-units': { nb: 'flyttbar innretning', nn: 'flyttbar innretning', en: 'mobile unit' },
  'manning.other-duties': {
    nb: 'andre oppgaver for sikkerhetsbemanningen',
    nn: 'andre oppgåver for sikkerheitsbemanninga',
    en: 'other duties for the safety crew',
  },
  'manning.engine-knowledgeable': { nb: 'maskinkyndig', nn: 'maskinkyndig', en: 'maskinkyndig' },
  'manning.day-schedule': { nb: 'dagordning', nn: 'dagordning', en: 'dagordning' },
  'manning.lay-up': { nb: 'i opplag', nn: 'i opplag', en: 'in lay-up' },
  health: { nb: 'helseerklæring', nn: 'helseerklæring', en: 'health certificate' },
  aps: { nb: 'søknad om sertifikat', nn: 'søknad om sertifikat', en: 'certificate application' },
  isps: { nb: 'ISSC', nn: 'ISSC', en: 'ISSC' },
  // The ratings and the deck certificates, each by its own name («can practical training count?»
  // after the ordinary seaman's requirement, «korleis får eg det då?» after master rights).
  'ratings.lettmatros': { nb: 'lettmatros', nn: 'lettmatros', en: 'ordinary seaman' },
  'ratings.smorer': { nb: 'smører', nn: 'smørjar', en: 'oiler' },
  'ratings.maskinpasser': { nb: 'maskinpasser', nn: 'maskinpasser', en: 'maskinpasser' },
  'ratings.maskinpasser-lettmatros': {
    nb: 'maskinpasser-lettmatros',
    nn: 'maskinpasser-lettmatros',
    en: 'maskinpasser-lettmatros',
  },
  'ratings.matros': { nb: 'matros', nn: 'matros', en: 'able seaman' },
  'deck.master-rights': { nb: 'førerrettigheter', nn: 'førarrettar', en: 'master rights' },
  'deck.cadet': { nb: 'kadett', nn: 'kadett', en: 'cadet' },
};

/**
 * A narrower name for what the conversation is about, tried only when a follow-up read with the
 * family's name (REFERRED_OBJECTS) fits no topic, and only to find the same topic again: "what info
 * do we need to send?" after D6 in the manning certificate is that answer, while "will it then get
 * an expiry date?" still reads as the manning certificate's expiry.
 */
export const SAME_TOPIC_OBJECTS: Readonly<
  Record<string, { readonly nb: string; readonly nn: string; readonly en: string }>
> = {
  'manning.other-duties': {
    nb: 'tilleggsoppgaver for sikkerhetsbemanningen',
    nn: 'tilleggsoppgåver for sikkerheitsbemanninga',
    en: 'additional tasks of the safe manning',
  },
  'manning.repositioning': {
    nb: 'flytting av skipet uten passasjerer',
    nn: 'flytting av skipet utan passasjerar',
    en: 'relocating the ship without passengers',
  },
  'seatime.positions': {
    nb: 'registrering av stilling i fartstid',
    nn: 'registrering av stilling i fartstida',
    en: 'position registered for sea time',
  },
  'seatime.calculate': { nb: 'fartstidsdager', nn: 'fartstidsdagar', en: 'sea-time days' },
  'manning.d6-update': {
    nb: 'D6 i bemanningssertifikatet',
    nn: 'D6 i bemanningssertifikatet',
    en: 'D6 in the manning certificate',
  },
};

/**
 * Topics whose answer is how to go about something: a question beside them that names nothing and
 * asks how («Korleis går vi fram?», "how do we apply?", `HOW_WORDS`) asks for that answer, not
 * another topic's.
 */
export const PROCEDURE_TOPICS: ReadonlySet<string> = new Set([
  'manning.stcw-update',
  'manning.d6-update',
  'manning.how-to-apply',
  'seatime.how-to-document',
  'seatime.employer-reporting',
  'isps.process',
  'isps.interim',
]);

/** «samme?», "same?", «likt?»: the question just answered again, with a value swapped ("and D4, same?"). */
export const SAME_AGAIN_WORDS: readonly string[] = [
  'same',
  'the same',
  'samme',
  'det samme',
  'likt',
  'likedan',
  'too',
  'også',
];

/** Words between a value and the one it takes back ("45 not 60", «45 ikkje 60», "45 instead of 60"). */
export const TAKEN_BACK_WORDS: readonly string[] = ['not', 'ikke', 'ikkje', 'istedenfor', 'i staden for', 'instead of'];

/** Openings of an elliptic follow-up («og …», «hva med …», "and …", "what about …"): the question just asked, continued. */
export const ELLIPTIC_OPENERS: readonly string[] = [
  'og',
  'and',
  'hva med',
  'kva med',
  'what about',
  'how about',
  'men',
  'but',
];

/**
 * Words right before a value that a question quotes as a rule's limit or asks the meaning of
 * («gjelder grensen på 500 BT …?», «må jeg være fylt 20 år?», «teller 12 måneder som overstyrmann?»,
 * «hva betyr stor kystfart?»): the value is quoted, not the user's fact. A word or two may stand
 * between («må jeg være fylt 20 år»).
 */
export const QUOTED_BEFORE_WORDS: readonly string[] = [
  'grense på',
  'grensa på',
  'grensen på',
  'grensene på',
  'grense for',
  'limit of',
  'the limit of',
  'threshold of',
  'kravet på',
  'kravet om',
  'er kravet',
  'er grensa',
  'er grensen',
  'is the limit',
  'is the requirement',
  'krav om',
  'krav på',
  'the requirement of',
  'requirement of',
  'hva betyr',
  'kva betyr',
  'hva menes med',
  'kva meiner ein med',
  'kva er meint med',
  'what does',
  'what is meant by',
  'hva er egentlig',
  'kva er eigentleg',
  'hva er forskjellen på',
  'kva er skilnaden på',
  'what is the difference between',
];
/**
 * Words right before a number a question quotes as a requirement («må jeg være fylt 20 år?», «teller
 * 12 måneder som overstyrmann?»): only a number after them is quoted («teller fartstid på fiskebåt?»
 * still says the vessel).
 */
export const QUOTED_NUMBER_BEFORE_WORDS: readonly string[] = [
  'må jeg være',
  'må eg vere',
  'må man være',
  'må ein vere',
  'må han være',
  'må han vere',
  'må hun være',
  'må ho vere',
  'må de være',
  'må dei vere',
  'must i be',
  'must he be',
  'do i have to be',
  'do i need to be',
  'does he have to be',
  'does he need to be',
  'teller',
  'tel',
  'telle',
  'telje',
  'counts',
];
/** Words right after a value a question quotes as a rule's limit («er det 50 BT som er grensa?», "is 500 GT the limit?"). */
export const QUOTED_AFTER_WORDS: readonly string[] = [
  'som er grensa',
  'som er grensen',
  'som er grense',
  'som er kravet',
  'som gjelder',
  'som gjeld',
  'the limit',
  'limit',
  'the threshold',
  'the requirement',
  'grensa',
  'grensen',
  'mean',
  'means',
  'betyr',
  'egentlig betyr',
  'eigentleg betyr',
];

/**
 * Pronouns that end a short follow-up and point back at what was just answered («kven skal signere
 * det?», "who signs it?"): the question is about that, whatever topic its verb alone would have.
 */
export const BACK_REFERENCE_PRONOUNS: readonly string[] = [
  'det',
  'den',
  'dei',
  'dem',
  'dette',
  'denne',
  'disse',
  'desse',
  // nynorsk's gendered «it» («Kor lenge gjeld ho?» of the health certificate, «signere han?» of the attest)
  'ho',
  'han',
  'it',
  'them',
  'that',
  'this',
  'those',
  'these',
];

/** Words that ask whether what was just said holds for something else too («gjeld det same for D5?»). */
export const SAME_AS_BEFORE_WORDS: readonly string[] = [
  'det same',
  'det samme',
  'the same',
  'same for',
  'same with',
  'også for',
  'òg for',
];

/** Words of owning before what a question names ("what about OUR ISSC?", «kva med DEN?»). */
export const POSSESSIVES: readonly string[] = [
  'our',
  'my',
  'the',
  'your',
  'his',
  'her',
  'vår',
  'vårt',
  'våre',
  'min',
  'mitt',
  'mine',
  'mi',
  'den',
  'det',
  'dei',
  'de',
];

/** Openings of a further question that is an alternative to the one before it («Eller …?», "or …?"). */
export const ALTERNATIVE_OPENERS: readonly string[] = ['eller', 'elles', 'or'];

/** Words that say a question asks something besides («også», "also", «i tillegg»). */
export const ALSO_WORDS: readonly string[] = [
  'also',
  'as well',
  'in addition',
  'besides',
  'også',
  'òg',
  'i tillegg',
  'dessuten',
  'attåt',
];

/** Words that ask how to go about something. */
export const HOW_WORDS: readonly string[] = [
  'hvordan',
  'korleis',
  'kossen',
  'åssen',
  'how',
  'what do we do',
  'what should we do',
  'what must we do',
  'hva gjør vi',
  'hva må vi gjøre',
  'kva gjer vi',
  'kva må vi gjere',
  'går vi fram',
  'gå fram',
];

/**
 * Questions beside the main one that ask nothing of their own: whether the user understood right, or
 * whether Losen can help. Outside the catalogue they are no further question to say "I can't answer" to.
 */
export const CONFIRMING_QUESTIONS: readonly string[] = [
  'can you help',
  'could you help',
  'can you please help',
  'could you please help',
  'can you assist',
  'could you assist',
  'kan du hjelpe',
  'kan du hjelpa',
  'kan dere hjelpe',
  'kan de hjelpe',
  'kan de hjelpa',
  'kan du svare',
  'is that right',
  'is this right',
  'is that correct',
  'is this correct',
  'is that true',
  'is it true',
  'is that so',
  'am i right',
  'correct',
  'right',
  'stemmer det',
  'stemmer dette',
  'er det riktig',
  'er dette riktig',
  'er det rett',
  'er dette rett',
  'har jeg rett',
  'har eg rett',
  'har jeg forstått',
  'har eg forstått',
  'any advice',
  'noen råd',
  'nokre råd',
  'thanks',
  'takk',
];

/** Words joining two things needed in one question («skipskokk og bemanningssertifikat», "a cook and a manning certificate"). */
export const OBJECT_JOINERS: readonly string[] = ['og', 'and', '&', 'samt', 'plus'];

/**
 * Words that make a message a correction of something said before, anywhere in it
 * ("sorry, it's 45 GT", "45 BT, faktisk", "jeg mente 45").
 */
export const CORRECTION_WORDS: readonly string[] = [
  'sorry',
  'beklager',
  'unnskyld',
  'orsak',
  'oops',
  'oi',
  'actually',
  'faktisk',
  'egentlig',
  'eigentleg',
  'jeg mente',
  'eg meinte',
  'i meant',
  'i mean',
  'meant',
  'mente',
  'meinte',
  'rettelse',
  'retting',
  'correction',
  'feil',
  'wrong',
  'my mistake',
  'min feil',
  'typo',
  'skrivefeil',
  'skal være',
  'skulle vært',
  'skal vere',
  'skulle vore',
  'should be',
  'should have been',
  'wait',
  'vent',
  'rettere sagt',
  'rather',
];

/** "No" words that start a correction when a new value follows ("nei, 45", "no, 45 GT"). */
export const CORRECTION_OPENERS: readonly string[] = ['nei', 'no', 'nope', 'næ'];

/**
 * Between two values of the same kind in one message, words that make the second replace the first
 * («utstedt 01.02.2025 – nei, 01.02.2024», «sikkerhetsbemanning 8, eller egentlig 11», "10.11.2026 –
 * no, moved to 15.01.2027"). Used with CORRECTION_WORDS.
 */
export const SELF_CORRECTION_WORDS: readonly string[] = [
  'nei',
  'nope',
  'eller egentlig',
  'eller eigentleg',
  'or rather',
  'or actually',
  'nei forresten',
  'forresten',
  'flyttet til',
  'flytta til',
  'moved to',
  'changed to',
  'endret til',
  'endra til',
  'eg hugsar feil',
  'jeg husker feil',
  'i remember wrong',
];

/**
 * An English "no" that takes back the value just written ("100 days, no wait, 80", "17 - no, 18"):
 * only with a comma or a word of correcting after it, as "45 GT, no passengers, 12 crew" takes
 * nothing back.
 */
export const NO_CORRECTING: readonly string[] = ['no,', 'no wait', 'no sorry', 'no actually', 'nope,', 'no no'];

/**
 * Words before a value the user takes back ("not 60", "ikke 60", "i stedet for 60"): that value is
 * the old one, never a new fact.
 */
export const REJECTED_VALUE_WORDS: readonly string[] = [
  'ikke',
  'ikkje',
  'not',
  'isnt',
  'i stedet for',
  'i steden for',
  'istedenfor',
  'i staden for',
  'istadenfor',
  'heller enn',
  'instead of',
  'rather than',
  'and not',
  'og ikke',
  // Round 13: "I don't have 12 months …, only 9", «vi har ikkje 10 i sikkerheitsbemanninga, berre 8».
  "don't have",
  'dont have',
  'do not have',
  "doesn't have",
  'does not have',
  "haven't got",
  "haven't",
  'have not',
  'havent',
  "we don't have",
  'har ikke',
  'har ikkje',
  'ikke har',
  'ikkje har',
  'har ikke enda',
  'har ikkje enno',
  'er ikke',
  'er ikkje',
  "aren't",
  "isn't",
  'are not',
  'is not',
  'was not',
  "wasn't",
];

/**
 * Openings of a what-if: the same case with one fact changed ("hva om det er 45 BT?", "and if we
 * are 9?"). Matched at the start of the message, after a filler word (see `WHAT_IF_FILLERS`).
 */
export const WHAT_IF_OPENERS: readonly string[] = [
  'hva om',
  'hva hvis',
  'hva dersom',
  'hva med',
  'og hvis',
  'og om',
  'og dersom',
  'og med',
  'enn',
  'enn om',
  'enn hvis',
  'men hvis',
  'men om',
  'om det er',
  'hvis det er',
  'hvis vi er',
  'hvis jeg har',
  'kva om',
  'kva viss',
  'kva dersom',
  'kva med',
  // Dialect: «ka om han va 50?», «kå om», «ka viss»
  'ka om',
  'ka viss',
  'ka med',
  'kå om',
  'kå viss',
  'åffer ikkje',
  'viss han hadde vore',
  'viss det hadde vore',
  'om det hadde vore',
  'om han hadde vore',
  'hvis det hadde vært',
  'hvis den hadde vært',
  'hvis han hadde vært',
  // «og for 180?», "and for 180 days?": the same question for another amount
  'og for',
  'and for',
  'og til',
  'og viss',
  'men viss',
  'viss det er',
  'viss vi er',
  // «og som 19-åring?», "and as a 19 year old on a 20 m one?", «og på ein 20 m båt?»: the same case, other facts
  'og som',
  'og på',
  'and as',
  'and on',
  'what if',
  'and if',
  'but if',
  'what about',
  'how about',
  'and what about',
  'and with',
  'if it is',
  'if its',
  'if we are',
  'if were',
  'if we have',
  'if i have',
  'suppose',
  'supposing',
];

/** Abbreviations written with full stops, without their last one, that never end a sentence (not «osv.» or "etc."). */
export const ABBREVIATIONS: readonly string[] = [
  't.d',
  'f.eks',
  'f.ex',
  'bl.a',
  'm.a',
  'e.g',
  'i.e',
  'dvs',
  'pga',
  'ca',
  'jf',
  'jfr',
  'nr',
  'approx',
];

/**
 * Conditional words that make a question a what-if from the middle of it, when a number follows
 * («og hvor lenge er den gyldig hvis jeg var 17?», "would we need one if we were 12?"). Read only
 * after a decision, when no question waits for its answer.
 */
export const WHAT_IF_CLAUSES: readonly string[] = ['hvis', 'viss', 'dersom', 'if'];

/** Words that may come before a what-if opening ("ok, hva om …", "but what if …"). */
export const WHAT_IF_FILLERS: readonly string[] = [
  'ok',
  'okay',
  'okei',
  'greit',
  'så',
  'so',
  'men',
  'but',
  'hmm',
  'og',
  'and',
];

/**
 * The rating position a question asks about, by topic: "Hva er kravet til matros?" asks about
 * matros even when it also says "7 måneder som lettmatros".
 */
export const ASKED_POSITIONS: Readonly<Partial<Record<RoutableTopicId, readonly string[]>>> = {
  'ratings.matros': ['matros', 'able seaman', 'able-bodied seaman'],
  'ratings.lettmatros': ['lettmatros', 'ordinary seaman'],
  'ratings.smorer': ['smører', 'smørar', 'smørjar', 'smørjaren', 'smøraren', 'smøreren', 'oiler', 'motorman oiler'],
  'ratings.maskinpasser': ['maskinpasser', 'maskinpassar', 'engine rating'],
  'ratings.maskinpasser-lettmatros': [
    'maskinpasser-lettmatros',
    'maskinpassar-lettmatros',
    'maskinpasser/lettmatros',
    'maskinpassar/lettmatros',
    'maskinpasser og lettmatros',
    'maskinpassar og lettmatros',
    'engine rating and ordinary seaman',
  ],
};

/** Words between a time and the position it was served in ("7 måneder SOM lettmatros", "a year AS an oiler"). */
export const SERVED_AS_WORDS: readonly string[] = ['som', 'as', 'as a', 'as an', 'på', 'on', 'i', 'in'];
/**
 * Words right before a position that make it one held before, not the one asked about ("I've been
 * navigator (OOW) …", «har vore styrmann», "worked as a deckhand").
 */
export const HELD_BEFORE_WORDS: readonly string[] = [
  'been',
  'vært',
  'vore',
  'vori',
  'worked as',
  'sailed as',
  'served as',
  'jobbet som',
  'jobba som',
  'seilt som',
  'segla som',
  'seglt som',
];
/** Time served named without a number before SERVED_AS_WORDS («tiden som lettmatros», "time as OS"). */
export const SERVED_TIME_WORDS: readonly string[] = [
  'tiden',
  'tida',
  'tid',
  'time',
  'service',
  'erfaring',
  'experience',
];
/** A position served in before it is named («har vært lettmatros», "I have been an ordinary seaman"). */
export const SERVED_VERBS: readonly string[] = [
  'i am',
  'i am a',
  'i am an',
  'im',
  'jeg er',
  'eg er',
  'vært',
  'vore',
  'been',
  'been a',
  'been an',
  'jobbet som',
  'jobba som',
  'arbeidet som',
  'worked as',
  'worked as a',
  'worked as an',
];

/**
 * Words a user puts before a question to interrupt or to go on ("wait, can the master sign it?",
 * «vent, kven kan skrive under?», "btw, …"): they say nothing of the topic, so a question is
 * classified without them.
 */
export const INTERRUPTION_WORDS: readonly string[] = [
  'wait',
  'wait a sec',
  'hold on',
  'oh',
  'ah',
  'hmm',
  'btw',
  'by the way',
  'oh and',
  'and',
  'also',
  'ok',
  'okay',
  'vent',
  'vent litt',
  'vent no',
  'forresten',
  'btw',
  'å ja',
  'åja',
  'ja og',
  'og',
  'også',
  'okei',
  'oi',
  'hm',
];

/** Phrases that make a sentence a question without a question mark ("jeg lurer på om …", "I wonder if …"). */
export const INDIRECT_QUESTION_PHRASES: readonly string[] = [
  'lurer på',
  'lurar på',
  'vil gjerne vite',
  'vil vite',
  'ville vite',
  'ønsker å vite',
  'spørsmål om',
  'kan du si',
  'kan du fortelle',
  'kan du sjekke',
  'kan du rekne',
  'kan du regne',
  'regn ut',
  'rekn ut',
  'sjekk',
  'wonder',
  'would like to know',
  'want to know',
  'question about',
  'can you tell',
  'please tell',
  'can you check',
  'can you work out',
  'work out',
  'calculate',
  'convert',
  'clarify if',
  'clarify whether',
  'please confirm',
  'could you tell',
  'could you please tell',
  'could you confirm',
  'we wonder',
  'i wonder',
  'whether',
];

/** A person named by age as a noun («en 16-åring», "a 16 year old"): an age asked about, not stated. */
const AGE_NAMED: readonly string[] = ['åring', 'åringar', 'åringer', 'year old', 'year-old'];

/** A safety course asked for a position («må lettmatros ha sikkerhetskurs?», "does the cook need a safety course?"). */
const SAFETY_COURSE_ASKED: readonly string[] = [
  'ha sikkerhetskurs',
  'ha sikkerheitskurs',
  'trenger sikkerhetskurs',
  'treng sikkerheitskurs',
  'treng sikkerhetskurs',
  'need a safety course',
  'need safety course',
  'need the safety course',
  'need basic safety',
  'need safety training',
  'have a safety course',
  'have safety training',
];

/** A certificate renewed («kan jeg fornye D6 med fartstid som lettmatros»). */
const RENEWAL_ASKED: readonly string[] = ['fornye', 'fornya', 'fornyelse', 'fornying', 'renew', 'renewal', 'renewing'];

/** A safe manning lowered («redusere bemanningen», "reduced safe manning"). */
const MANNING_REDUCED: readonly string[] = [
  'reduce',
  'reduced',
  'reducing',
  'reduction',
  'redusere',
  'redusera',
  'redusert',
  'reduksjon',
  'lower the safe manning',
  'lower our safe manning',
  'senke bemanningen',
  'senka bemanninga',
  'færre i bemanningen',
];

/** An age limit asked about ("what is the minimum age", «er det aldersgrense?», "am I old enough?"). */
const AGE_LIMIT_ASKED: readonly string[] = [
  'minimum age',
  'min age',
  'age limit',
  'age requirement',
  'age requirements',
  'how old',
  'old enough',
  'too young',
  'aldersgrense',
  'aldersgrensa',
  'aldersgrensen',
  'alderskrav',
  'alderskravet',
  'krav til alder',
  'minstealder',
  'minimumsalder',
  'nedre aldersgrense',
  'hvor gammel',
  'kor gammal',
  'kor gamal',
  'gammel nok',
  'gammal nok',
  'for ung',
];

/**
 * A request that only points back at the questions before it ("Could you please help with both?",
 * «Kan du hjelpe meg med dette?»): beside those questions it asks nothing of its own.
 */
export const BACK_REFERRING_REQUESTS: readonly string[] = [
  'help with both',
  'help me with both',
  'help us with both',
  'help with these',
  'help me with these',
  'help us with these',
  'help with this',
  'help me with this',
  'help us with this',
  'help with that',
  'help me with that',
  'answer both',
  'answer these',
  'answer them',
  'hjelpe med begge',
  'hjelpe meg med begge',
  'hjelpe oss med begge',
  'hjelpe med dette',
  'hjelpe meg med dette',
  'hjelpe oss med dette',
  'hjelpe med det',
  'hjelpe meg med det',
  'hjelpe oss med det',
  'hjelpa med begge',
  'hjelpa meg med begge',
  'hjelpa oss med begge',
  'hjelpa med dette',
  'hjelpa meg med dette',
  'hjelpa oss med dette',
  'svare på begge',
  'svare på dette',
  'svara på begge',
  'svara på dette',
];

/** Question words that start a second question on their own after "og" / "and" ("…, og hva koster det?"). */
export const WH_WORDS: readonly string[] = [
  'hva',
  'hvordan',
  'hvor',
  'hvorfor',
  'hvem',
  'hvilken',
  'hvilket',
  'hvilke',
  'når',
  'kva',
  'korleis',
  'kor',
  'kvifor',
  'kven',
  'what',
  'how',
  'where',
  'why',
  'who',
  'which',
  'when',
  'whether',
];

/**
 * Words that move a date known by a time («en måned tidligere», «ei veke seinare», "two weeks later"):
 * a what-if about the same case with that date moved. Written in plain lower case; folded before matching.
 */
export const SHIFT_WORDS: { readonly earlier: readonly string[]; readonly later: readonly string[] } = {
  // Not «før»/«etter»/"before"/"after": they take an object («3 måneder før utløpet»).
  earlier: ['tidligere', 'tidlegare', 'earlier', 'sooner'],
  later: ['senere', 'seinare', 'seinere', 'later'],
};

/**
 * A count planned to change to a new number («vi skal øke til 10 fra nyttår», "we will increase safety
 * manning to 10 next year"): the verbs, with up to three words between them and «til»/"to".
 */
export const RAISED_TO_VERBS: readonly string[] = [
  'øke',
  'øker',
  'økes',
  'auke',
  'aukar',
  'aukast',
  'gå opp',
  'går opp',
  'increase',
  'increases',
  'increasing',
  'raise',
  'go up',
  'goes up',
  'redusere',
  'reduserer',
  'reduseres',
  'minske',
  'gå ned',
  'går ned',
  'reduce',
  'reducing',
  'go down',
  'goes down',
];

/**
 * Words that make a time an addition to the time already given (a relative what-if): "3 more months",
 * "one extra month" (before the unit), «2 måneder til», "3 months more" (after it), "another 3 months",
 * «enda 2 måneder» (before the number). Written in plain lower case; folded before matching.
 */
export const MORE_WORDS: {
  readonly beforeUnit: readonly string[];
  readonly afterUnit: readonly string[];
  readonly beforeNumber: readonly string[];
  readonly lessAfterUnit: readonly string[];
  readonly lessAfterCount: readonly string[];
  readonly moreAfterCount: readonly string[];
  readonly persons: readonly string[];
  readonly personsAfter: readonly string[];
} = {
  // «hva med en måned mindre?», "2 GT less", «1 meter kortere»: an amount taken off.
  lessAfterUnit: ['mindre', 'færre', 'fewer', 'less', 'kortere', 'shorter', 'smaller'],
  // «hva om vi blir to færre?», «vi tar inn to til», "and 20 more?": a count without a unit.
  lessAfterCount: ['færre', 'fewer'],
  moreAfterCount: ['til', 'flere', 'fleire', 'more'],
  // "one more AB", «ein matros til», «to personar ekstra»: people added, counted on the crew known.
  persons: [
    'ab',
    'abs',
    'able seaman',
    'able seamen',
    'matros',
    'matroser',
    'matrosar',
    'lettmatros',
    'person',
    'persons',
    'people',
    'personer',
    'personar',
    'mann',
    'man',
    'men',
    'crew',
    'crew member',
    'crew members',
    'deckhand',
    'deckhands',
    'hand',
    'hands',
    'kokk',
    'cook',
    'officer',
    'officers',
    'styrmann',
    'maskinist',
    'motormann',
    'mannskap',
  ],
  personsAfter: ['til', 'ekstra', 'more', 'extra'],
  beforeUnit: ['more', 'extra', 'additional', 'further'],
  // «4 meter lengre», "3 GT bigger": more of a size.
  afterUnit: [
    'til',
    'mer',
    'meir',
    'ekstra',
    'more',
    'extra',
    'lengre',
    'lenger',
    'longer',
    'større',
    'bigger',
    'larger',
  ],
  // «legg til tolv timar», «vi øker med 3 BT», "add 200 hours", "increase it by 3 GT".
  beforeNumber: [
    'another',
    'ytterligere',
    'ytterlegare',
    'enda',
    'endå',
    'legg til',
    'legge til',
    'leggje til',
    'legger til',
    'add',
    'adding',
    'plus',
    'pluss',
    'øker med',
    'øke med',
    'økes med',
    'aukar med',
    'auke med',
    'increase by',
    'increases by',
    'increased by',
    'increase it by',
  ],
};

/**
 * A message about two vessels: the one served on now or before, and a new one asked about («Jeg er
 * skipper på en 14 m arbeidsbåt … Sjefen vil at jeg skal føre den nye båten …, 11 mnd på den gamle»).
 */
export const NEW_VESSEL_WORDS: readonly string[] = [
  'den nye båten',
  'det nye skipet',
  'det nye fartøyet',
  'ny båt',
  'nytt skip',
  'nytt fartøy',
  'en ny båt',
  'ein ny båt',
  'et nytt skip',
  'eit nytt skip',
  'the new boat',
  'the new vessel',
  'the new ship',
  'a new boat',
  'a new vessel',
  'a new ship',
  'our new boat',
  'our new vessel',
  'our new ship',
];
export const OLD_VESSEL_WORDS: readonly string[] = [
  'den gamle',
  'den gamle båten',
  'det gamle skipet',
  'gamle båten',
  'the old one',
  'the old boat',
  'the old vessel',
  'my old boat',
  'current boat',
  'current vessel',
  'nåværende båt',
  'båten jeg er på nå',
  'båten eg er på no',
];

/**
 * Another person or vessel than the one the conversation decided about: a change said about it is
 * a new case, whose other facts are not those already given.
 */
export const OTHER_SUBJECT_WORDS: { readonly person: readonly string[]; readonly vessel: readonly string[] } = {
  person: [
    'my colleague',
    'a colleague',
    'my coworker',
    'my co-worker',
    'my friend',
    'my son',
    'my daughter',
    'my brother',
    'my sister',
    'my husband',
    'my wife',
    'another seafarer',
    'someone else',
    'kollegaen min',
    'kollegaen',
    'kollega',
    'kollegaene mine',
    'en kollega',
    'ein kollega',
    'kompisen min',
    'vennen min',
    'venninna mi',
    'sønnen min',
    'sonen min',
    'min sønn',
    'dattera mi',
    'dottera mi',
    'broren min',
    'bror min',
    'søstera mi',
    'den nye kokken',
    'ein ny kokk',
    'en ny kokk',
    'den andre kokken',
    'the new cook',
    'another cook',
    'the other cook',
    'en annen sjømann',
    'ein annan sjømann',
    'noen andre',
    'nokon andre',
  ],
  vessel: [
    'our other boat',
    'our other vessel',
    'our other ship',
    'the other boat',
    'the other vessel',
    'the other ship',
    'our second boat',
    'our second vessel',
    'another boat',
    'another vessel',
    'sister ship',
    'sistership',
    'den andre båten',
    'den andre båten vår',
    'det andre skipet',
    'det andre fartøyet',
    'den andre båten våres',
    'andre båten',
    'en annen båt',
    'ein annan båt',
    'et annet skip',
    'eit anna skip',
    'søsterskipet',
    'søsterskip',
  ],
};

/** Pay and wages («lønn», "salary"): in no topic (MLC and wages are outside the catalogue). */
export const PAY_WORDS: readonly string[] = [
  'lønn',
  'lønna',
  'lønnen',
  'minstelønn',
  'hyre',
  'hyra',
  'wage',
  'wages',
  'salary',
  'pay',
  'betaling',
  'overtid',
  'overtime',
];

/**
 * Words asking what something costs («kva kostar verifikasjonen?», "is there a fee?"): fees and prices
 * are in no topic, and no topic's answer covers them.
 */
export const PRICE_WORDS: readonly string[] = [
  'koster',
  'kostar',
  'kosta',
  'kostet',
  'kostnad',
  'kostnaden',
  'kostnader',
  'kostnadene',
  'pris',
  'prisen',
  'priser',
  'gebyr',
  'gebyret',
  'gebyra',
  'gebyrene',
  'gebyrer',
  'cost',
  'costs',
  'price',
  'prices',
  'fee',
  'fees',
  'how much do we pay',
  'how much do i pay',
  'how much does it',
];

/** Words asking what a position requires («kva krav er det for smørjar», "what do I need for …"). */
export const REQUIREMENT_WORDS: readonly string[] = [
  'krav',
  'kravene',
  'kravet',
  'krava',
  'requirement',
  'requirements',
  'what do i need',
  'hva trenger',
  'kva treng',
  'hva må',
  'kva må',
];

/** Words that report what someone else said («kollegaen min sa at …», "my colleague says …"). */
export const REPORTING_VERBS: readonly string[] = [
  'sa',
  'sier',
  'seier',
  'sagt',
  'mener',
  'meiner',
  'mente',
  'meinte',
  'says',
  'said',
  'told me',
  'thinks',
  'claims',
];

/**
 * Words that announce a question about a subject before asking it («eg har eit spørsmål om
 * bemanning», "I have a question about sea time", «kan du hjelpe meg med ISSC?»): the subject
 * after them says which topics to offer.
 */
export const ANNOUNCED_SUBJECT_OPENERS: readonly string[] = [
  'jeg har et spørsmål om',
  'jeg har et spørsmål angående',
  'jeg har noen spørsmål om',
  'jeg har et par spørsmål om',
  'har et spørsmål om',
  'et spørsmål om',
  'spørsmål angående',
  'eg har eit spørsmål om',
  'eg har nokre spørsmål om',
  'eg har eit par spørsmål om',
  'har eit spørsmål om',
  'eit spørsmål om',
  'jeg lurer på noe om',
  'eg lurer på noko om',
  'jeg lurer på litt om',
  'eg lurer på litt om',
  'lurer på noe om',
  'lurer på noko om',
  'kan du hjelpe meg med',
  'kan du hjelpe oss med',
  'kan du hjelpe med',
  'jeg trenger hjelp med',
  'eg treng hjelp med',
  'i have a question about',
  'i have a question regarding',
  'i have some questions about',
  'i have a few questions about',
  'a question about',
  'question about',
  'questions about',
  'i need help with',
  'can you help me with',
  'can you help us with',
  'help with',
];

/**
 * What to send or what an application must hold, asked right after an answer ("what do we need to
 * send?", «kva må søknaden innehalde?», «hvor sender vi den?»).
 */
export const SEND_ASKED_WORDS: readonly string[] = [
  'what do we need to send',
  'what do we have to send',
  'what must we send',
  'what should we send',
  'what do i need to send',
  'where do we send it',
  'where do we send',
  'where should we send',
  'what must the application contain',
  'what should the application contain',
  'hva må vi sende',
  'hva skal vi sende',
  'hva må jeg sende',
  'hvor sender vi',
  'hvor skal vi sende',
  'hva må søknaden inneholde',
  'hva skal søknaden inneholde',
  'kva må vi sende',
  'kva skal vi sende',
  'kva må eg sende',
  'kvar sender vi',
  'kvar skal vi sende',
  'kor sender vi',
  'kor skal vi sende',
  'kor skal han sendast',
  'kor skal den sendast',
  'hvor skal den sendes',
  'hvor skal vi sende',
  'hvor sender vi den',
  'where do i send',
  'where to send',
  'kva må søknaden innehalde',
  'kva skal søknaden innehalde',
  // "do we need the KS-0308 form for it?": the forms are what is sent.
  'ks-0308',
  'ks 0308',
  'ks0308',
  'skjema',
  'skjemaet',
  'skjemaa',
  'skjemaene',
  'the form',
  'the forms',
  'a form',
  'any form',
  'any forms',
];

/**
 * A verification said to be missed or late («hva om vi ikke rekker det?», "what if we miss the
 * window?"): after the verification dates, the answer to when the ISSC must be returned (seed 001:
 * it is invalid when the verifications are not held).
 */
export const VERIFICATION_MISSED_WORDS: readonly string[] = [
  'ikke rekker det',
  'ikke rekker den',
  'ikke rekker fristen',
  'ikke rekker verifikasjonen',
  'ikke rekker å',
  'ikke får gjort det',
  'ikke får det gjort',
  'ikke får gjort den',
  'ikke får den gjort',
  'ikke blir gjort',
  'ikke blir gjennomført',
  'ikke blir holdt',
  'ikke gjennomføres',
  'ikke holdes',
  'oversitter fristen',
  'går over fristen',
  'etter fristen',
  'for sent',
  'ikkje rekk det',
  'ikkje rekk den',
  'ikkje rekk fristen',
  'ikkje rekk verifikasjonen',
  'ikkje får gjort det',
  'ikkje får det gjort',
  'ikkje blir gjort',
  'ikkje vert gjort',
  'ikkje blir gjennomført',
  'ikkje vert gjennomført',
  'ikkje blir halden',
  'ikkje vert halden',
  'for seint',
  'miss it',
  'miss the window',
  'miss the deadline',
  'miss the verification',
  'missed it',
  'missed the window',
  'missed the deadline',
  'missed the verification',
  'not done in time',
  'not held in time',
  'not make it',
  'dont make it',
  'do not make it',
  'cant make it',
  'too late',
  'is overdue',
  'after the window',
  'outside the window',
];
/**
 * A short question of when a certificate runs out («når går det ut?», "when does it expire?"), asked
 * after an answer that gives that date: the same answer again.
 */
export const EXPIRY_ASKED_WORDS: readonly string[] = [
  'når går det ut',
  'når går den ut',
  'når går ho ut',
  'kor tid går det ut',
  'kor tid går ho ut',
  'når utløper det',
  'når utløper den',
  'når utløper ho',
  'når utløpar det',
  'når utløpar ho',
  'til når gjelder det',
  'til når gjelder den',
  'til når gjeld det',
  'til når gjeld ho',
  'when does it expire',
  'when does it run out',
  'when will it expire',
  'when is it expiring',
  'until when is it valid',
];

/**
 * Words that take a question outside a topic it otherwise fits, by topic: what the sources say about
 * the topic does not answer it. The health certificate: offshore work or sick leave; a sea-time
 * confirmation: the language it is written in; sea time: a pension (NAV's business, not Sdir's).
 */
export const OUTSIDE_TOPIC_WORDS: Readonly<Record<string, readonly string[]>> = {
  'health.certificate': [
    // One issued abroad ("issued in Philippines") is not covered.
    'issued abroad',
    'utstedt i utlandet',
    'skrive ut i utlandet',
    'in the philippines',
    'in philippines',
    'på filippinene',
    'i utlandet',
    'from abroad',
    'foreign health certificate',
    'utenlandsk helseerklæring',
    'utanlandsk helseerklæring',
    // «hvor lenge gjelder selve D6 sertifikatet? (ikke helseerklaeringen)»: the health certificate ruled out.
    'ikke helseerklæringen',
    'ikke helseerklæring',
    'ikkje helseerklæringa',
    'ikkje helseerklæring',
    'not the health certificate',
    'not health certificate',
    'offshore',
    'oil platform',
    'oljeplattform',
    'plattform',
    'platform',
    'sokkelen',
    'sykmelding',
    'sykemelding',
    'sjukmelding',
    'sykmeldt',
    'sykemeldt',
    'sjukmeld',
    'sick leave',
    'sick note',
    // Which doctors there are, and where, is not listed in the sources.
    'hvilke sjømannsleger',
    'kva sjømannslegar',
    'hvilke leger',
    'kva legar',
    'which doctors',
    'which doctor',
    'find a doctor',
    'finne en lege',
    'finne ein lege',
    // The medical requirements themselves (hearing, sight, diseases) are not in the sources.
    'hørsel',
    'hørselen',
    'høyrsel',
    'høyrsla',
    'hørselskrav',
    'høyrselskrav',
    'hearing',
    'synskrav',
    'fargesyn',
    'eyesight',
    'colour vision',
    'color vision',
    'diabetes',
    'epilepsi',
    'epilepsy',
    'blodtrykk',
    'blood pressure',
    'medisiner',
    'medication',
    'sykdom',
    'sjukdom',
    'illness',
    'disease',
  ],
  'seatime.confirmation': [
    'be in english',
    'be written in english',
    'written in english',
    'skrevet på engelsk',
    'skriven på engelsk',
    'in another language',
    'på et annet språk',
    'translated',
    'oversatt',
    'omsett',
  ],
  // The sources give the ratings and the first deck certificates no age limit (only the cook, § 52,
  // and D6 as master, § 23, have one): an age limit asked is not in the catalogue.
  // Any topic: the status of one's own case is looked up by a person, never by the chat; and how to
  // become an assessor ("How do I become an assessor for D5 cadets?") is in no topic.
  '*': [
    // Round 13: a vessel or person looked up in Sdir's systems.
    'in your system',
    'i systemet deres',
    'look up',
    'slå opp',
    // Round 13: an answer to Sdir sent too late.
    "i'm late",
    'i am late',
    'too late',
    'for sent',
    'for seint',
    // Round 13: privacy and deleting data, a locked account, who pays, travel costs, non-conformities, becoming an
    // assessor, translations, a form's cells, a wrong birth date on Min side, an Altinn role delegated, statistics.
    'gdpr',
    'personvern',
    'delete my',
    'slette',
    'account is locked',
    'locked',
    'travel cost',
    'travel costs',
    'reisekostnad',
    'reisekostnader',
    'reiseutgifter',
    'who pay',
    'who pays',
    'hvem betaler',
    'kven betaler',
    'non-conformity',
    'non-conformities',
    'nonconformity',
    'become a approved assessor',
    'become an approved assessor',
    'become approved assessor',
    'become assessor',
    'bli godkjent assessor',
    'verte assessor',
    'verte godkjend assessor',
    'translate',
    'translated',
    'translation',
    'oversette',
    'oversettes',
    'oversatt',
    'omsetjast',
    'which cell',
    'what cell',
    'hvilken celle',
    'kva celle',
    'feil fødselsdato',
    'wrong birth date',
    'wrong date of birth',
    'feil fødselsnummer',
    'delegate',
    'gi meg rollen',
    'gi meg den rolla',
    'give me the role',
    'statistikk',
    'statistics',
    // Round 12: dispensations and radio certificates are in no topic.
    'dispensasjon',
    'dispensasjonen',
    'dispensation',
    'exemption',
    'fritak',
    'radio certificate',
    'radiosertifikat',
    'radiosertifikatet',
    'radio operator',
    'become an assessor',
    'become assessor',
    'become a bedømmer',
    'bli assessor',
    'bli bedømmer',
    'bli bedømmar',
    'verte bedømmar',
    // Complaints and appeals, how long records are kept, and signing digitally are in no topic.
    'klage',
    'klagen',
    'klager',
    'klagar',
    'klagesak',
    'complaint',
    'complain',
    'appeal',
    'oppbevare',
    'oppbevares',
    'oppbevarast',
    'oppbevaring',
    'retention',
    'keep the records',
    'signeres digitalt',
    'signerast digitalt',
    'signere digitalt',
    'signera digitalt',
    'signed digitally',
    'sign digitally',
    'digital signature',
    'digital signatur',
    'e-signatur',
    'elektronisk signatur',
    'continuous synopsis record',
    'swagger',
    'api documentation',
    'statistikk',
    'statistics',
    'how many certificates did',
    'hvor mange sertifikater har dere',
    'check the status',
    'check status',
    'status of my',
    'status on my',
    'status of our',
    'status on our',
    'look up my case',
    'look up our case',
    'sjekke status',
    'sjekk status',
    'sjekka status',
    'status på søknaden',
    'status på søknaden min',
    'status på saken',
    'status på saka',
    'status i saken',
    'status i saka',
    'slå opp saken',
    'slå opp saka',
    // Employment, pay and insurance are no business of the sources: laying off the crew in a lay-up,
    // pay («Does the crew get paid for rest time?»), insurance («Kven forsikrar skipet når det ligg i
    // opplag?»), retiring at 60.
    'lay off',
    'laid off',
    'lays off',
    'layoff',
    'permittere',
    'permittert',
    'permitterte',
    'permittering',
    'permitteringar',
    'oppsigelse',
    'oppseiing',
    'sluttpakke',
    'severance',
    'get paid',
    'paid for',
    'wages',
    'salary',
    'lønn',
    'løn',
    'forsikre',
    'forsikrer',
    'forsikrar',
    'forsikring',
    'forsikringa',
    'forsikringen',
    'insurance',
    'insure',
    'insures',
    'gå av med pensjon',
    'gå av ved',
    'retire',
    'retirement',
    // A number of rest hours, jobs at Sdir, and schools are in no topic.
    'hvor mange timer hviletid',
    'kor mange timar kviletid',
    'how many hours of rest',
    'how many rest hours',
    'timer hvile',
    'timar kvile',
    'hours rest',
    'hours of rest per day',
    'bli isps-inspektør',
    'bli inspektør',
    'verte inspektør',
    'become an inspector',
    'become an isps inspector',
    'jobbe hos dere',
    'jobbe hjå dykk',
    'work for you',
    'hvor mange inspektører',
    'hvor mange isps-inspektører',
    'kor mange inspektørar',
    'kor mange isps-inspektørar',
    'how many inspectors',
    'how many isps inspectors',
    'ledig stilling',
    'vacancy',
    'vacancies',
    'hvilke skoler',
    'hvilken skole',
    'kva skular',
    'kva skule',
    'which schools',
    'which school',
    // Equipment, pilotage, visas, software, licences and other certificates are in no topic (round 11).
    'liferaft',
    'liferafts',
    'life raft',
    'life rafts',
    'redningsflåte',
    'redningsflåter',
    'redningsflåtar',
    'ais class',
    'ais-klasse',
    'epirb',
    'pilotage',
    'pilot mandatory',
    'mandatory pilot',
    'compulsory pilot',
    'pilot exemption',
    'farledsbevis',
    'losplikt',
    'lospliktig',
    'losplikta',
    'visa',
    'work visa',
    'visum',
    'arbeidstillatelse',
    'arbeidsløyve',
    'work permit',
    'residence permit',
    'oppholdstillatelse',
    'software',
    'programvare',
    'sharepoint',
    'onedrive',
    'dropbox',
    'google drive',
    'skjenkebevilling',
    'skjenkeløyve',
    'alcohol licence',
    'alcohol license',
    'sell alcohol',
    'selge alkohol',
    'selje alkohol',
    'målebrev',
    'målebrevet',
    'tonnage certificate',
    'tonnasjesertifikat',
    'who pays',
    'hvem betaler',
    'hvem skal betale',
    'kven betaler',
    'kven betalar',
    'kven skal betale',
    'pay the assessor',
    'dekker legeattesten',
    'dekke legeattesten',
    'dekkje legeattesten',
    'pin code',
    'pin-kode',
    'pinkode',
    'forgot my pin',
    'my pin',
    'reset my',
    'forgot my password',
    'glemt passord',
    'glemt passordet',
    'gløymt passordet',
    'signed electronically',
    'signert elektronisk',
    'signed with bankid',
    'signert med bankid',
    'with bankid instead',
    'med bankid i stedet',
    'taxed',
    'tax',
    'skatt',
    'skatten',
    'skattefradrag',
    'sjømannsfradrag',
    'drug test',
    'drugs test',
    'rustest',
    'narkotikatest',
    'alcohol test',
    'alkoholtest',
    'filformat',
    'file format',
    'filstørrelse',
    'filstorleik',
    'file size',
    'be launched',
    'lansert',
    'lanseres',
    'lanserast',
    'send it to sdir for me',
    'send it to sdir',
    'send them to sdir',
    'sende den til dere',
    'sende den til sdir',
    'stemple',
    'stamp',
    'did sdir issue',
    'har sdir utstedt',
    'prosent av søknadene',
    'prosent av søknadane',
    'percent of applications',
    'percentage of applications',
    'percent of the applications',
  ],
  // A rating's age, safety course or renewal («kan en 16-åring jobbe som lettmatros?», «må lettmatros
  // ha sikkerhetskurs?», «kan jeg fornye D6 med fartstid som lettmatros») is in no topic's sources.
  ratings: [
    ...AGE_LIMIT_ASKED,
    ...AGE_NAMED,
    ...SAFETY_COURSE_ASKED,
    ...RENEWAL_ASKED,
    // How many ratings a manning needs is not said.
    'how many lettmatros',
    'how many ordinary seamen',
    'how many able seamen',
    'hvor mange lettmatroser',
    'hvor mange matroser',
    'kor mange lettmatrosar',
    'kor mange matrosar',
  ],
  'deck.first-issue': AGE_LIMIT_ASKED,
  'deck.cadet': AGE_LIMIT_ASKED,
  // Where to train as a cook («Kva skular har utdanning til skipskokk?») is not said.
  cook: [
    // The mess and galley positions beside the cook are not in the sources.
    'messeman',
    'messemann',
    'messegutt',
    'messejente',
    'stuert',
    'steward',
    'stewardess',
    'kokkeassistent',
    'assistant cook',
    'mess boy',
    'messboy',
    // Round 13: a cook's safety course is not said.
    'sikkerhetskurs',
    'sikkerheitskurs',
    'safety course',
    // Round 12: the cook's working hours.
    'working hours',
    'work per day',
    'hours can he work',
    'arbeidstid',
    'arbeidstida',
    'timer kan han jobbe',
    ...SAFETY_COURSE_ASKED,
    'kvar kan eg utdanne',
    'hvor kan jeg utdanne',
    'hvor kan man utdanne',
    'where can i study',
    'where can i train',
  ],
  // How many cadets one assessor may follow is not said.
  deck: ['per assessor', 'per bedømmer', 'per bedømmar', 'one assessor', 'en bedømmer', 'ein bedømmar'],
  // What it takes to get the able seaman's certificate itself («hvor mye fartstid for ferdighetssertifikat
  // matros?»): § 79 is for an able seaman who does not need the certificate.
  'ratings.matros': [
    'hvor lenge gjelder',
    'kor lenge gjeld',
    'how long is it valid',
    'how long is the',
    'how long does it last',
    'for ferdighetssertifikat',
    'for ferdighetssertifikatet',
    'få ferdighetssertifikat',
    'få ferdighetssertifikatet',
    'for the proficiency certificate',
    'for the matros proficiency certificate',
    'for a proficiency certificate',
    'get the proficiency certificate',
    'get a proficiency certificate',
  ],
  // The seeds say nothing of lowering a safe manning («redusere bemanningen fra 5 til 4», "reduced
  // safe manning in the winter"): not the D6 update, nor the application forms.
  // Round 13: how long the update takes is not said.
  'manning.d6-update': [...MANNING_REDUCED, 'how long', 'hvor lang tid', 'kor lang tid'],
  // Round 13: the security plan is no application for a manning certificate.
  'manning.how-to-apply': [...MANNING_REDUCED, 'sikkerhetsplan', 'sikkerheitsplan', 'security plan'],
  // Round 13: a deadline for the update is not said.
  'manning.stcw-update': [...MANNING_REDUCED, 'deadline', 'frist', 'fristen'],
  // Round 13: a manning certificate withdrawn is not said.
  'manning.expiry': [
    ...MANNING_REDUCED,
    'trekkes tilbake',
    'trekt tilbake',
    'trekkast tilbake',
    'withdrawn',
    'revoked',
    'revoke',
  ],

  // How long before reported sea time shows on Min side is not said.
  'seatime.employer-reporting': [
    'hvor lang tid tar det',
    'kor lang tid tek det',
    'kor lang tid tar det',
    'how long does it take',
    'how long before',
    'hvor lenge tar det',
  ],
  // Whether a second interim ISSC may follow, or Sdir may extend a full-term one, is not said.
  'isps.interim': [
    // Round 13: two interim ISSCs one after the other.
    'twice',
    'consecutive',
    'på rad',
    'etter hverandre',
    'etter kvarandre',
    'in a row',
    // Round 12: what happens when an interim ISSC has run out is not in seed 001.
    'expired',
    'expired yesterday',
    'utløpt',
    'utgått',
    'gått ut',
    'at sea',
    'til sjøs',
    'second interim',
    'another interim',
    'second i-issc',
    'klasseselskap',
    'klasseselskapet',
    'classification society',
    'class society',
  ],
  'isps.verification-dates': [
    'extend it',
    'extend the issc',
    'forlenge issc',
    'forlenge den',
    'utsettelse',
    'postpone',
  ],
  // A statistic of automatic processing is not in the sources (only the goal).
  'aps.processing': [
    'prosent',
    'percent',
    'percentage',
    'andel',
    // Round 13: old sea time in days recalculated into hours is no question of automatic processing.
    'rekna om',
    'regnet om',
    'regnes om',
    'omrekna',
    'omregnet',
    'ikkje timar',
    'ikke timer',
    'not hours',
  ],
  // Medical conditions and who pays for the examination are not in the health certificate's sources.
  health: [
    // Round 13: the health certificate in the app; one from a doctor abroad.
    'in the app',
    'sdir app',
    'appen',
    'i appen',
    'foreign doctor',
    'utenlandsk lege',
    'utanlandsk lege',
    'lege i utlandet',
    'legen i utlandet',
    'doctor abroad',
    'not norwegian sjømannslege',
    'not a norwegian sjømannslege',
    'not a norwegian doctor',
    // Round 12: a limitation removed, an injury, an appointment, a certificate not found on Min side.
    'removed',
    'remove',
    'fjerne',
    'fjernet',
    'fjerna',
    'broke my leg',
    'broken leg',
    'brukket',
    'injury',
    'få time',
    'time hos',
    'appointment',
    'ventetid',
    'registrert hos dere',
    'registrert hos dykk',
    'finn ho ikkje',
    'finner den ikke',
    'cannot find',
    "can't find",
    'epilepsy',
    'epilepsi',
    'operation',
    'operasjon',
    'operert',
    'surgery',
    'without limitation',
    'uten begrensning',
    'utan avgrensing',
  ],
  // Whether a security plan must be approved again (a new company) is not said.
  'isps.electronic-plan': [
    // Round 13: a lost or damaged approval letter replaced.
    'mistet',
    'mista',
    'lost',
    'got wet',
    'fax',
    'faks',
    'nytt godkjenningsbrev',
    'new approval letter',
    // Round 13: how long the plan's approval takes.
    'hvor lang tid',
    'kor lang tid',
    'how long',
    // Sent by e-mail: the sources say only that the inspector tells how (seed 001).
    'på e-post',
    'på epost',
    'via e-post',
    'by e-mail',
    'by email',
    'via email',
    'godkjennes på nytt',
    'godkjent på nytt',
    'godkjennast på nytt',
    'godkjend på nytt',
    'approved again',
    're-approved',
    'reapproved',
    'new approval',
    'ny godkjenning',
  ],
  // Renewing a certificate that already has master rights is not the first issue's renewal.
  // The age one may apply for D6 at is not in the sources (only the master extension's age, 20).
  'd6.privileges': [
    'søke d6 når',
    'søke om d6 når',
    'søkje d6 når',
    'søkje om d6 når',
    'apply for d6 when',
    'apply for a d6 when',
    'apply for d6 at',
    'apply for a d6 at',
  ],
  'deck.master-rights': [
    'når sertifikatet går ut',
    'når sertifikatet mitt går ut',
    'når sertifikatet går ut på dato',
    'når sertifikatet gjeng ut',
    'when the certificate expires',
    'when my certificate expires',
  ],
  // Whether one person may hold two positions of the safe manning is not said.
  'manning.other-duties': [
    // Round 13: what counts as the safe manning (a definition) is not the other duties.
    'hva regnes som',
    'kva blir rekna som',
    'what counts as',
    'definisjon',
    'definition',
    'også være matros',
    'også vere matros',
    'både kokk og',
    'both cook and',
    'two positions',
    'to stillinger',
    'to stillingar',
  ],
  // The processing times in the sources are the personal certificates' (seed 000, 002): a manning
  // certificate's or an ISSC's processing time is not said.
  'aps.processing-time': [
    // Round 13: a security plan's approval.
    'sikkerhetsplan',
    'sikkerheitsplan',
    'sikkerhetsplanen',
    'security plan',
    'ssp',
    // Access to Altinn is not the certificates' processing time either.
    'altinn',
    'tilgang',
    'access',
    'bemanningssertifikat',
    'bemanningssertifikatet',
    'bemanningsdokument',
    'manning certificate',
    'manning document',
    'safe manning document',
    'minimum safe manning',
    'issc',
    'isps',
  ],
  // The mobile units' topic is their sea time, not their manning certificate or ISSC.
  'seatime.mobile-units': [
    'krav til bemanning',
    'bemanningskrav',
    'manning requirements',
    'issc',
    'isps',
    'bemanningssertifikat',
    'bemanningssertifikatet',
    'manning certificate',
    'safe manning',
    'minimum safe manning',
    'sikkerhetsbemanning',
    'sikkerheitsbemanning',
  ],
  // Where to find a cadet berth (a list of companies) is not said.
  'deck.foreign-cadet': [
    // Round 13: how an assessor gets the qualification document.
    'get the assessor qualification',
    'kvalifikasjonsbevis for assessor',
    // Round 13: how many cadets a year (a statistic).
    'every year',
    'each year',
    'per year',
    'hvert år',
    'kvart år',
    'i året',
    ...AGE_LIMIT_ASKED,
    'list of companies',
    'liste over rederier',
    'where do i get a cadet berth',
    'where can i get a cadet berth',
    'hvor får jeg kadettplass',
    'kvar får eg kadettplass',
  ],
  // § 80 is for a motorman without a trade certificate: one with it is not covered.
  'ratings.maskinpasser': ['med fagbrev', 'with fagbrev', 'with a trade certificate', 'with trade certificate'],
  // Sea time during a lay-up is no question of the lay-up's manning.
  // Round 12: the ISSC during a lay-up is not in the lay-up answer either.
  'manning.lay-up': ['sea time', 'fartstid', 'fartstida', 'fartstiden', 'issc', 'isps'],
  // "does time when the boat is moored … count as fartstid?" is what counts as sea time, not the crew at the quay.
  'manning.moored': ['sea time', 'fartstid', 'fartstida', 'fartstiden', 'count as', 'telle som', 'telje som'],
  // Round 13: the digital certificates are the seafarers' personal certificates (seed 000): the
  // manning certificate or the health certificate on a phone is not said.
  'aps.digital-certificates': [
    'helseerklæring',
    'helseerklæringa',
    'helseerklæringen',
    'health certificate',
    'health cert',
    'bemanningssertifikat',
    'bemanningssertifikatet',
    'manning certificate',
  ],
  // Round 13: the most hours a day the crew may work under a day schedule is not in seed 003.
  'manning.day-schedule': ['maximum', 'max', 'maks', 'maksimalt', 'maksimum'],
  // A ship in lay-up is not in the ISPS sources (seed 001).
  isps: [
    // Round 13: non-conformities, a class society doing the verification, where it is done.
    'avvik',
    'dnv',
    'in port of',
    // Round 12: internal audits, the CSO's course.
    'internal audit',
    'internal isps audit',
    'intern revisjon',
    'internrevisjon',
    'kva kurs',
    'hvilket kurs',
    'what course',
    'which course',
    'cso-kurs',
    'cso kurs',
    'cso course',
    'cso training',
    'kurs for cso',
    'course for the cso',
    'på engelsk',
    'in english',
    // Which ships need an ISSC (a size), and what a CSO must be qualified for, are not said.
    'under 500',
    'below 500',
    'less than 500',
    'mindre enn 500',
    'at all',
    'i det hele tatt',
    'qualifications',
    'qualified',
    'samme person',
    'same person',
    'kvalifikasjoner',
    'kvalifikasjonar',
    'lay-up',
    'lay up',
    'laid up',
    'opplag',
  ],
  seatime: [
    // Round 13: a printout of one's sea time.
    'printout',
    'utskrift',
    // Round 12: a decision made earlier recalculated; a sea-time confirmation stamped.
    'stemplast',
    'stemplet',
    'stempla',
    'stamped',
    'recalculated',
    'recalculate',
    'omregnet',
    'omrekna',
    // A deadline for sending or reporting sea time is not said.
    'deadline',
    'frist',
    'fristen',
    // Whether sea time goes out of date is not said either.
    'ut på dato',
    'går ut på dato',
    'foreldes',
    'foreldast',
    'too old to count',
    'sjømannspensjon',
    'sjømannspensjonen',
    'pensjonstrygden',
    'pensjon',
    'pension',
    'seamans pension',
    "seaman's pension",
  ],
  // Round 12: an expired or expiring D6 (a grace period is in no source).
  d6: [
    // Round 13: pilotage is no D6 right.
    'være los',
    'vere los',
    'som los',
    'pilot',
    'losplikt',
    'farledsbevis',
    'expired',
    'expires',
    'expiring',
    'utløpt',
    'utgått',
    'utløper',
    'utløpar',
    'gått ut',
    // Round 13: when D6 becomes required on other vessels is not said.
    'when will',
    'når blir',
    'kva tid blir',
  ],
  // Round 12: rest hours.
  manning: [
    'minimum rest',
    'minste hvile',
    'minste kvile',
    // Round 13: the manning certificate when the ship is sold.
    'sell the ship',
    'selling the ship',
    'selge skipet',
    'sel skipet',
    'selje skipet',
  ],
  // Round 13: how large the crew must be is no question of which vessels need a certificate.
  'manning.which-vessels': [
    ...MANNING_REDUCED,
    'hvor stor må bemanningen',
    'kor stor må bemanninga',
    'how many crew',
    'hvor mange mann',
    'kor mange mann',
  ],
};

/**
 * A part of a time stated (understanding/subsets.ts): «8 av dem», «tre av dei», "1 of them", «hvorav 5
 * mnd»; the words of only that make the part the time that counts, and the words after it that say
 * it is a time after something («etter at jeg fikk D4», "since my first D5").
 */
export const SUBSET_WORDS = {
  /** Half of the time said: "actually half of that time was as deckhand", «halvparten av dem var på land». */
  half: [
    'half of that time',
    'half of that',
    'half of it',
    'half of them',
    'half of the time',
    'half that time',
    'halvparten av dem',
    'halvparten av dei',
    'halvparten av tiden',
    'halvparten av tida',
    'halvparten av det',
    'halvparten',
    'halve tiden',
    'halve tida',
  ],
  ofThem: [
    'av dem',
    'av dei',
    'av de',
    'av disse',
    'av desse',
    'av mnd',
    'av månedene',
    'av månadene',
    'av dagene',
    'av dagane',
    'of them',
    'of those',
    'of these',
    'of the months',
    'of the days',
  ],
  whereof: ['hvorav', 'derav', 'kor av', 'av desse', 'of which', 'whereof'],
  only: ['bare', 'berre', 'kun', 'only', 'just'],
  after: ['etter', 'after', 'since', 'siden', 'sidan', 'sia'],
  // "2 of those months were on a 12 m boat", "3 of them as chief mate": whether such a part counts is
  // not for the words to settle (the sources set no boat size for master rights; a mate's time is
  // time in a certificated position), so it is neither counted nor taken off.
  unjudged: [
    'chief mate',
    'chief officer',
    'first mate',
    'second mate',
    'mate',
    'officer',
    'overstyrmann',
    'styrmann',
    'master',
    'skipper',
    'skipsfører',
    'skipsførar',
    'kaptein',
    'captain',
    'navigator',
    'navigatør',
    'boat',
    'boats',
    'ship',
    'ships',
    'vessel',
    'vessels',
    'båt',
    'båten',
    'båter',
    'båtar',
    'skip',
    'skipet',
    'fartøy',
    'ferry',
    'ferje',
    'ferja',
  ],
} as const;

/**
 * A number said of something else than the fact asked or changed («båten er 12 år gammal», "I have
 * been fishing for 5 years", "2 watches", "2 weeks holiday"): never that fact's value.
 */
export const OTHER_NUMBER_WORDS: {
  readonly counted: readonly string[];
  readonly absence: readonly string[];
  readonly durationBefore: readonly string[];
  readonly durationAfter: readonly string[];
  readonly thing: readonly string[];
  readonly ageAfter: readonly string[];
} = {
  // Right after the number: things counted that are no fact of a rule ("2 decks", «2 born»).
  counted: [
    'barn',
    'born',
    'unger',
    'ungar',
    'children',
    'child',
    'kids',
    'vakter',
    'vaktar',
    'vaktlag',
    'watches',
    'watch',
    'shifts',
    'skift',
    'decks',
    'dekk',
    'engines',
    'motorer',
    'motorar',
    'båter',
    'båtar',
    'boats',
    'trips',
    'turer',
    'turar',
    'hulls',
    'skrog',
    'propellers',
    'propeller',
  ],
  // Beside a time: time away, never the time served («2 veker ferie», "1 month sick leave", "10 days off").
  absence: [
    'ferie',
    'holiday',
    'holidays',
    'vacation',
    'syk',
    'sjuk',
    'sykemeldt',
    'sjukmeld',
    'sykmeldt',
    'sick',
    'sick leave',
    'off',
    'fri',
    'permisjon',
    'permisjonar',
    'leave',
    'avspasering',
    'i land',
    'ashore',
    // "I also did a 2 week safety course": a course is no practice on board (seed 003).
    'course',
    'kurs',
    'sikkerhetskurs',
    'tryggleikskurs',
  ],
  // Right before a number of years: how long something lasted, never an age («i 5 år», "for 3 years").
  durationBefore: [
    'i',
    'in',
    'for',
    'har',
    'have',
    'has',
    'had',
    'hatt',
    'med',
    'with',
    'over',
    'siste',
    'last',
    'past',
  ],
  // Right after a number of years: time spent as or at something («3 år som kokk», "5 years at sea").
  durationAfter: [
    'som',
    'as',
    'erfaring',
    'experience',
    'fartstid',
    'sea time',
    'til sjøs',
    'at sea',
    'på sjøen',
    'on board',
    'om bord',
    'ombord',
    'på restaurant',
    'på dekk',
    'on deck',
    'i maskin',
  ],
  // Before «er 12 år gammal», "is 12 years old": a vessel's age, never a person's.
  thing: [
    'båten',
    'baten',
    'skipet',
    'fartøyet',
    'ferja',
    'ferga',
    'the boat',
    'the ship',
    'the vessel',
    'our boat',
    'our ship',
  ],
  // Right after a number: years of age («16 år gammal», "17 y/o"), never a time served.
  ageAfter: [
    'år gammel',
    'år gammal',
    'år gamal',
    'år gamle',
    'years old',
    'year old',
    'yrs old',
    'y/o',
    'yo',
    'åring',
    'years of age',
  ],
};
