/**
 * The language of each message: bokmål, nynorsk or English. Norwegian names inside English do not
 * flip it, a bokmål text with one nynorsk-looking word stays bokmål, and too little text leaves the
 * conversation's language alone (undefined).
 */
import { describe, expect, test } from 'vitest';
import { detectLanguage, detectLocale } from '../../understanding/language.js';

describe('English messages stay English, Norwegian names and terms inside them or not', () => {
  test.each([
    'I sent my D6 application on Min side sjøfolk. Will it be issued automatically?',
    "Our cargo ship is Norwegian-flagged, 120 GT, and there are 11 people in the safe manning. Do we need a ship's cook?",
    'Do we need a manning certificate for our 60 GT cargo ship?',
    "sorry, it's 45 GT, not 60",
    'My employer says I have 1250 hours on board in total',
    'I live in Ålesund and work as a lettmatros. How much fartstid do I need?',
    'I work for Sjøfartsdirektoratet in Haugesund',
    'Do I need a helseerklæring to work in Bergen?',
    'Can I log in to Altinn with BankID to apply for my D6?',
    'We are based in Tromsø and our skipper has a D5L. Is that enough?',
    'What does the D6 let me do?',
    'DO WE NEED A SHIP COOK',
    'Do We Need A Ship Cook On Board?',
    'Hi, I am a seafarer from Bodø and I wonder how long my health certificate is valid.',
    // Short questions of content words only
    'requirement for oiler?',
    'processing time for interim ISSC?',
    'flag Norway, 40 GT',
    'oiler requirements?',
    'ISSC interim validity?',
    'ISSC expiry 01/03/2027, renewal audit 15/01/2027, new expiry?',
    // Round 3: short messages to an office, with a Norwegian name or an acronym
    'Sdir postal address?',
    'phone number for Sjøfartsdirektoratet?',
    'Electronic SSP accepted?',
    'oops, 120 after diploma',
    // Round 38: a passage quoted from a Norwegian document is the document's language, not the writer's
    'what means "fører skal være maskinkyndig"',
    'what does «fører skal være maskinkyndig» mean in our manning certificate?',
  ])('"%s"', (text) => {
    expect(detectLocale(text)).toBe('en');
  });
  test.each([
    ['hva betyr "fører skal være maskinkyndig"', 'nb'],
    ['Hei, kan du sjekke denne: "Ola Nordmann has served 6 months as deckhand"', 'nb'],
    // a whole e-mail pasted to be answered is answered in its own language
    [
      'Hei Losen, kan du hjelpe meg svare: "Hei. Vi driv MS Øyferja (LJ4411), ferje med 80 passasjerar. Sikkerheitsbemanninga er 4. Må vi ha skipskokk, og kan matrosane selje billettar? Helsing Randi, Øyferja AS"',
      'nn',
    ],
  ])('a short quotation leaves the writer\'s own language: "%s"', (text, locale) => {
    expect(detectLocale(text)).toBe(locale);
  });
});

describe('bokmål messages are bokmål', () => {
  test.each([
    'Hva om skipet bare er på 45 BT?',
    'Hva koster det å registrere en fritidsbåt?',
    'Trenger vi bemanningssertifikat, og må vi ha skipskokk om bord?',
    'Når er det krav om skipskokk?',
    'Hva får jeg føre med D6-sertifikat?',
    'Hvor mange timer må jeg ha?',
    'Hei, jeg lurer på om jeg trenger helseerklæring når jeg jobber på en fritidsbåt i Tromsø',
    'hva trenger jeg for a fa helseerklaering',
    'Skipet vårt er på 120 BT. Må vi ha kokk?',
    // «søke» is nynorsk too, «mi» after a name of a page in bokmål, «æ» and «ka» either standard's dialect
    'Hvor søker jeg? Jeg vil søke om D5',
    'Jeg logget inn på Min side og fant fartstida mi',
    'æ har d6, ka kan æ jobbe som?',
  ])('"%s"', (text) => {
    expect(detectLocale(text)).toBe('nb');
  });

  test.each([
    { name: 'one "frå"', text: 'Jeg har jobbet som lettmatros i to år, men har ikke frå før noe sertifikat' },
    { name: 'one "ein"', text: 'Hva er ein D6, og hvem trenger det?' },
    { name: 'one "eg" typed by mistake', text: 'Jeg lurer på hva eg trenger for å bli matros. Hvem kan hjelpe meg?' },
  ])('a bokmål text with one nynorsk-looking word stays bokmål: $name', ({ text }) => {
    expect(detectLocale(text)).toBe('nb');
  });
});

describe('nynorsk messages are nynorsk', () => {
  test.each([
    'Kva treng eg for å få helseerklæring?',
    'Korleis søkjer eg om stadfesting av fartstid?',
    'Eg har jobba som lettmatros i to år. Kva må eg gjere for å bli matros?',
    'Kor mykje fartstid treng eg?',
    // One nynorsk-only word in an otherwise neutral question
    'mellombels ISSC skrive ut 03.06.2026, når går det ut?',
    'Vi har ei turistbåt med 12 passasjerar, 11 meter. Kan skipperen ha D6?',
    'må kadetten ha vitnemål for D5 før han startar systematisk opplæring?',
    'Gjeld dette òg for fiskefartøy?',
    'Vi har ein båt på 14 meter, treng vi bemanningssertifikat?',
    'Kor mange timar må eg ha?',
    'Kva kostar det?',
    'Hei! Eg lurar på korleis eg får stadfesta fartstida mi.',
    'Skipet vårt er på 120 BT. Må me ha kokk?',
    'Kven kan skrive ut helseerklæring, og kvifor er det ikkje nok med legeattest frå utlandet?',
    'Dei seier at sertifikatet berre gjeld i fem år. Stemmer det?',
    'kva treng eg for a fa helseerklaering',
    // Western dialect forms and a-infinitives, which nynorsk has and bokmål not
    'kæm kan skriva under på fartstida mi?',
    'åssen søke me om bemanningssertifikat?',
    'kem ska rapportere fartstida?',
    // Nynorsk without «eg/kva»: the nouns and verbs tell
    'kan rekneskapsføraren vår stadfeste fartstida til mannskapet?',
    'reknar vedlikehald om bord når båten ligg ved kai som fartstid?',
    'Vil søknaden min bli behandla automatisk om reiarlaget har rapportert fartstida elektronisk?',
    // Round 3: «ISSC-en» is no bokmål «en»; -ande, -ast and «månad», «personar» are nynorsk
    'Skipet skal skifte flagg til Danmark neste månad. Kva skjer med ISSC-en?',
    'Når må den mellomliggjande verifikasjonen av ISSC-en gjerast? Sertifikatet gjeld til 10. juni 2029.',
    'trenger me kokk om bord naar minste bemanning er ni personar',
    'kan de hjelpe meg å skrive ei stadfesting av fartstid?',
  ])('"%s"', (text) => {
    expect(detectLocale(text)).toBe('nn');
  });
});

describe('too little text leaves the language open', () => {
  test.each(['', '   ', 'ok', '45', '45 BT', 'D6', 'kokk 10 mann?', 'Ola Nordmann', 'Haugesund', 'Min side', '?!'])(
    '"%s" is undefined',
    (text) => {
      expect(detectLocale(text)).toBeUndefined();
      expect(detectLanguage(text)).toBeUndefined();
    },
  );

  test.each([
    { text: 'ja', locale: 'nb' },
    { text: 'yes', locale: 'en' },
  ])('a single word still gives a weak guess: "$text"', ({ text, locale }) => {
    const guess = detectLanguage(text);
    expect(guess?.locale).toBe(locale);
    expect(guess?.confidence).toBeLessThan(0.8);
  });
});

describe('which Norwegian standard', () => {
  test.each([
    { text: 'og viss vi er 9?', told: false },
    { text: 'og hvis vi er 9?', told: true },
    { text: 'Treng vi skipskokk om bord?', told: true },
    { text: 'Trenger vi skipskokk om bord?', told: true },
  ])('"$text" tells the standard: $told', ({ text, told }) => {
    const guess = detectLanguage(text);
    expect(guess?.locale === 'nb' || guess?.locale === 'nn').toBe(true);
    expect(guess?.variantTold).toBe(told);
  });
});

describe('confidence', () => {
  test('grows with evidence and stays between 0 and 1', () => {
    const short = detectLanguage('Hva er D6?');
    const long = detectLanguage(
      'Hva trenger jeg for å få D6, og hvor lenge må jeg ha jobbet om bord før jeg kan søke?',
    );
    expect(short?.locale).toBe('nb');
    expect(long?.locale).toBe('nb');
    expect(long?.confidence ?? 0).toBeGreaterThan(short?.confidence ?? 1);
    for (const g of [short, long]) {
      expect(g?.confidence).toBeGreaterThan(0);
      expect(g?.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('user text never breaks the lookups', () => {
  test.each(['constructor', '__proto__', 'toString', 'hasOwnProperty valueOf', 'constructor prototype __proto__ the'])(
    '"%s" does not throw',
    (text) => {
      expect(() => detectLanguage(text)).not.toThrow();
    },
  );
});
