/**
 * Out-of-scope messages made by combining what the catalogue covers (its positions and documents)
 * with what it does not answer about them — pay, jobs, agreements, holidays, visas, travel; prices,
 * fees, invoices and postage — plus Sdir's rules for equipment and other agencies' phone numbers.
 * Hand-written negatives hold each such intent only a few times, so «Hva tjener en skipskokk?» was
 * answered as the cook's qualification: the noun outvoted the intent. Crossing every intent with
 * every noun teaches the classifier that the intent decides. Agencies are crossed with the phone
 * number only: with "how do I contact" and "e-mail address" too, «hva er epostadressen til sdir»
 * went to the fallback. Deterministic (fixed lists, fixed order); weighed lower than hand-written
 * examples in training and left out of the cross-validation figures (see classifier/data.ts).
 */

/** Intents × nouns of one language; `{x}` in an intent is replaced by each noun. */
type Grid = { intents: readonly string[]; nouns: readonly string[] };

/** One language's grids: `authority` teaches that naming Sdir is not by itself asking how to reach it. */
type Templates = { roles: Grid; documents: Grid; agencies: Grid; authority: Grid };

const EN: Templates = {
  roles: {
    intents: [
      'What does {x} earn?',
      'What is the monthly salary for {x}?',
      'Where are jobs as {x} advertised?',
      'Which collective agreement covers {x}?',
      'How much holiday is {x} entitled to?',
      'Does {x} from the Philippines need a visa to work in Norway?',
      'Who pays the flight home for {x} who signs off?',
      'How much pension does {x} get after 20 years at sea?',
      'Is {x} paid extra for overtime?',
      'What salary does {x} get?',
      'How long is the notice period for {x}?',
    ],
    nouns: [
      "a ship's cook",
      'an able seaman',
      'an ordinary seaman',
      'an oiler',
      'a motorman',
      'a skipper with D6',
      'a deck officer with D5',
      'a cadet',
      'a ship engineer',
      'the master',
    ],
  },
  documents: {
    intents: [
      'How much does {x} cost?',
      'What is the fee for {x}?',
      'Is {x} free of charge?',
      'Can I pay for {x} by invoice?',
      'What is the postage if {x} is sent abroad by mail?',
      'Do I get a refund for {x} if the application is rejected?',
      'What is the price of {x}?',
    ],
    nouns: [
      'the manning certificate',
      'a D5 certificate',
      'the health certificate',
      'an interim ISSC',
      'a sea-time confirmation',
      'the ISPS certification',
      'a D6 certificate',
      'the cook certificate',
      'manual processing of an application',
      'adding D6 to the manning certificate',
      'the ISPS verification',
    ],
  },
  agencies: {
    intents: ['What is the phone number of {x}?'],
    nouns: [
      'the Coast Guard',
      'NAV',
      'the customs',
      'the police',
      'the Directorate of Fisheries',
      'the pilot service',
      'the Accident Investigation Board',
      'the Brønnøysund Register Centre',
      "the shipowners' association",
    ],
  },
  authority: {
    intents: [
      'Must {x} be approved by the Norwegian Maritime Authority?',
      "What are the Maritime Authority's rules for {x}?",
      'Does Sdir inspect {x}?',
    ],
    nouns: [
      'life rafts',
      'immersion suits',
      'fire extinguishers',
      'a RIB for tourists',
      'fish farm boats',
      'radar on small boats',
    ],
  },
};

const NB: Templates = {
  roles: {
    intents: [
      'Hva tjener {x}?',
      'Hva er månedslønna for {x}?',
      'Hvor lyses jobber som {x} ut?',
      'Hvilken tariffavtale gjelder for {x}?',
      'Hvor mye ferie har {x} krav på?',
      'Trenger {x} fra Filippinene visum for å jobbe i Norge?',
      'Hvem betaler flybilletten hjem for {x} som mønstrer av?',
      'Hvor mye pensjon får {x} etter 20 år på sjøen?',
      'Får {x} betalt ekstra for overtid?',
      'Hvilken lønn får {x}?',
      'Hvor lang oppsigelsestid har {x}?',
    ],
    nouns: [
      'en skipskokk',
      'en matros',
      'en lettmatros',
      'en smører',
      'en motormann',
      'en skipper med D6',
      'en styrmann med D5',
      'en kadett',
      'en maskinist',
      'kapteinen',
    ],
  },
  documents: {
    intents: [
      'Hva koster {x}?',
      'Hva er gebyret for {x}?',
      'Er {x} gratis?',
      'Kan jeg betale for {x} med faktura?',
      'Hva koster porto hvis {x} sendes til utlandet i posten?',
      'Får jeg refusjon for {x} hvis søknaden blir avslått?',
      'Hva er prisen på {x}?',
    ],
    nouns: [
      'bemanningssertifikatet',
      'et D5-sertifikat',
      'helseerklæringen',
      'et midlertidig ISSC',
      'en fartstidsbekreftelse',
      'ISPS-sertifiseringen',
      'et D6-sertifikat',
      'kokkesertifikatet',
      'manuell behandling av en søknad',
      'å få D6 inn i bemanningssertifikatet',
      'ISPS-verifikasjonen',
    ],
  },
  agencies: {
    intents: ['Hva er telefonnummeret til {x}?'],
    nouns: [
      'Kystvakten',
      'NAV',
      'tollvesenet',
      'politiet',
      'Fiskeridirektoratet',
      'lostjenesten',
      'Havarikommisjonen',
      'Brønnøysundregistrene',
      'Rederiforbundet',
    ],
  },
  authority: {
    intents: [
      'Må {x} være godkjent av Sjøfartsdirektoratet?',
      'Hvilke regler har Sjøfartsdirektoratet for {x}?',
      'Kontrollerer Sdir {x}?',
    ],
    nouns: [
      'redningsflåter',
      'overlevelsesdrakter',
      'brannslukkere',
      'en RIB med turister',
      'arbeidsbåter i oppdrett',
      'radar på små båter',
    ],
  },
};

const NN: Templates = {
  roles: {
    intents: [
      'Kva tener {x}?',
      'Kva er månadsløna for {x}?',
      'Kvar blir jobbar som {x} lyste ut?',
      'Kva tariffavtale gjeld for {x}?',
      'Kor mykje ferie har {x} krav på?',
      'Treng {x} frå Filippinane visum for å jobbe i Noreg?',
      'Kven betaler flybilletten heim for {x} som mønstrar av?',
      'Kor mykje pensjon får {x} etter 20 år på sjøen?',
      'Får {x} betalt ekstra for overtid?',
      'Kva løn får {x}?',
      'Kor lang oppseiingstid har {x}?',
    ],
    nouns: [
      'ein skipskokk',
      'ein matros',
      'ein lettmatros',
      'ein smørar',
      'ein motormann',
      'ein skipper med D6',
      'ein styrmann med D5',
      'ein kadett',
      'ein maskinist',
      'kapteinen',
    ],
  },
  documents: {
    intents: [
      'Kva kostar {x}?',
      'Kva er gebyret for {x}?',
      'Er {x} gratis?',
      'Kan eg betale for {x} med faktura?',
      'Kva kostar porto om {x} blir send til utlandet i posten?',
      'Får eg refusjon for {x} om søknaden blir avslått?',
      'Kva er prisen på {x}?',
    ],
    nouns: [
      'bemanningssertifikatet',
      'eit D5-sertifikat',
      'helseerklæringa',
      'eit mellombels ISSC',
      'ei fartstidsstadfesting',
      'ISPS-sertifiseringa',
      'eit D6-sertifikat',
      'kokkesertifikatet',
      'manuell handsaming av ein søknad',
      'å få D6 inn i bemanningssertifikatet',
      'ISPS-verifikasjonen',
    ],
  },
  agencies: {
    intents: ['Kva er telefonnummeret til {x}?'],
    nouns: [
      'Kystvakta',
      'NAV',
      'tollvesenet',
      'politiet',
      'Fiskeridirektoratet',
      'lostenesta',
      'Havarikommisjonen',
      'Brønnøysundregistera',
      'Reiarforbundet',
    ],
  },
  authority: {
    intents: [
      'Må {x} vere godkjende av Sjøfartsdirektoratet?',
      'Kva reglar har Sjøfartsdirektoratet for {x}?',
      'Kontrollerer Sdir {x}?',
    ],
    nouns: [
      'redningsflåtar',
      'overlevingsdrakter',
      'brannsløkkjarar',
      'ein RIB med turistar',
      'arbeidsbåtar i oppdrett',
      'radar på små båtar',
    ],
  },
};

/** Every intent with every noun, intent by intent (a fixed order). */
const cross = ({ intents, nouns }: Grid): string[] => intents.flatMap((i) => nouns.map((n) => i.replace('{x}', n)));

const generate = (t: Templates): readonly string[] => [
  ...cross(t.roles),
  ...cross(t.documents),
  ...cross(t.agencies),
  ...cross(t.authority),
];

/** Generated out-of-scope messages per language (see the module comment). */
export const generatedOutOfScope: Readonly<Record<'nb' | 'nn' | 'en', readonly string[]>> = {
  nb: generate(NB),
  nn: generate(NN),
  en: generate(EN),
};
