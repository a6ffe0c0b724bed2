/**
 * `understand()`: one reading of one message — language, command, questions and their topics,
 * every fact with where it is said, corrections and what-ifs, and the answer to the question
 * waiting for one. Table-driven, named after the situation; assertions on keys and values.
 */
import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import type { UnderstandContext, Understanding } from '../../understanding/understand.js';
import { MAX_UNDERSTOOD, readMessage, understand } from '../../understanding/understand.js';

const TODAY = '2026-11-22';
const at = (extra: Partial<UnderstandContext> = {}): UnderstandContext => ({ today: TODAY, ...extra });
const manningAsksFlag = at({
  pending: { ruleId: 'manning-certificate', fact: 'flag' },
  ruleId: 'manning-certificate',
  known: { vesselType: 'cargo', grossTonnage: 60 },
});
const manningDecided = at({
  ruleId: 'manning-certificate',
  known: { flag: 'NO', vesselType: 'cargo', grossTonnage: 60 },
});
const cookDecided = at({ ruleId: 'ship-cook', known: { safetyManning: 11 } });

/** The facts found, as { key: value }. */
const factsOf = (u: Understanding) => Object.fromEntries(u.facts.map((f) => [f.key, f.value]));
/** The topics of the questions found ('?' for a question no topic clearly fits). */
const topicsOf = (u: Understanding) => u.questions.map((q) => (q.verdict.kind === 'answer' ? q.verdict.topic : '?'));

describe('understand: questions no source answers are out of scope, not a menu', () => {
  test.each([
    'må vi ha to kokker om bord? vi er 14 i sikkerhetsbemanningen',
    'agency says Norwegian ship need 2 cook, is true?',
    'processing time for interim ISSC?',
    'hvor lang tid tar det å få midlertidig ISSC?',
    'Can we sail with fewer crew than the manning certificate if one person is sick?',
    'Kan vi gå med en mann mindre enn bemanningssertifikatet sier?',
    // The statements say what the one question is about: a change of name or owner, which no source covers.
    'Vi har byttet navn på båten. Må vi søke nytt bemanningssertifikat?',
    'We changed the ship name last week. Do we need a new manning certificate?',
    'Skipet vart seld til eit nytt reiarlag. Må bemanningssertifikatet skrivast om?',
    // Round 3: the sea time a certificate requires is no calculation, and D6's is not in the sources
    'Kor mange fartstidsdagar må eg ha for å få D6?',
    'How many sea-time days does a D6 need?',
  ])('"%s"', (text) => {
    expect(understand(text, at()).questions.map((q) => q.verdict.kind)).toEqual(['out-of-scope']);
  });
});

describe("understand: near misses that share a topic's words are out of scope (round 27)", () => {
  test.each([
    'Kokken vår vil ta fagbrev. Hvor kan han gå opp til prøve?',
    'Kokken vår vil ta fagbrev i restaurant- og matfag. Kvar kan han ta fagprøva?',
    'Jeg har D6, kan jeg kjøre vannscooter med det?',
    'Eg har D6. Kan eg køyre vasscooter med det?',
    'Hvor tar jeg D6-kurset, og hvor lang tid tar det?',
    'Hvilke lege kan utstede helseerklæring for sjøfolk i Bodø?',
    'Skipsfører uten førerrett etter D5 – kan jeg likevel føre fritidsbåten min?',
    'D5 without master rights, can I still skipper my own leisure boat?',
    'Can you find me a cadet berth?',
    'Sea time calculator: how many days of annual leave do I get as a seaman?',
    'Min side shows my sea time, can my bank see it for a loan application?',
    'Min side viser fartstida mi. Kan NAV sjå ho?',
    'Fartstidsbekreftelse: kan jeg bruke den som attest når jeg søker jobb i Equinor?',
    'Sea time confirmation: can I use it as a reference letter for a job on land?',
    'Kva bot får vi om det mellombelse ISSC-et går ut?',
    'Dagordning: kva seier arbeidsmiljølova om nattarbeid på land?',
    'Fartstid: teller tid i Forsvaret på marinefartøy?',
    'hvor sender jeg papirene til helseerklæringen',
  ])('"%s"', (text) => {
    expect(understand(text, at()).questions.map((q) => q.verdict.kind)).toEqual(['out-of-scope']);
  });
  test.each([
    'Trenger vi bemanningssertifikat for slepebåten, og når kommer kontrollen fra dere?',
    'Treng vi bemanningssertifikat for slepebåten, og når kjem kontrollen frå dykk?',
    'Trenger vi bemanningssertifikat for arbeidsbåten, og hvor finner jeg skjemaet for havnestatskontroll?',
    'Må lasteskipet vårt ha bemanningssertifikat, og kan dere sende inspektør på lørdag?',
    'Does our tug need a manning certificate and when will your surveyor come on board?',
  ])('the inspection asked beside the manning certificate is kept as a question outside: "%s"', (text) => {
    expect(topicsOf(understand(text, at()))).toEqual(['manning.which-vessels', '?']);
  });
});

describe("understand: near misses that share a topic's words are out of scope (round 28)", () => {
  test.each([
    'Jeg er matros og vil bli los. Hva er kravene?',
    'how to register a yacht in NIS and how long it take',
    'Hei. Fartstiden min er rapportert av arbeidsgiver, men jeg mener at lønna mi ikke stemmer med timene som er rapportert. Kan Sdir hjelpe meg å kreve etterbetaling?',
    'Hi, we are a temporary staffing agency hiring out ABs to shipowners. Do we need approval as a recruitment and placement service under MLC, and how do we apply?',
    'Reposisjonering uten last: må vi ha los når vi flytter båten fra Bergen til Ålesund?',
    'Utenlandsk kadettplass - hjelper Sdir med å finne kadettplass i et utenlandsk rederi?',
    'Mobile units: does a jack-up rig need approval from the Ocean Industry Authority (Havtil) for drilling?',
    'D6 update on the manning certificate - does the boat also need a new class certificate at the same time?',
  ])('"%s"', (text) => {
    expect(understand(text, at()).questions.map((q) => q.verdict.kind)).toEqual(['out-of-scope']);
  });
});

describe("understand: near misses that share a topic's words are out of scope (round 30)", () => {
  test.each([
    'Helseerklæringen min går ut neste uke – kan fastlegen min fornye den?',
    'Eg har mista helseerklæringa mi, kan legen skrive ut ein kopi?',
    'Kan eg få kopi av fartstidsattesten som arbeidsgjevaren sende inn i 2015?',
    "Hello. Our ship has a minimum safe manning document and we're going to sail to Svalbard. Do we need a Polar Code certificate and what extra crew training is required for ice navigation? Best, ops manager",
    'Hei! Eg har gyldig helseerklæring og er lettmatros. Eg skal ta tatovering og piercing – er det nokon reglar om dette for sjøfolk, og kan det påverke helseerklæringa? Helsing Tina',
  ])('"%s"', (text) => {
    expect(understand(text, at()).questions.every((q) => q.verdict.kind === 'out-of-scope')).toBe(true);
  });
  it('«Kva kan ein D6-innehavar vere, og kan han køyre buss med D6 på ferja?»: D6, then the bus outside', () => {
    expect(topicsOf(understand('Kva kan ein D6-innehavar vere, og kan han køyre buss med D6 på ferja?', at()))).toEqual(
      ['d6.privileges', '?'],
    );
  });
});

describe('understand: a joined question outside the catalogue that leans to no topic beside it is kept (round 28)', () => {
  test.each([
    ['Kva krav er det til matros, og kva er lønna til ein matros på ein hurtigbåt?', 'ratings.matros'],
    [
      'Må alle stillinger være om bord ved kai, og hvor mange vaktmenn krever politiet ved cruiseanløp?',
      'manning.moored',
    ],
    [
      'Does the manning certificate expire, and do we have to display it in the wheelhouse in a frame?',
      'manning.expiry',
    ],
    ["When is a ship's cook required, and how much victualling allowance per day must the owner pay?", 'cook.required'],
  ])('"%s"', (text, topic) => {
    expect(topicsOf(understand(text, at()))).toEqual([topic, '?']);
  });
  test.each([
    ['Gjelder helseerklæringen i to år, og må jeg ta ny syntest hver gang?', 'health.certificate'],
    ['Kan sikkerhetsbesetningen selge billetter, og hvor mange redningsvester må vi ha?', 'manning.other-duties'],
    ['Må me ha mannskap om bord i kaldt opplag, og kva med forsikringa då?', 'manning.lay-up'],
  ])('one whose words take it outside the topic beside it is kept too: "%s" (round 29)', (text, topic) => {
    expect(topicsOf(understand(text, at()))).toEqual([topic, '?']);
  });
  it('one that leans to the topic beside it shares its subject («…, og hvilken rolle i Altinn trenger vi?»)', () => {
    expect(topicsOf(understand('Kan vi bruke Min side, og hvilken rolle i Altinn trenger vi?', at()))).toEqual([
      'seatime.employer-reporting',
    ]);
  });
});

describe("understand: near misses that share a topic's words are out of scope (round 33)", () => {
  test.each([
    'engine officer E4 first issue sea time requirements',
    'can i get D6 with fishing vessel seatime only',
    'how much sdir charge for ISSC intermediate verification',
    'how long take to get digital certificate in app after approval',
    'Hva er API-nøkkelen for å rapportere fartstid, og hvor får vi testmiljø?',
    'Hva må en fartstidsbekreftelse inneholde for å søke om båtførerbevis?',
    'Hvem kan bekrefte fartstid for tjeneste i Redningsselskapet som frivillig?',
    'Hva betyr «dagordning» i en hotellkontrakt for hurtigrutecruise?',
    'Kan sikkerhetsbemanningen på et skip i opplag leies ut til et annet rederi mens skipet ligger stille?',
    'Hvor mange liter drivstoff kan vi ha på dekk ved forflytning uten last etter § 13?',
    'Kan maskinpasser-lettmatros også være sveiser om bord med sertifikat fra NDT?',
    'Hvordan regner jeg om timer til dager for ferieloven, ikke fartstid?',
    'Can a D6 holder command an unmanned autonomous vessel remotely from shore?',
    'Can time in a bridge simulator count towards my sea time for D5?',
  ])('"%s"', (text) => {
    expect(understand(text, at()).questions.every((q) => q.verdict.kind === 'out-of-scope')).toBe(true);
  });
  test.each([
    ['Hva teller som fartstid, og får jeg feriepenger av de timene?', 'seatime.what-counts'],
    [
      'Who can sign my sea time confirmation, and do you accept DocuSign electronic signatures?',
      'seatime.who-can-confirm',
    ],
    [
      'Is the electronic ship security plan accepted, and can the SSP be stored in the cloud outside Norway?',
      'isps.electronic-plan',
    ],
  ])('the part outside is kept beside the answer: "%s"', (text, topic) => {
    expect(topicsOf(understand(text, at()))).toEqual([topic, '?']);
  });
});

describe("understand: near misses that share a topic's words are out of scope (round 36)", () => {
  test.each([
    'D6 requirements to get first time, how much sea time',
    'how long takes ISPS document review',
    'hvordan far jeg fagbrev matros',
    'Helseattesten min er gyldig, men finst det ei liste over godkjende sjømannslegar i Sogn?',
    'Førerrett D5 – kan jeg bruke førerretten til å vie folk om bord?',
    'Sikkerhetsbemanningen kan selge billetter. Hvilket betalingssystem anbefaler dere for billettsalg på ferje?',
    'Digitale sertifikat i appen – kan eg få varsel på SMS før dei går ut?',
  ])('"%s"', (text) => {
    expect(understand(text, at()).questions.every((q) => q.verdict.kind === 'out-of-scope')).toBe(true);
  });
});

describe('understand: a question turned away from what the e-mail said before it (round 35)', () => {
  test.each([
    'Hei. Vi skal flytte en tom ferje fra Stavanger til et verft i Gdansk uten passasjerer eller last. Vi vet at bemanningen da følger § 13. Men hva må vi gjøre med tollen når båten forlater EU-tollområdet og kommer tilbake? Mvh rederiet',
    'Hei, ISSC-en må leveres tilbake når skipet skifter flagg, det vet vi. Men hvordan leverer vi tilbake de norske nasjonalitetsbevisene og hva med skipsklokka med navnet? Mvh rederiet',
    'Hello, the ISSC must be returned when invalid, fine. But who do we contact to get back the deposit for the flag state certificates, if any? Regards',
    "Hi, the day schedule ('dagordning') is clear to us. What I want is the procedure for registering crew working hours in an electronic logbook — which systems are approved? Regards",
  ])('is outside, never the topic of the sentences before it: "%s"', (text) => {
    expect(understand(text, at()).questions.every((q) => q.verdict.kind === 'out-of-scope')).toBe(true);
  });
  test.each([
    'Jeg vet at helseerklæringen gjelder i to år, men hvor finner jeg en oversikt over sjømannsleger i Trondheim?',
    'I know the ISSC interim is max 6 months, but who trains our crew in anti-piracy drills?',
    'Me veit at fartstida vert rekna time for time, men kven lagar lønsslippane våre?',
  ])('in one sentence after what the writer knows, the clause after "but" is the question (round 36): "%s"', (text) => {
    expect(understand(text, at()).questions.every((q) => q.verdict.kind === 'out-of-scope')).toBe(true);
  });
  test.each([
    ['Vi fekk I-ISSC 15. oktober 2026. Men når går det ut?', 'isps.interim'],
    ['Vi har et lasteskip på 300 BT med norsk flagg. Men trenger vi bemanningssertifikat?', 'manning.which-vessels'],
  ])('a "but" that goes on about the same is that topic: "%s"', (text, topic) => {
    expect(topicsOf(understand(text, at()))).toEqual([topic]);
  });
});

describe('understand: a catalogue word in another setting is out of scope (round 34)', () => {
  test.each([
    'Hva betyr "fører skal være maskinkyndig" i en leiekontrakt for bil?',
    'Kva betyr "dagordning" i eit kommunestyremøte?',
    'What does "dagordning" mean in a Swedish board meeting?',
    'Hvem kan være kokk i barnehagen?',
    'Kan sikkerhetsplanen for barnehagen være elektronisk?',
    'Kan en livvakt gjøre andre oppgaver enn sikkerhet?',
    'Hvorfor gikk søknaden min om parkeringstillatelse til manuell behandling?',
    'Why did my UDI residence application go to manual processing?',
    'Kan jeg ha førerkortet mitt digitalt i en app?',
    'Convert 300 hours of community service into days',
    'What counts as sea time in the Australian AMSA system?',
    'Hva heter saksbehandleren som har søknaden min om D5?',
  ])('"%s"', (text) => {
    expect(understand(text, at()).questions.every((q) => q.verdict.kind === 'out-of-scope')).toBe(true);
  });
});

describe('understand: a joined question in words no example of the topic beside it uses is kept (round 33)', () => {
  test.each([
    ['Er helseerklæringen gyldig i to år, og kan jeg få den refundert av Helfo?', 'health.certificate'],
    ['Hva er den digitale sertifikat-appen, og virker den på Apple Watch?', 'aps.digital-certificates'],
    ['trenger vi bemanningssertifikat pa sjarken var pa 11 m, og ma den ha radar?', 'manning.which-vessels'],
    ['Når kreves skipskokk, og må kokken ha hygienebevis fra Mattilsynet?', 'cook.required'],
    ['Kva krav er det til smørar, og kva hørselvern skal han bruka?', 'ratings.smorer'],
    ['Kven kan skriva under fartstidsstadfestinga, og må det vera med blå penn?', 'seatime.who-can-confirm'],
    [
      'Hvordan søker rederiet om bemanningssertifikat, og hvilken PDF-leser må vi bruke for skjemaene?',
      'manning.how-to-apply',
    ],
    ['what is requirement for oiler, and which protective gear oiler must wear in engine room?', 'ratings.smorer'],
  ])('"%s"', (text, topic) => {
    expect(topicsOf(understand(text, at()))).toEqual([topic, '?']);
  });
  test.each([
    // One unusual word, while the classifier still leans to the topic: the same matter.
    ['Når går I-ISSC-en ut, og kan vi få forlengt ho om godkjenninga dreg ut?', 'isps.interim'],
    ['Trenger vi kokk om bord, og hva om vi bare er 8?', 'cook.required'],
  ])('one in the topic’s own words, or a what-if on it, is not: "%s"', (text, topic) => {
    expect(topicsOf(understand(text, at()))).toEqual([topic]);
  });
  it('a sentence of its own after the question may use words of its own ("… when does it expire at the latest?")', () => {
    const text = 'we got an interim ISSC on 3 June 2026. can it be extended? when does it expire at the latest?';
    expect(topicsOf(understand(text, at()))).toEqual(['isps.interim']);
  });
});

describe('understand: a joined question about the same thing, asking what no source answers, is kept (round 37)', () => {
  test.each([
    // no question mark anywhere: a joined question asks as much as one with it
    ['Hva er kravene til matros og hvor tar jeg fagbrev', 'ratings.matros'],
    ['Trenger skipet bemanningssertifikat og må det ha sikkerhetsstyringssystem', 'manning.which-vessels'],
    ['What are the requirements for motorman and where do I get the training', 'ratings.maskinpasser'],
    ['Når er mellomliggende verifikasjon og kan den gjøres i utlandet', 'isps.verification-dates'],
    // pointing back at what the first question names, but asking something the classifier places nowhere near it
    ['Kan sikkerhetsplanen være elektronisk og må den være på norsk?', 'isps.electronic-plan'],
    ['Hvem kan skrive fartstidsbekreftelse og hvor lenge er den gyldig?', 'seatime.who-can-confirm'],
    ['Hvorfor har jeg ikke førerrettigheter og hvor lang tid tar fornyelsen?', 'deck.master-rights'],
  ])('"%s"', (text, topic) => {
    expect(topicsOf(understand(text, at()))).toEqual([topic, '?']);
  });
  test.each([
    // a what-if on it, or another side of the same topic, stays as before
    ['Trenger vi kokk om bord, og hva om vi bare er 8?', ['cook.required']],
    ['Trenger vi bemanningssertifikat og hvor lenge gjelder det?', ['manning.which-vessels', 'manning.expiry']],
  ])('one the answer covers is not: "%s"', (text, topics) => {
    expect(topicsOf(understand(text, at()))).toEqual(topics);
  });
});

describe('understand: out of scope, however near the catalogue it sounds (round 37)', () => {
  test.each([
    // pointing back at what the statements are about, in words that take it outside that topic
    'Helseerklæringen er gyldig i 2 år, det vet jeg. Men kan fastlegen min skrive den?',
    // a verification or an inspector abroad is not in seed 001
    'Kan ISPS-inspektøren komme til Spania for verifikasjon',
    // how long a certificate is valid is no processing time
    'Hvor lenge varer D6-sertifikatet?',
  ])('"%s"', (text) => {
    expect(topicsOf(understand(text, at()))).toEqual(['?']);
  });
  test.each([
    ["When is a ship's cook required and what food must be served?", 'cook.required'],
    ['Hvorfor gikk søknaden til manuell behandling og kan jeg trekke søknaden?', 'aps.processing'],
  ])('a joined question no topic answers is said to be outside, never another topic: "%s"', (text, topic) => {
    expect(topicsOf(understand(text, at()))).toEqual([topic, '?']);
  });
  test.each([
    ['Hva kan jeg med D6 og gjelder det i Sverige', 'd6.privileges'],
    ['What does D6 allow and is it valid in the UK', 'd6.privileges'],
    ['Hvor lenge gjelder helseerklæringen og gjelder den på utenlandsk skip', 'health.certificate'],
  ])('another country in the joined question leaves the first one answered: "%s"', (text, topic) => {
    expect(topicsOf(understand(text, at()))).toEqual([topic, '?']);
  });
  it('a flag named in a statement beside the question still takes it outside («Svensk flagg. …»)', () => {
    expect(topicsOf(understand('Svensk flagg. Når må mellomliggende verifikasjon gjøres?', at()))).toEqual(['?']);
  });
  test.each([
    ['how long is ISSC valid', 'isps.verification-dates'],
    ['ISSC valid how many years?', 'isps.verification-dates'],
    ['kor lenge er interim ISSC gyldig', 'isps.interim'],
    ['temporary ship security certificate for a new ship, how long does it last?', 'isps.interim'],
  ])('how long an ISSC is valid: the interim one only when named so: "%s"', (text, topic) => {
    expect(topicsOf(understand(text, at()))).toEqual([topic]);
  });
});

describe('understand: two questions joined by a comma alone (round 38)', () => {
  test.each([
    [
      'Hva kan D6 brukes til, hvor lenge gjelder helseerklæringen, og hvordan får jeg europeisk helsetrygdkort?',
      ['d6.privileges', 'health.certificate', '?'],
    ],
    [
      'Who can sign sea time, how are days calculated, and is Philippine fishing sea time accepted?',
      ['seatime.who-can-confirm', 'seatime.calculate', '?'],
    ],
  ])('"%s": each answered, the one outside said to be so', (text, topics) => {
    expect(topicsOf(understand(text, at()))).toEqual(topics);
  });
  test.each([
    // a time before the question, or a subject announced: one question
    'when the ferry is moored at the quay overnight, who pays the overtime for the crew that must stay on board?',
    'what about the ISSC, when do we need it?',
  ])('"%s": one question', (text) => {
    expect(understand(text, at()).questions).toHaveLength(1);
  });
});

describe('understand: a catalogue word in another setting, and a subject named before a question outside (round 38)', () => {
  test.each([
    'helseerklæring for hund om bord?',
    'health certificate for imported food on board',
    'who can sign a crew list',
    'kven kan signere for at båten er sjødyktig',
    "when must the ship's registration certificate be returned",
    'regn om 40 timers kurs til dager',
    'kor lang tid tek saksbehandlinga for fiskarmanntalet',
    'maks 14 timer per døgn, gjelder det også for kontoransatte i rederiet',
    'fartstid som røktar, kan eg få fagbrev i akvakultur',
    'KS-0308 skjema fylt ut feil, kan jeg trekke søknaden og få pengene tilbake',
  ])('"%s": the fallback', (text) => {
    expect(topicsOf(understand(text, at()))).toEqual(['?']);
  });
  test.each([
    ['matros krav og hvordan søker jeg arbeidsvisum til Norge', 'ratings.matros'],
    ['Interim ISSC gyldighet og hva er gebyret for ISPS-verifikasjon?', 'isps.interim'],
    ['able seaman requirements and how to apply for a Norwegian work visa', 'ratings.matros'],
    [
      'sikkerhetsplan papir eller elektronisk, og hvor lenge skal vi oppbevare logg over øvelser?',
      'isps.electronic-plan',
    ],
  ])('"%s": the subject answered, the question said to be outside', (text, topic) => {
    expect(topicsOf(understand(text, at()))).toEqual([topic, '?']);
  });
  it('the lay-up’s answer is for a lay-up only ("… what minimum safe manning" for a ferry in service)', () => {
    expect(
      topicsOf(understand('how many crew must be on our 30 m ferry? what minimum safe manning', at())),
    ).not.toContain('manning.lay-up');
  });
  it('a statement with its subject is no subject named ("vi er 12 og hvor mange kokker trenger vi?")', () => {
    expect(topicsOf(understand('vi er 12 og hvor mange kokker trenger vi?', at()))).toEqual(['?']);
  });
});

describe('understand: a second question on the same thing that no source answers is kept (round 39)', () => {
  test.each([
    ['who can sign a sea-time confirmation and can a Latvian crewing agency sign it', 'seatime.who-can-confirm'],
    ['what may a D6 holder serve as and is a D6 recognised in Latvia', 'd6.privileges'],
    ['kva krav er det til smørar og kva er minsteløna for smørar', 'ratings.smorer'],
    ['Treng ferja bemanningssertifikat? Og må ferja ha hjartestartar?', 'manning.which-vessels'],
  ])('"%s"', (text, topic) => {
    expect(topicsOf(understand(text, at()))).toEqual([topic, '?']);
  });
  it('an elliptic one about another person is the same question («Og Marte sin fra 15.06.2026?»)', () => {
    const text =
      'Hei, to spørsmål: 1) Hvor lenge gjelder helseerklæringen til Jonas, utstedt 01.12.2024? 2) Og Marte sin fra 15.06.2026?';
    expect(topicsOf(understand(text, at()))).not.toContain('?');
  });
  it('«har sju månader i maskin» states, as «har 7 månader» does: no question', () => {
    expect(understand('har sju månader i maskin', at()).isQuestion).toBe(false);
  });
});

describe('understand: the out-of-scope probe of round 40', () => {
  test.each([
    // A catalogue word in another setting: another authority's case, exports, a driving licence, a job.
    'kvifor gjekk søknaden min om familieinnvandring til manuell behandling',
    'hvorfor gikk søknaden min om byggetillatelse til manuell behandling',
    'health certificate needed to export salmon to China?',
    'kor lenge gjeld helseattesten for forarkort',
    'ledig jobb som maskinpasser? noen rederier som ansetter',
    // Another flag: the Norwegian cook rule is not its rule.
    'Do we need a cook on a Cayman-flag superyacht with 14 crew?',
    'må det være skipskokk på et skip under Bahamas-flagg med 12 i sikkerhetsbemanningen?',
  ])('"%s" is outside', (text) => {
    expect(topicsOf(understand(text, at()))).toEqual(['?']);
  });
  test.each([
    [
      'hvorfor gikk søknaden min til manuell behandling? og hvorfor har jeg ikke fått skattepengene tilbake',
      'aps.processing',
    ],
    ['Kan sikkerhetsplanen være elektronisk? Trenger vi også en cybersikkerhetsplan?', 'isps.electronic-plan'],
    ['kva krev ein av ein matros, og korleis får eg lærlingplass som matros?', 'ratings.matros'],
    ['does an 80 GT cargo ship need AIS? and does it need a manning certificate?', 'manning.which-vessels'],
    ['skipet skal i varmt opplag. kva bemanning treng vi, og kva forsikring treng vi?', 'manning.lay-up'],
    [
      'Hei, vi har et havneanlegg og et skip. Hvor lenge er havnesikringsplanen godkjent, og hvor lenge gjelder et midlertidig ISSC for skipet? Mvh Per',
      'isps.interim',
    ],
  ])('"%s": %s answered, the other part said to be outside', (text, topic) => {
    expect(topicsOf(understand(text, at()))).toEqual([topic, '?']);
  });
  test.each([
    ['kva krev ein av ein matros?', 'ratings.matros'],
    ['hvor lenge gjelder et midlertidig ISSC for skipet?', 'isps.interim'],
    ['Our Norwegian flag supply vessel 2800 GT, safety manning 11, need cook?', 'cook.required'],
    [
      'Hei, vi har D6 i bemanningsoppgaven for overstyrmann, kan vi bruke en med D5 i stedet?',
      'manning.accepted-certificates',
    ],
  ])('"%s": %s', (text, topic) => {
    expect(topicsOf(understand(text, at()))).toEqual([topic]);
  });
  it('«Rederiet ønsker D6 i stedet for D5 i bemanningen» stays how to get D6 into the manning certificate', () => {
    expect(topicsOf(understand('Rederiet ønsker D6 i stedet for D5 i bemanningen, hvordan søker vi?', at()))).toEqual([
      'manning.d6-update',
    ]);
  });
});

describe('understand: the out-of-scope probe of round 41', () => {
  test.each([
    'Can our garbage management plan be electronic, or does it have to be on paper?',
    'Vil gjerne jobbe i Sjøfartsdirektoratet',
  ])('"%s" is outside', (text) => {
    expect(topicsOf(understand(text, at()))).toEqual(['?']);
  });
  test.each([
    ['Trenger en arbeidsbåt på 60 BT bemanningssertifikat? Og må den klasses hos DNV?', 'manning.which-vessels'],
    [
      'Convert 12 hours a day for 45 days to sea time, and tell me how much overtime pay I should get',
      'seatime.calculate',
    ],
    [
      'Can the ship security plan be electronic, and can the cargo securing manual be electronic too?',
      'isps.electronic-plan',
    ],
    [
      'Godtar dere kadettplass på utenlandsk skip? og trenger jeg arbeidsvisum i Singapore for det?',
      'deck.foreign-cadet',
    ],
  ])('"%s": %s answered, the other part said to be outside', (text, topic) => {
    expect(topicsOf(understand(text, at()))).toEqual([topic, '?']);
  });
  test.each([
    ['manning doc say D5 for skipper but our captain has D4, is this ok?', 'manning.accepted-certificates'],
    [
      'bemanningssertifikatet sier D5, men vi går bare i fartsområde 2. kan vi bruke en med D6?',
      'manning.accepted-certificates',
    ],
    [
      'Vi kjøper et skip fra Danmark som skal inn i NIS. Det har dansk ISSC. Hva må vi gjøre for å få norsk ISSC?',
      'isps.process',
    ],
    ['hvilke papirer må kokken ha?', 'cook.qualification'],
    ['our crew is only 6 in safe manning, can the AB do cooking without cook papers?', 'cook.qualification'],
    [
      'Good day. Vessel will sail from Tromsø to shipyard in Poland, no cargo no passengers, just go for docking. Must we have full crew like in manning certificate or can be less?',
      'manning.repositioning',
    ],
  ])('"%s": %s', (text, topic) => {
    expect(topicsOf(understand(text, at()))).toEqual([topic]);
  });
  test.each([
    ['Bemanningssertifikatet vårt krever D5. Kan vi søke om å endre det til D6?', 'manning.d6-update'],
    ['do we need a cook on a ship in Poland?', '?'],
  ])('"%s" keeps %s', (text, topic) => {
    expect(topicsOf(understand(text, at()))).toEqual([topic]);
  });
});

describe('understand: round 42', () => {
  test.each([
    'Hvem utsteder ISSC for et norsk skip som er delegert til klasse?',
    'Who issues the ISSC for a Norwegian ship that is delegated to class?',
    'Korleis tek eg fagbrev som kokk?',
  ])('"%s" is outside', (text) => {
    expect(topicsOf(understand(text, at()))).toEqual(['?']);
  });
  test.each([
    ['Går bemanningssertifikatet ut på dato, og må vi ha det på engelsk òg?', 'manning.expiry'],
    ['How do I report damage to a quay, and must all positions be on board while moored?', 'manning.moored'],
    ['hw long is health cert valid and how much is a new d6', 'health.certificate'],
  ])('"%s": never read wholly as %s (the other part is outside)', (text) => {
    expect(topicsOf(understand(text, at()))).toContain('?');
  });
  it('«ISPS steps for non-delegated ship» stays in scope', () => {
    expect(
      topicsOf(understand('ISPS steps for non-delegated ship, how early must CSO request verification?', at())),
    ).toEqual(['isps.process']);
  });
  it('«det er 12 i bemanninga ikkje 9» names the manning: no age of 12 while the age is asked', () => {
    const u = understand(
      'unnskyld, det er 12 i bemanninga ikkje 9',
      at({ pending: { ruleId: 'cook-qualification', fact: 'age' }, known: { safetyManning: 9, crewSize: 9 } }),
    );
    expect(u.answer).toEqual({ kind: 'not-understood' });
    expect(u.change?.facts).toContainEqual({ key: 'safetyManning', value: 12, previous: 9 });
  });
  it('«eg har D6 men er ikkje skipper»: a position denied is no position', () => {
    expect(factsOf(understand('eg har D6 men er ikkje skipper, kva då?', at()))).not.toHaveProperty('role');
  });
  test.each([
    ['D6, 20 years, 12 months OOW on a 10 m boat and 6 months on a 7 m boat. master?', 12],
    ['D6, 20 years, 6 months OOW on a 7 m boat and 12 months on a 10 m boat. master?', 12],
  ])('"%s": only the months on the boat of 8 m or more (%i)', (text, months) => {
    expect(factsOf(understand(text, at()))).toMatchObject({ monthsAsOfficerOfTheWatch: months });
  });
});

describe('understand: an ISSC by its dates, and verifications missed (round 39)', () => {
  test.each([
    ['ISSC utstedt 01.03.2024, er det gyldig nå?', 'isps.verification-dates'],
    ['issc gyldig til 31.03.2027, verifikasjon 31.12.2026', 'isps.verification-dates'],
    ['vårt ISSC er skrive ut 15.06.2023. gjeld det enno?', 'isps.verification-dates'],
    ['what happens if we miss intermediate verification', 'isps.invalid'],
    ['vi glemte mellomliggende verifikasjon, ISSC utstedt 01.03.2023, er det gyldig?', 'isps.invalid'],
    ['we change flag 01.03.2027, is ISSC still valid?', 'isps.invalid'],
  ])('"%s": %s', (text, topic) => {
    expect(topicsOf(understand(text, at()))).toEqual([topic]);
  });
  it('"I work in Norway. I have D6. I can be skipper?": the bare question read with the statement right before it', () => {
    expect(topicsOf(understand('I work in Norway. I have D6. I can be skipper?', at()))).toEqual(['d6.privileges']);
  });
  it('«utsteda» is the date of issue', () => {
    const u = understand(
      'ISSC utsteda 12.05.2023, gyldig til 11.05.2028. Kva tid er mellomliggjande verifikasjon?',
      at(),
    );
    expect(factsOf(u)).toMatchObject({ issueDate: '2023-05-12', expiryDate: '2028-05-11' });
  });
});

describe('understand: the questions of a message', () => {
  test.each([
    {
      name: 'two questions joined by "og" are two topics, in order',
      text: 'Trenger vi bemanningssertifikat, og må vi ha skipskokk om bord?',
      topics: ['manning.which-vessels', 'cook.required'],
    },
    {
      name: "an abbreviation's full stop ends no question («t.d. når vi ligg i Aberdeen» is an example, not a question about the quay)",
      text: 'Gjeld digitale sertifikat i utlandet òg, t.d. når vi ligg i Aberdeen?',
      topics: ['aps.digital-certificates'],
    },
    {
      name: 'a second question opened by "and also" after a question mark is a question of its own (the cook)',
      text: 'tug boat 45 gt norwegian, manning cert needed? and also do we need cook if 4 crew',
      topics: ['manning.which-vessels', 'cook.required'],
    },
    {
      name: 'a question after its context in one sentence, then "and how do we apply?", is two questions',
      text: 'Hi, we need safe manning document for our passenger ferry MF Tustna, Norwegian flag, 150 pax, do we need one and how do we apply?',
      topics: ['manning.which-vessels', 'manning.how-to-apply'],
    },
    {
      name: 'two questions joined by "and" are two topics, in order',
      text: "Does my ship need a manning certificate, and do we need a ship's cook?",
      topics: ['manning.which-vessels', 'cook.required'],
    },
    {
      name: 'two things needed, joined by "and" in one question, are two topics ("a cook and a manning certificate")',
      text: 'we have a 300 GT cargo vessel under norwegian flag with 8 crew. do we need a cook and a manning certificate?',
      topics: ['cook.required', 'manning.which-vessels'],
    },
    {
      name: 'two things needed, joined by "og", are two topics («bemanningssertifikat og skipskokk»)',
      text: 'Trenger vi bemanningssertifikat og skipskokk?',
      topics: ['manning.which-vessels', 'cook.required'],
    },
    {
      name: 'two things needed, joined by "og" in nynorsk, are two topics («skipskokk og bemanningssertifikat»)',
      text: 'Må vi ha skipskokk og bemanningssertifikat? Vi er 12 i sikkerheitsbemanninga',
      topics: ['cook.required', 'manning.which-vessels'],
    },
    {
      name: 'two things needed with the vessel as «ho» (nn) are two topics («Treng ho bemanningssertifikat og skipskokk?»)',
      text: 'Treng ho bemanningssertifikat og skipskokk? Ho er 24 meter, norsk, lasteskip, 8 i sikkerheitsbemanninga',
      topics: ['manning.which-vessels', 'cook.required'],
    },
    {
      name: 'two things needed with the vessel as «den» (nb) are two topics («Trenger den bemanningssertifikat og skipskokk?»)',
      text: 'Trenger den bemanningssertifikat og skipskokk?',
      topics: ['manning.which-vessels', 'cook.required'],
    },
    {
      name: 'a statement that opens with a verb and a number is context, not a question about lettmatros («Har 1 år som lettmatros …»)',
      text: 'Har 1 år som lettmatros og 2 år på dekk ellers. Kan jeg jobbe som matros på et skip på 800 bruttotonn i nordsjøfart?',
      topics: ['ratings.matros'],
    },
    {
      name: "the processing time of a manning certificate is the application's topic, not a personal certificate's",
      text: 'Manning certificate application processing time?',
      topics: ['manning.how-to-apply'],
    },
    {
      name: 'how long an interim ISSC takes to get is out of scope: the sources give how long it is valid, not a processing time',
      text: 'processing time for interim ISSC?',
      topics: ['?'],
    },
    {
      name: 'how long an interim ISSC takes to get is out of scope, in Norwegian too',
      text: 'hvor lang tid tar det å få midlertidig ISSC?',
      topics: ['?'],
    },
    {
      name: 'a question beside statements inside the catalogue keeps its topic (a new ship of 300 GT)',
      text: 'Vi har kjøpt et nytt lasteskip på 300 BT. Trenger vi bemanningssertifikat?',
      topics: ['manning.which-vessels'],
    },
    {
      name: 'a short question beside what the safe manning document says is about the document («… sier D4 for skipsfører. Kan vi bruke D5?»)',
      text: 'Bemanningsoppgaven vår krever D4 for skipsfører, og vi seiler bare i liten kystfart. Kan vi bruke en med D5?',
      topics: ['manning.accepted-certificates'],
    },
    {
      name: '«Korleis går vi fram?» after an STCW update order is that topic alone: its answer says how, and the ordinary form is not for it (nn, A-W3)',
      text: 'Vi har fått pålegg om å oppdatere bemanningssertifikatet etter revisjonen av STCW-konvensjonen. Korleis går vi fram?',
      topics: ['manning.stcw-update'],
    },
    {
      name: '«Korleis søkjer vi?» after wanting D6 in the manning certificate is the D6 update alone (nn)',
      text: 'Vi vil ha D6 inn i bemanningssertifikatet. Korleis søkjer vi?',
      topics: ['manning.d6-update'],
    },
    {
      name: 'a lone question the statements settle is about that topic only: "… cold lay-up. how many crew must stay on board?" (en, A-6)',
      text: 'Ship is going into cold lay-up in Stavanger for winter. how many crew must stay on board?',
      topics: ['manning.lay-up'],
    },
    {
      name: 'a further question that asks the same again is covered by the first answer («Kva skjema skal vi bruke?») (nn, A-R1)',
      text: 'Korleis søkjer reiarlaget om bemanningssertifikat? Kva skjema skal vi bruke?',
      topics: ['manning.how-to-apply'],
    },
    {
      name: 'a further question opening with «Eller» is an alternative to the one before, not a second topic (nn, A-R1)',
      text: 'Må heile gjengen vere om bord når me ligg til kai i heimehamna? Eller kan nokon gå heim?',
      topics: ['manning.moored'],
    },
    {
      name: 'how to apply, asked beside whether one is required, is still a second question (nb)',
      text: 'Trenger vi bemanningssertifikat, og hvordan søker vi?',
      topics: ['manning.which-vessels', 'manning.how-to-apply'],
    },
    {
      name: 'which requirements the cook must meet is the qualification («ka slags krav e det te kokk …») (dialect, round 4)',
      text: 'ka slags krav e det te kokk om bord når vi e 8 mann i sikkerheitsbemanninga? han har ikkje fagbrev',
      topics: ['cook.qualification'],
    },
    {
      name: 'whether a vessel named by its kind and length must have a cook is the cook rule («Må ein 30 meter tråler ha kokk?», round 4)',
      text: 'Må ein 30 meter tråler ha kokk?',
      topics: ['cook.required'],
    },
    {
      name: 'whether a 40 m trawler needs a cook is the cook rule (en, round 4)',
      text: 'does a 40 m trawler need a cook?',
      topics: ['cook.required'],
    },
    {
      name: 'when a cook is required stays that topic («Når er det krav til skipskokk?»)',
      text: 'Når er det krav til skipskokk?',
      topics: ['cook.required'],
    },
    {
      name: '«…, og i så fall hvordan søker vi?» is a second question: how to apply (nb, round 4)',
      text: 'Båten er 1200 BT og norskregistrert. Trenger vi bemanningssertifikat, og i så fall hvordan søker vi?',
      topics: ['manning.which-vessels', 'manning.how-to-apply'],
    },
    {
      name: 'how long an interim ISSC is valid stays its topic',
      text: 'how long is an interim ISSC valid?',
      topics: ['isps.interim'],
    },
    {
      name: 'the processing time of a personal certificate stays its own topic',
      text: 'Hvor lang tid tar saksbehandlingen av D5-søknaden min?',
      topics: ['aps.processing-time'],
    },
    {
      name: 'how many cooks is not the cook topic: the sources say when a cook is required, not how many («to kokker»)',
      text: 'må vi ha to kokker om bord? vi er 14 i sikkerhetsbemanningen',
      topics: ['?'],
    },
    {
      name: 'how many cooks is not the cook topic ("need 2 cook, is true?")',
      text: 'agency says Norwegian ship need 2 cook, is true?',
      topics: ['?'],
    },
    {
      name: 'a person asked about as the cook («kan han bli skipskokk?») is the qualification topic, not whether a cook is required',
      text: 'min sønn er 16, kan han bli skipskokk på en båt med 5 manns bemanning hvis rederiet sjekker ferdighetene?',
      topics: ['cook.qualification'],
    },
    {
      name: 'a D6 holder asking to be skipper is about what D6 gives, not D5–D3 master rights («Eg har D6. Kan eg vere skipper?»)',
      text: 'Har ein arbeidsbåt på 12 m, 25 BT, liten kystfart. Eg har D6. Kan eg vere skipper?',
      topics: ['d6.privileges'],
    },
    {
      name: 'a D5 holder asking about master rights stays with master rights',
      text: 'Jeg har D5 uten førerrett. Kan jeg bli skipper?',
      topics: ['deck.master-rights'],
    },
    {
      name: 'an amount of sea time asked («kor mykje fartstid er det?») is the calculation',
      text: '1500 arbeidstimar om bord i 2025, kor mykje fartstid er det?',
      topics: ['seatime.calculate'],
    },
    {
      name: 'a bare «hvor mye fartstid?» is the calculation',
      text: 'hvor mye fartstid?',
      topics: ['seatime.calculate'],
    },
    {
      name: 'a question beside statements takes the side of the topic the statements tell («… 10 personer. Må en av dem være skipskokk?»)',
      text: 'Sikkerhetsbemanningen vår er 10 personer. Må en av dem være skipskokk?',
      topics: ['cook.required'],
    },
    {
      name: 'statements of another family do not decide the question («… legg skipet i opplag. Må mannskapet vere om bord?» is lay-up)',
      text: 'Vi legg skipet i opplag i Ølen. Må mannskapet vere om bord?',
      topics: ['manning.lay-up'],
    },
    {
      name: 'a position served in, named without a number («etter ett år som lettmatros»), is not asked about',
      text: 'Kan jeg jobbe som matros etter ett år som lettmatros?',
      topics: ['ratings.matros'],
    },
    {
      name: '"I am lettmatros … can I become matros?" asks about matros',
      text: 'I am lettmatros with 2 years sea time, can I become matros?',
      topics: ['ratings.matros'],
    },
    {
      name: 'a combined deck and engine rating is the combined position, not a menu',
      text: 'What must I have to fill a combined deck and engine rating position?',
      topics: ['ratings.maskinpasser-lettmatros'],
    },
    {
      name: 'a bare question of three words is read with the facts before it ("… Norwegian flag. Safe manning document?")',
      text: 'Fishing vessel L 24.2 m, LOA 27 m, Norwegian flag. Safe manning document?',
      topics: ['manning.which-vessels'],
    },
    {
      name: 'sailing with fewer crew than the manning certificate is out of scope, never the accepted-certificates answer',
      text: 'Can we sail with fewer crew than the manning certificate if one person is sick?',
      topics: ['?'],
    },
    {
      name: 'fewer crew while moving an empty ship to the yard stays the repositioning topic (§ 13)',
      text: 'moving the ship to the yard without cargo, can we sail with less crew?',
      topics: ['manning.repositioning'],
    },
    {
      name: '«en mann mindre enn bemanningssertifikatet» is out of scope (nb)',
      text: 'Kan vi gå med en mann mindre enn bemanningssertifikatet sier?',
      topics: ['?'],
    },
    {
      name: 'a request to set up a confirmation is the confirmation topic, not a menu with who may sign',
      text: 'sett opp en fartstidsbekreftelse for meg: Navn Ola Nilsen, matros på MS Fjordgutt, signert av meg selv Ola Nilsen som eier',
      topics: ['seatime.confirmation'],
    },
    {
      name: 'a short lower-case question after a full stop is a sentence of its own ("… Norwegian. need manning certificate?")',
      text: 'Sightseeing RIB, 13 tourists, Norwegian. need manning certificate?',
      topics: ['manning.which-vessels'],
    },
    {
      name: 'a cook asked about with the safe manning before it stays the cook topic',
      text: 'we are 12 in safe manning, do we need a cook',
      topics: ['cook.required'],
    },
    {
      name: 'two vessel kinds joined by "and" are one question about one topic',
      text: 'Do we need a manning certificate for fishing vessels and cargo ships?',
      topics: ['manning.which-vessels'],
    },
    {
      name: 'days and hours joined by "and" are one sea-time question',
      text: 'how much sea time for 20 days and 12 hours a day?',
      topics: ['seatime.calculate'],
    },
    {
      name: 'facts stated before the question do not decide its topic (the cook, not the manning certificate)',
      text: "Our cargo ship is Norwegian-flagged, 120 GT, and there are 11 people in the safe manning. Do we need a ship's cook?",
      topics: ['cook.required'],
    },
    {
      name: 'the position asked about wins over a position merely served in',
      text: 'Hva er kravet til matros på et skip på 400 BT i fartsområde 3? Jeg har ikke fagbrev, 7 måneder som lettmatros og 7 måneder på dekk.',
      topics: ['ratings.matros'],
    },
    {
      name: 'a message that asks nothing in so many words is read as a whole',
      text: 'Convert sea time for me',
      topics: ['seatime.calculate'],
    },
  ])('$name', ({ text, topics }) => {
    expect(topicsOf(understand(text, at()))).toEqual(topics);
  });

  test.each([
    ['Trenger vi skipskokk?', true],
    ['Treng vi skipskokk om bord?', true],
    ['Do we need a cook', true],
    ['Jeg lurer på om vi trenger kokk', true],
    ['norsk', false],
    ['45 BT', false],
    ['Ola Nordmann', false],
    ['Har 1 år som lettmatros og 2 år på dekk ellers.', false],
    ['Er 17 år og har kokkefagbrev', false],
    ['Har du fått sertifikatet?', true],
  ])('"%s" asks something: %s', (text, asks) => {
    expect(understand(text, at()).isQuestion).toBe(asks);
  });
});

describe('understand: language and commands', () => {
  test.each([
    ['Does my ship need a manning certificate?', 'en'],
    ['Trenger båten min bemanningssertifikat?', 'nb'],
    ['45', undefined],
  ] as const)('"%s" is in %s', (text, locale) => {
    expect(understand(text, at()).locale).toBe(locale);
  });

  test.each([
    ['start på nytt', 'restart'],
    ['tilbake', 'back'],
    ['talk to a person', 'handoff'],
    ['kan jeg gå tilbake til D6?', undefined],
  ] as const)('"%s" is the command %s', (text, command) => {
    expect(understand(text, at()).command).toBe(command);
  });

  test.each([
    ['2', 2],
    ['nr. 2, takk', 2],
    ['den andre', 2],
    ['the first one', 1],
    ['første', 1],
    ['den fyrste', 1],
    ['option 3 please', 3],
    ['det siste alternativet', -1],
    ['the last one', -1],
    ['no one', undefined],
    ['den andre båten er på 45 BT', undefined],
    ['2 timer', undefined],
  ] as const)('"%s" picks the option at place %s', (text, place) => {
    expect(understand(text, at()).pick).toBe(place);
  });
});

describe('understand: every fact, for any rule, with where it is said', () => {
  test.each([
    ['har hatt helseerklæring sidan 01.03.2025, eg er 30. er ho gyldig no?', { issueDate: '2025-03-01', age: 30 }],
    ['har hatt helseerklæring siden 01.03.2025, jeg er 30. er den gyldig nå?', { issueDate: '2025-03-01', age: 30 }],
    ['D6 og skippar på ein 9 m arbeidsbåt, 15 BT, fartsområde 4. går det?', { role: 'master', grossTonnage: 15 }],
  ])('«%s»: a certificate held since a date was issued on it; «skippar» is the master (round 37)', (text, facts) => {
    expect(factsOf(understand(text, at()))).toMatchObject(facts);
  });
  test.each([
    {
      name: 'facts for the manning certificate and the cook in one message',
      text: "Our cargo ship is Norwegian-flagged, 120 GT, and there are 11 people in the safe manning. Do we need a ship's cook?",
      facts: { vesselType: 'cargo', flag: 'NO', grossTonnage: 120, safetyManning: 11 },
      spans: { flag: 'Norwegian-flagged', grossTonnage: '120 GT', safetyManning: '11 people' },
    },
    {
      name: 'service time, a trade certificate and a trading area, in bokmål',
      text: 'Hva er kravet til matros på et skip på 400 BT i fartsområde 3? Jeg har ikke fagbrev, 7 måneder som lettmatros og 7 måneder på dekk.',
      facts: {
        grossTonnage: 400,
        tradingArea: 'area-3',
        hasTradeCertificate: false,
        monthsAsOrdinarySeaman: 7,
        monthsDeckService: 7,
      },
      spans: { grossTonnage: '400 BT', tradingArea: 'fartsområde 3', hasTradeCertificate: 'har ikke fagbrev' },
    },
    {
      name: 'a position served in is no position asked about',
      text: 'Jeg har 7 måneder som lettmatros. Hva kreves for matros?',
      facts: { monthsAsOrdinarySeaman: 7 },
      spans: {},
      absent: ['ratingPosition'],
    },
    {
      name: 'hours said to be the total are the total, though sea-time days are mentioned',
      text: 'My employer says I have 1250 hours on board in total. How many sea-time days is that?',
      facts: { totalHours: 1250 },
      spans: { totalHours: '1250 hours' },
    },
    {
      name: 'safe manning in nynorsk',
      text: 'Lasteskipet vårt er norskflagga, og sikkerheitsbemanninga er 11 personar.',
      facts: { vesselType: 'cargo', flag: 'NO', safetyManning: 11 },
      spans: { safetyManning: '11 personar' },
    },
    {
      name: 'a date corrected at once in the same message is the corrected date («utstedt 01.02.2025 – nei, 01.02.2024»)',
      text: 'helseerklæring utstedt 01.02.2025 – nei, 01.02.2024 – jeg er 40. gyldig?',
      facts: { issueDate: '2024-02-01' },
      spans: { issueDate: '01.02.2024' },
    },
    {
      name: 'a count corrected at once is the corrected count («sikkerhetsbemanning 8, eller egentlig 11»)',
      text: 'sikkerhetsbemanning 8, eller egentlig 11 etter siste endring av bemanningssertifikatet. trenger vi kokk?',
      facts: { safetyManning: 11 },
      spans: { safetyManning: '11' },
    },
    {
      name: 'a verification date moved in a pasted e-mail is the new date («10.11.2026 - nei, det ble flyttet til 15.01.2027»)',
      text: 'Hei, vårt ISSC utløper 28.02.2027. Vi har avtalt fornyelsesverifikasjon 10.11.2026 - nei, det ble flyttet til 15.01.2027. Hvilken utløpsdato får vi?',
      facts: { expiryDate: '2027-02-28', verificationDate: '2027-01-15' },
      spans: { verificationDate: '15.01.2027' },
    },
    {
      name: 'a tonnage corrected at once is the corrected tonnage («52 BT – unnskyld, 48 BT»)',
      text: 'norsk arbeidsbåt, 52 BT – unnskyld, 48 BT. bemanningssertifikat?',
      facts: { grossTonnage: 48 },
      spans: { grossTonnage: '48 BT' },
    },
    {
      name: 'a value taken back is not a fact',
      text: "sorry, it's 45 GT, not 60 GT",
      facts: { grossTonnage: 45 },
      spans: { grossTonnage: '45 GT' },
    },
  ])('$name', ({ text, facts, spans, absent }) => {
    const u = understand(text, at());
    expect(factsOf(u)).toMatchObject(facts);
    for (const [key, said] of Object.entries(spans)) {
      const f = u.facts.find((x) => x.key === key);
      expect(f && text.slice(f.start, f.end), key).toBe(said);
    }
    for (const key of absent ?? []) expect(factsOf(u)).not.toHaveProperty(key);
  });
});

describe('understand: corrections and what-ifs', () => {
  test.each([
    {
      name: '"sorry, it\'s 45 GT, not 60" corrects the tonnage',
      text: "sorry, it's 45 GT, not 60",
      context: manningAsksFlag,
      change: { kind: 'correction', marked: true, facts: [{ key: 'grossTonnage', value: 45, previous: 60 }] },
    },
    {
      name: '"actually 45" corrects the one number the rule has',
      text: 'actually 45',
      context: manningDecided,
      change: { kind: 'correction', marked: true, facts: [{ key: 'grossTonnage', value: 45, previous: 60 }] },
    },
    {
      name: '"nei, 45" corrects the tonnage',
      text: 'nei, 45',
      context: manningDecided,
      change: { kind: 'correction', marked: true, facts: [{ key: 'grossTonnage', value: 45, previous: 60 }] },
    },
    {
      name: '«hva om det er 45 BT?» is a what-if',
      text: 'Hva om det er 45 BT?',
      context: manningDecided,
      change: { kind: 'what-if', marked: true, facts: [{ key: 'grossTonnage', value: 45, previous: 60 }] },
    },
    {
      name: '«kva om skipet berre er på 45 BT?» is a what-if in nynorsk',
      text: 'Kva om skipet berre er på 45 BT?',
      context: manningDecided,
      change: { kind: 'what-if', marked: true, facts: [{ key: 'grossTonnage', value: 45, previous: 60 }] },
    },
    {
      name: '"and if we are 9?" is a what-if about the safe manning',
      text: 'and if we are 9?',
      context: cookDecided,
      change: { kind: 'what-if', marked: true, facts: [{ key: 'safetyManning', value: 9, previous: 11 }] },
    },
    {
      name: 'a new value without a word of correction still counts as one',
      text: '45 BT',
      context: manningDecided,
      change: { kind: 'correction', marked: false, facts: [{ key: 'grossTonnage', value: 45, previous: 60 }] },
    },
    {
      name: 'a new value asked about in a question is a what-if',
      text: 'Trenger et fiskefartøy bemanningssertifikat?',
      context: manningDecided,
      change: { kind: 'what-if', marked: false, facts: [{ key: 'vesselType', value: 'fishing', previous: 'cargo' }] },
    },
    {
      name: 'the same value again changes nothing',
      text: '60 BT',
      context: manningDecided,
      change: undefined,
    },
    {
      name: 'a bare number with a correction word but no rule under way is no fact',
      text: 'actually 45',
      context: at(),
      change: undefined,
    },
  ])('$name', ({ text, context, change }) => {
    expect(understand(text, context).change).toEqual(change);
  });
});

describe('understand: the answer to the question waiting', () => {
  test.each([
    { name: 'a plain answer', text: 'Norwegian', context: manningAsksFlag, answer: { kind: 'value', value: 'NO' } },
    {
      name: 'a correction is not an answer to another question',
      text: "sorry, it's 45 GT, not 60",
      context: manningAsksFlag,
      answer: { kind: 'not-understood' },
    },
    {
      name: '"nei, 45" to a yes/no question corrects a number; it does not answer no',
      text: 'nei, 45',
      context: at({
        pending: { ruleId: 'matros', fact: 'seagoing' },
        ruleId: 'matros',
        known: { grossTonnage: 60 },
      }),
      answer: { kind: 'not-understood' },
    },
    {
      name: 'a question about a topic is no name, though a name is asked',
      text: 'Does a Norwegian cargo ship of 300 GT need a manning certificate?',
      context: at({ pending: { ruleId: 'sea-time-confirmation', fact: 'seafarerName' } }),
      answer: { kind: 'not-understood' },
    },
    {
      name: 'a name is a name',
      text: 'Ola Nordmann',
      context: at({ pending: { ruleId: 'sea-time-confirmation', fact: 'seafarerName' } }),
      answer: { kind: 'value', value: 'Ola Nordmann' },
    },
    {
      name: 'hours are not days, but the total hours are found',
      text: '1250 hours',
      context: at({ pending: { ruleId: 'sea-time', fact: 'days' } }),
      answer: { kind: 'not-understood' },
      facts: { totalHours: 1250 },
    },
    {
      name: 'the day completes a month and year given before',
      text: '15.',
      context: at({
        pending: { ruleId: 'health-certificate', fact: 'issueDate', partialDate: { year: 2024, month: 6 } },
      }),
      answer: { kind: 'value', value: '2024-06-15' },
    },
    {
      name: 'no question waits: no answer',
      text: '45',
      context: at(),
      answer: undefined,
    },
  ])('$name', ({ text, context, answer, facts }) => {
    const u = understand(text, context);
    expect(u.answer).toEqual(answer);
    if (facts) expect(factsOf(u)).toMatchObject(facts);
  });
});

describe('understand: robust and linear', () => {
  it('never throws, and every span lies in the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.boolean(), (text, pending) => {
        const u = readMessage(text, pending ? manningAsksFlag : at());
        for (const f of u.facts) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(u.text.length);
          expect(f.start).toBeLessThan(f.end);
        }
      }),
      { numRuns: 300 },
    );
  });

  // How fast is measured by `npm run bench` (bench/understanding.ts, bench/formats.ts), not here.
  it('reads a 10 KB e-mail of repeated questions up to its limit: its facts, each question once', () => {
    const para =
      "Hei! Our cargo ship is Norwegian-flagged, 120 GT, and there are 11 people in the safe manning. Do we need a ship's cook? Hva om det er 45 BT? ";
    const text = para.repeat(Math.ceil(10_240 / para.length)).slice(0, 10_240);
    const u = understand(text, manningAsksFlag);
    expect(u.text).toBe(text.slice(0, MAX_UNDERSTOOD));
    expect(u.questions.map((q) => q.verdict.kind === 'answer' && q.verdict.topic)).toEqual(['cook.required']);
    expect(u.facts.find((f) => f.key === 'safetyManning')?.value).toBe(11);
    for (const f of u.facts) expect(f.end).toBeLessThanOrEqual(text.length);
  });
});

describe('understand: the calendar days of a time given without the days worked', () => {
  test.each([
    { text: 'how many sea time days is 3 months at 14 hours a day?', days: 90 },
    { text: 'Eg har jobba tre månader, ti timar dagen. Kor mykje fartstid blir det?', days: 90 },
    { text: 'hvor mye fartstid blir 2 måneder med 14 timers dager?', days: 60 },
    { text: 'Jeg jobbet 10 timer om dagen fra mars til juni i år, hvor mye fartstid blir det?', days: 122 },
    // (a calendar year is 365 days: 547.5, rounded)
    { text: 'fartstid: 1,5 år med 8 timer om dagen', days: 548 },
    { text: 'sea time: 12 h per day, 2 years on the boat. how many sea time days?', days: 730 },
  ])('«$text»: $days days offered', ({ text, days }) => {
    expect(understand(text, at()).spanDays).toBe(days);
  });
  test.each([
    // a time in a position is that fact's, never the days of a period
    'I have 3 months as lettmatros, how many sea days is 500 hours?',
    // the days worked said: nothing to offer
    '3 months, 60 days on board at 12 hours, how much sea time?',
    // two counts: which one is the period is not said
    '3 months and 2 weeks at 12 hours a day',
    // every day worked: the days themselves, not an offer
    '3 months at 12 hours every day, how much sea time?',
    // how often, not how long (round 37)
    '6 hours a day, 3 days a week, since last summer. how much sea time?',
  ])('«%s»: none', (text) => {
    expect(understand(text, at()).spanDays).toBeUndefined();
  });
});

describe('understand: the out-of-scope probe of round 44', () => {
  test.each([
    ['hvem kan signere fartstidsbekreftelse? og kan regnskapsføreren ta betalt for det', 'seatime.who-can-confirm'],
    ['convert 900 hours to sea-time days pls. also how much seafarer tax deduction do i get', 'seatime.calculate'],
    ['regn om 600 timer til fartstid. og hvor mye fartstid trenger jeg til sjømannspensjon', 'seatime.calculate'],
    [
      'hey how do i get master rights after my first D4. and how much does a master earn on an offshore vessel',
      'deck.master-rights',
    ],
    ['fartstidskrav for første D4? og fartstidskrav for fiskeskipper klasse B', 'deck.first-issue'],
    [
      "I'm a cadet - when can I apply for my deck officer certificate, and how do I get a student loan from Lånekassen?",
      'deck.cadet',
    ],
  ])(
    '"%s": %s answered, the other question said to be outside (never dropped, never the whole lost)',
    (text, topic) => {
      expect(topicsOf(understand(text, at()))).toEqual([topic, '?']);
    },
  );
  test.each([
    ['we change flag from NIS to Danish. what happens with ISSC?', 'isps.invalid'],
    [
      'Hei, jeg fikk denne e-posten fra et rederi: "Vi har tatt over driften av M/S Fjordlys fra et annet selskap. Kan vi beholde ISSC-en?" Hva svarer jeg?',
      'isps.invalid',
    ],
    ['Fikk spørsmål fra en sjømann: "kan jeg bruke D6 på fiskebåt?" Hva skal jeg svare?', 'd6.privileges'],
  ])('"%s": %s (the words around a pasted e-mail are no part of its question)', (text, topic) => {
    expect(topicsOf(understand(text, at()))).toEqual([topic]);
  });
  it('«Når må ISSC leveres tilbake, og hva skjer med klassesertifikatene når vi skifter flagg?» keeps its outside part', () => {
    expect(
      topicsOf(
        understand('Når må ISSC leveres tilbake, og hva skjer med klassesertifikatene når vi skifter flagg?', at()),
      ),
    ).toContain('?');
  });
  it('"I have 2 years as navigator on 11 m LOA boat" while the position is asked: time served, no answer', () => {
    const u = understand(
      'I have 2 years as navigator on 11 m LOA boat',
      at({ pending: { ruleId: 'd6-privileges', fact: 'role' }, known: { lengthL: 21 } }),
    );
    expect(u.answer).toBeUndefined();
    expect(factsOf(u)).toMatchObject({ monthsAsOfficerOfTheWatch: 24 });
    expect(factsOf(u)).not.toHaveProperty('lengthOverall');
  });
});

describe('understand: facts and readings of rounds 44 and 45', () => {
  test.each([
    ['I want D5, 45 days sailed after my vitnemål', { daysAfterDiploma: 45 }],
    [
      'Hei! Im 19, got D4 first time and 15 months service as watch officer after. Master rights possible?',
      {
        monthsAsOfficerOfTheWatchSinceIssue: 15,
      },
    ],
    [
      'I have fagbrev matros and 200 days in approved training program onboard 15 m+ ship, webcadet. can I apply for first D4?',
      {
        trainingProgramDays: 200,
      },
    ],
    ['regn om 180 fartstidsdager til timer', { targetDays: 180 }],
  ])('"%s" states %o', (text, facts) => {
    expect(factsOf(understand(text, at()))).toMatchObject(facts);
  });
  it('«og om båten er svenskregistrert?» after a manning decision supposes a foreign flag', () => {
    const u = understand(
      'og om båten er svenskregistrert?',
      at({ ruleId: 'manning-certificate', topic: 'manning.which-vessels', known: { flag: 'NO', grossTonnage: 70 } }),
    );
    expect(u.change?.facts).toContainEqual({ key: 'flag', value: 'foreign', previous: 'NO' });
  });
  it('«Arbeidsgjevaren min har registrert feil fartstid» is nynorsk', () => {
    expect(
      understand('Hei! Arbeidsgjevaren min har registrert feil fartstid på Mi side. Kan Sdir rette det?', at()).locale,
    ).toBe('nn');
  });
  it('"is a D6 certificate valid if my health certificate has expired?" is the health certificate’s answer', () => {
    expect(topicsOf(understand('hei, is a D6 certificate valid if my health certificate has expired?', at()))).toEqual([
      'health.certificate',
    ]);
  });
});

describe('understand: the out-of-scope probe of round 46', () => {
  test.each([
    ['kva krav er det til skipskokken, og må byssa godkjennast av Mattilsynet', 'cook.qualification'],
    ['what counts as sea time, and is sea time taxed differently', 'seatime.what-counts'],
    ['does a 60 GT cargo ship need a manning certificate, and whats the fee', 'manning.which-vessels'],
  ])('"%s": %s answered, the rest said to be outside (never both lost)', (text, topic) => {
    expect(topicsOf(understand(text, at()))).toEqual([topic, '?']);
  });
  it('«3 år på dekk i alt, hvorav 1 år som lettmatros»: 36 months on deck, 12 of them as ordinary seaman', () => {
    expect(
      factsOf(understand('har 3 år på dekk, hvorav 1 år som lettmatros. holder det til matros?', at())),
    ).toMatchObject({
      monthsDeckService: 36,
      monthsAsOrdinarySeaman: 12,
    });
  });
});

describe('understand: a part of a time served in a position of its own (round 46)', () => {
  it('"14 months on deck, 10 of them as lettmatros": 14 months on deck, 10 of them as ordinary seaman', () => {
    expect(factsOf(understand('14 months on deck, 10 of them as lettmatros', at()))).toMatchObject({
      monthsDeckService: 14,
      monthsAsOrdinarySeaman: 10,
    });
  });
  it('«14 månader på dekk, men tre av dei var som dekksgut»: the deck boy’s months are still taken off', () => {
    expect(factsOf(understand('14 månader på dekk, men tre av dei var som dekksgut', at()))).toMatchObject({
      monthsDeckService: 11,
    });
  });
});

describe('understand: deck service besides the time as ordinary seaman, and a doctor before a date (round 47)', () => {
  it.each([
    {
      text: 'I have 1 year as lettmatros and 2 years on deck before that. No trade certificate.',
      facts: { monthsAsOrdinarySeaman: 12, monthsDeckService: 36 },
    },
    { text: '1 år som lettmatros og 1 år til på dekk', facts: { monthsAsOrdinarySeaman: 12, monthsDeckService: 24 } },
    {
      text: 'I have 8 months as ordinary seaman and another 10 months on deck',
      facts: { monthsAsOrdinarySeaman: 8, monthsDeckService: 18 },
    },
    // Without a word of more, the deck time as read: the rule tells the two readings of § 79 apart.
    { text: '1 year as lettmatros and 2 years on deck', facts: { monthsAsOrdinarySeaman: 12, monthsDeckService: 24 } },
    {
      text: 'Jeg er 17 år og fikk helseerklæring hos sjømannslegen 1. august 2026. Hvor lenge gjelder den?',
      facts: { issueDate: '2026-08-01', ageAtIssue: 17 },
    },
    {
      text: 'I am 17 and got my health certificate from the seafarers doctor on 1 August 2026. how long is it valid?',
      facts: { issueDate: '2026-08-01', ageAtIssue: 17 },
    },
  ])('$text', ({ text, facts }) => {
    expect(factsOf(understand(text, at()))).toMatchObject(facts);
  });
});

describe('understand: the out-of-scope probe of round 47', () => {
  test.each([
    [
      'Hei. Jeg jobber som røkter på et oppdrettsanlegg i Nordland og kjører arbeidsbåten noen timer hver uke. Sjefen sier jeg må ha D6, men jeg lurer på hvilken stilling fartstiden min skal registreres i. I tillegg har jeg fått vondt i ryggen etter et fall på flåten, og lurer på hvordan jeg melder en yrkesskade til NAV. Hilsen Kjetil',
      'seatime.positions',
    ],
    [
      "Hi. I've got a health certificate issued in June 2024 by a Norwegian seafarers' doctor. How long is it valid? I also need to know whether I need a UK ENG1 to work in the UK sector. Thanks, Mark",
      'health.certificate',
    ],
    [
      'Hei. Me driv eit lite reiarlag med to lasteskip. Det største har sikkerheitsbemanning på 10 personar. Må me ha skipskokk? Me lurer òg på kva forsikring som er påkravd for mannskapet. Mvh Kari',
      'cook.required',
    ],
    [
      'Who can sign a sea-time confirmation? Also how do I get a replacement discharge book?',
      'seatime.who-can-confirm',
    ],
    ['Kor lenge er helseerklæringa gyldig? Og kvar finn eg ein sjømannslege i Volda?', 'health.certificate'],
    ['hva er smører kravene? + hvilke kurssentre har maskinromskurs i Bergen', 'ratings.smorer'],
  ])('"%s": %s answered, the rest said to be outside (never dropped, never answered as a topic)', (text, topic) => {
    expect(topicsOf(understand(text, at()))).toEqual([topic, '?']);
  });
  it('"i lost my discharge book. how else i can prove seatime?" is still how sea time is documented', () => {
    expect(topicsOf(understand('hi, i lost my discharge book. how else i can prove seatime?', at()))).toEqual([
      'seatime.how-to-document',
    ]);
  });
  it('«Tidevasstabell for Bergen denne veka?» is nynorsk («veka»), so its fallback is too', () => {
    expect(understand('Tidevasstabell for Bergen denne veka?', at()).locale).toBe('nn');
  });
});

describe('understand: the language of short questions outside the catalogue (round 48)', () => {
  test.each([
    ['pilotage fees oslofjord', 'en'],
    ['herring quota norway 2025', 'en'],
    ['VTS channel for fedje', 'en'],
    ['piracy advice for west africa', 'en'],
    ['er det lospliktig farvatn rundt stavanger', 'nn'],
    ['minsteløn for lettmatros på ferje?', 'nn'],
    ['fartsgrense i hamna i ålesund', 'nn'],
    ['vêrvarsel for stad i morgon', 'nn'],
  ])('"%s" is %s, so its fallback is too', (text, locale) => {
    expect(understand(text, at()).locale).toBe(locale);
  });
});

describe('understand: days said per week or per year when the days worked are asked (round 57)', () => {
  const days = (text: string, spanDays?: number) =>
    understand(
      text,
      at({ pending: { ruleId: 'sea-time', fact: 'days', ...(spanDays ? { spanDays } : {}) }, ruleId: 'sea-time' }),
    ).answer;
  test.each([
    // A rate without an exact span: asked again, never 5 + 7 = 12 or 4 days.
    ['say 5 days a week', 90, { kind: 'not-understood' }],
    ['4 dager i uka', 90, { kind: 'not-understood' }],
    ['5 dagar i veka', undefined, { kind: 'not-understood' }],
    // After a span of whole weeks or years, the days worked in it.
    ['fem dagar kvar veke', 42, { kind: 'value', value: 30 }],
    ['4 dager i uka', 42, { kind: 'value', value: 24 }],
    ['count 365 days per year', 730, { kind: 'value', value: 730 }],
    ['200 dager i året', 730, { kind: 'value', value: 400 }],
    // More days a week than a week has is no answer.
    ['8 days a week', 42, { kind: 'not-understood' }],
    // A plain count is still the count.
    ['20', 90, { kind: 'value', value: 20 }],
  ])('«%s» after a span of %s days: %o', (text, spanDays, expected) => {
    expect(days(text, spanDays)).toEqual(expected);
  });
});

describe('understand: the reply read in its own words (round 57)', () => {
  it('«1/1/2025-30/6/2025» while the days are asked: the period, from and to', () => {
    const u = understand(
      '1/1/2025-30/6/2025',
      at({ pending: { ruleId: 'sea-time', fact: 'days' }, ruleId: 'sea-time' }),
    );
    expect(u.facts.map((f) => [f.key, f.value])).toEqual([
      ['periodFrom', '2025-01-01'],
      ['periodTo', '2025-06-30'],
    ]);
  });
  it('«trålar 40 m, 12 mann» while the safe manning is asked: 12, and a fishing vessel', () => {
    const u = understand('trålar 40 m, 12 mann', at({ pending: { ruleId: 'ship-cook', fact: 'safetyManning' } }));
    expect(u.answer).toEqual({ kind: 'value', value: 12 });
    expect(u.facts.find((f) => f.key === 'vesselType')?.value).toBe('fishing');
  });
  it('"14 then" while the hours a day are asked, after a decision on 20 days: the answer, no what-if', () => {
    const u = understand(
      '14 then',
      at({
        pending: { ruleId: 'sea-time', fact: 'hoursPerDay' },
        ruleId: 'sea-time',
        known: { days: 20 },
        lastAnswered: 'days',
      }),
    );
    expect(u.answer).toEqual({ kind: 'value', value: 14 });
    expect(u.change).toBeUndefined();
  });
  it('"20 days then?" while the hours a day are asked: a what-if on the days, no answer', () => {
    const u = understand(
      '20 days then?',
      at({ pending: { ruleId: 'sea-time', fact: 'hoursPerDay' }, ruleId: 'sea-time', known: { days: 30 } }),
    );
    expect(u.answer?.kind).not.toBe('value');
    expect(u.change?.kind).toBe('what-if');
  });
  it('"I have been navigator (vaktoffiser) 14 months": 14 months as watch officer, no position', () => {
    const u = understand(
      'I have been navigator (vaktoffiser) 14 months on 12 m boat',
      at({ ruleId: 'd6-privileges', known: { role: 'master' } }),
    );
    expect(u.facts.find((f) => f.key === 'monthsAsOfficerOfTheWatch')?.value).toBe(14);
    expect(u.facts.some((f) => f.key === 'role')).toBe(false);
  });
});

describe('understand: round 58', () => {
  it('«til jul 2027» is 24 December 2027, the day a validity is asked for', () => {
    const u = understand('helseattesten min er fraa 5. juni 2025, eg er 40. gjeld ho til jul 2027?', at());
    expect(u.facts.find((f) => f.key === 'onDate')?.value).toBe('2027-12-24');
  });
  it('two periods with their hours a day are parts of one time: 70 × 12 + 92 × 8 hours', () => {
    const u = understand(
      'I have 2 periods: 10/1/2026-20/3/2026 with 12h per day and 1/5/2026-31/7/2026 with 8h per day, all days on board. total fartstid?',
      at(),
    );
    expect(u.facts.find((f) => f.key === 'totalHours')?.value).toBe(1576);
    expect(u.facts.find((f) => f.key === 'days')?.value).toBe(162);
  });
  it('«berre var om bord 60 av dagane»: the 60 days are the time, never taken off the whole', () => {
    const u = understand(
      'og om eg berre var om bord 60 av dagane?',
      at({ ruleId: 'sea-time', known: { days: 92, hoursPerDay: 12 }, topic: 'seatime.calculate' }),
    );
    expect(u.change?.facts).toEqual([{ key: 'days', value: 60, previous: 92 }]);
  });
  it('"outside liten kystfart" says no trading area', () => {
    const u = understand('and if the boat go to Sweden, outside liten kystfart?', at({ ruleId: 'd6-privileges' }));
    expect(u.facts.some((f) => f.key === 'tradingArea')).toBe(false);
  });
});

describe('understand: a question of an earlier message named by its number (rounds 57 and 58)', () => {
  const EMAIL =
    'Videresendt: «Hei! Vi er et lite rederi med to arbeidsbåter. Spørsmål: 1) Vi vil registrere fartstid elektronisk – hvem hos oss kan gjøre det, og hvilken rolle i Altinn? 2) En ansatt sier fartstiden på Min side er feil for 2023. Hva gjør vi? 3) Hva koster det å søke D6? Mvh Trine, daglig leder»';
  it('a numbered e-mail gives each number what its question asks (none for a fee)', () => {
    expect(understand(EMAIL, at()).numbered?.map((n) => n.topics)).toEqual([
      ['seatime.employer-reporting'],
      ['seatime.employer-reporting'],
      [],
    ]);
  });
  it('one question has no numbers', () => {
    expect(understand('hvem kan bekrefte fartstiden min?', at()).numbered).toBeUndefined();
  });
  test.each([
    ['og spm 2?', 2],
    ['and question 3?', 3],
    ['q2?', 2],
    ['svar paa spm 2', 2],
    ['og spørsmål 2 om kor lenge D6 gjeld?', undefined],
    ['og 3?', undefined],
  ])('«%s» names question %s', (text, item) => {
    expect(understand(text, at()).item).toBe(item);
  });
  it("«og spm 2?» with the e-mail's numbers known: what question 2 asked, never a what-if on 2", () => {
    const items = understand(EMAIL, at()).numbered ?? null;
    const u = understand('og spm 2?', at({ items, ruleId: 'ship-cook', known: { safetyManning: 9 } }));
    expect(topicsOf(u)).toEqual(['seatime.employer-reporting']);
    expect(u.change).toBeUndefined();
  });
});

describe('understand: the out-of-scope probe of round 59', () => {
  test.each([
    ['kva er krava til matros utan fagbrev, og kor lang tid tek fagbrevet', 'ratings.matros'],
    ['kva må ei fartstidsattest innehalde og kvar kjøper eg sjøfartsbok', 'seatime.confirmation'],
    ['tel tid på oppdrettsanlegget som fartstid og må eg skatte av det', 'seatime.what-counts'],
    ['kva tyder at føraren skal vere maskinkyndig, og kvar tek ein maskinkurs', 'manning.engine-knowledgeable'],
    ['what are the requirements for ordinary seaman and what does an ordinary seaman earn', 'ratings.lettmatros'],
  ])('"%s": %s answered, the rest said to be outside', (text, topic) => {
    expect(topicsOf(understand(text, at()))).toEqual([topic, '?']);
  });
  it("«appen viser ikkje sertifikatet mitt» is outside (a fault in the app, no topic's)", () => {
    expect(topicsOf(understand('appen viser ikkje sertifikatet mitt', at()))).toEqual(['?']);
  });
  it('«Må føraren ha maskinkurs for å vere maskinkyndig?» is still what «maskinkyndig» means', () => {
    expect(topicsOf(understand('Må føraren ha maskinkurs for å vere maskinkyndig?', at()))).toEqual([
      'manning.engine-knowledgeable',
    ]);
  });
});
