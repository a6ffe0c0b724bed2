/**
 * A second, independently written held-out set for the router: chat-style questions from
 * shipowners, seafarers and support staff, written from the topic catalogue and seeds only.
 */
import type { TopicId } from '../../content/topic-ids.js';
import type { EvalCase } from './questions.js';

type Case = { text: string; locale: 'nb' | 'en'; topic: TopicId };

const inScope: readonly Case[] = [
  // manning.which-vessels
  { text: 'trenger en lastebåt på 38 BT bemanningssertifikat?', locale: 'nb', topic: 'manning.which-vessels' },
  {
    text: 'Vi har en fiskebåt på 26 meter (L). Må den ha bemanningsoppgave fra Sdir når den bare fisker langs kysten?',
    locale: 'nb',
    topic: 'manning.which-vessels',
  },
  {
    text: 'Treng eit lite passasjerskip på 11 meter bemanningssertifikat, sjølv om det berre går inne i fjorden?',
    locale: 'nb',
    topic: 'manning.which-vessels',
  },
  {
    text: 'does a 60 GT cargo vessel need a minimum safe manning document',
    locale: 'en',
    topic: 'manning.which-vessels',
  },
  {
    text: 'Which Norwegian ships are required to carry a safe manning certificate from the NMA?',
    locale: 'en',
    topic: 'manning.which-vessels',
  },
  {
    text: 'our school ship is only used for training cruises with students - is a manning certificate mandatory for her?',
    locale: 'en',
    topic: 'manning.which-vessels',
  },

  // manning.how-to-apply
  {
    text: 'hvordan søker rederiet om bemanningsoppgave? hvilke skjema skal brukes og hvor sendes de',
    locale: 'nb',
    topic: 'manning.how-to-apply',
  },
  {
    text: 'New build delivered next month. Where do I find form KS-0308 and how do we submit the safe manning application?',
    locale: 'en',
    topic: 'manning.how-to-apply',
  },

  // manning.stcw-update
  {
    text: 'Vi har fått pålegg om å oppdatere bemanningssertifikatet etter revisjonen av STCW-konvensjonen, hva må vi sende inn?',
    locale: 'nb',
    topic: 'manning.stcw-update',
  },
  {
    text: 'got a letter saying our manning doc must be updated because of the STCW revision - do we use the normal form or just email you?',
    locale: 'en',
    topic: 'manning.stcw-update',
  },

  // manning.d6-update
  {
    text: 'hvordan får vi lagt inn D6 på bemanningssertifikatet til arbeidsbåten vår?',
    locale: 'nb',
    topic: 'manning.d6-update',
  },
  {
    text: 'How do we apply to have our minimum safe manning document updated to include D6?',
    locale: 'en',
    topic: 'manning.d6-update',
  },

  // manning.repositioning
  {
    text: 'Skal flytte båten fra Bergen til Ålesund uten last eller oppdrag. Må hele minstebemanningen være med på turen?',
    locale: 'nb',
    topic: 'manning.repositioning',
  },
  {
    text: 'repositioning voyage to the yard, no cargo, no pax, no charter. do we still need the full safe manning on board?',
    locale: 'en',
    topic: 'manning.repositioning',
  },

  // manning.day-schedule
  { text: 'hva betyr "dagordning" på bemanningsoppgaven vår?', locale: 'nb', topic: 'manning.day-schedule' },
  {
    text: "our manning certificate says the vessel runs on 'dagordning' - does that mean we can't operate at night?",
    locale: 'en',
    topic: 'manning.day-schedule',
  },

  // manning.lay-up
  {
    text: 'Skipet skal ligge i kaldt opplag i Gulen i vinter. Hvor mange må vi ha om bord i opplagsperioden?',
    locale: 'nb',
    topic: 'manning.lay-up',
  },
  { text: 'what minimum manning is required for a ship in warm lay-up?', locale: 'en', topic: 'manning.lay-up' },

  // manning.moored
  {
    text: 'må alle stillingene på bemanningssertifikatet være om bord når vi ligger fortøyd til kai over natta?',
    locale: 'nb',
    topic: 'manning.moored',
  },
  {
    text: 'Do all positions listed on the safe manning doc have to be onboard while the vessel is alongside in port?',
    locale: 'en',
    topic: 'manning.moored',
  },

  // manning.other-duties
  {
    text: 'kan matrosen som er del av sikkerhetsbemanningen selge billetter på ferja under overfarten?',
    locale: 'nb',
    topic: 'manning.other-duties',
  },
  {
    text: 'Can crew who are part of the safe manning also work in the cafeteria or sell tickets during the crossing?',
    locale: 'en',
    topic: 'manning.other-duties',
  },

  // manning.expiry
  {
    text: 'har bemanningssertifikatet en utløpsdato eller gjelder det for alltid?',
    locale: 'nb',
    topic: 'manning.expiry',
  },
  {
    text: 'do we have to renew our minimum safe manning document every 5 years like other certs?',
    locale: 'en',
    topic: 'manning.expiry',
  },

  // manning.accepted-certificates
  {
    text: 'Bemanningssertifikatet krever D4 for styrmann, men vi går bare i fartsområde 3. Holder det med D5 da?',
    locale: 'nb',
    topic: 'manning.accepted-certificates',
  },
  {
    text: 'what does the (*) footnote on the manning cert mean - "other certificates may be accepted"?',
    locale: 'en',
    topic: 'manning.accepted-certificates',
  },

  // manning.engine-knowledgeable
  {
    text: 'hva ligger i "fører skal være maskinkyndig"? må skipper ha maskinsertifikat?',
    locale: 'nb',
    topic: 'manning.engine-knowledgeable',
  },
  {
    text: 'Manning document states the master shall be engine-knowledgeable. What qualification counts as that?',
    locale: 'en',
    topic: 'manning.engine-knowledgeable',
  },

  // cook.required
  { text: 'når må vi ha skipskokk om bord?', locale: 'nb', topic: 'cook.required' },
  {
    text: 'sikkerhetsbemanningen vår er 11 personer, betyr det at vi må ha egen kokk?',
    locale: 'nb',
    topic: 'cook.required',
  },
  { text: 'er det krav om kokk pa en bat med 8 mann i sikkerhetsbemanning', locale: 'nb', topic: 'cook.required' },
  { text: "Is a ship's cook mandatory when the safe manning is 10 people?", locale: 'en', topic: 'cook.required' },
  { text: 'at what crew size is a dedicated cook required on board', locale: 'en', topic: 'cook.required' },
  { text: 'we have 9 in the safety manning. need a cook or not?', locale: 'en', topic: 'cook.required' },

  // cook.qualification
  {
    text: 'hvilke kvalifikasjoner må en skipskokk ha? holder det med fagbrev kokk?',
    locale: 'nb',
    topic: 'cook.qualification',
  },
  {
    text: 'Safe manning is 7. Can a deckhand without chef education act as cook if we check his cooking skills?',
    locale: 'en',
    topic: 'cook.qualification',
  },

  // d6.privileges
  { text: 'D6 skipper 14 m båt?', locale: 'nb', topic: 'd6.privileges' },
  { text: 'kan jeg være overstyrmann på en arbeidsbåt på 22 meter med D6?', locale: 'nb', topic: 'd6.privileges' },
  {
    text: 'Eg har D6, er 23 år og har 14 mnd som vaktoffiser. Kan eg vere skipsførar på ein 20 m båt i liten kystfart?',
    locale: 'nb',
    topic: 'd6.privileges',
  },
  {
    text: 'what am I allowed to do with a D6 licence? master on a 12m workboat ok?',
    locale: 'en',
    topic: 'd6.privileges',
  },
  { text: 'Does a D6 cover passenger boats or fishing vessels?', locale: 'en', topic: 'd6.privileges' },
  {
    text: 'd6 holder as OOW on a 450 GT ship, L 23 m, outside liten kystfart - allowed?',
    locale: 'en',
    topic: 'd6.privileges',
  },

  // ratings.lettmatros
  { text: 'hva kreves for å jobbe som lettmatros?', locale: 'nb', topic: 'ratings.lettmatros' },
  { text: 'requirements to sign on as an ordinary seaman?', locale: 'en', topic: 'ratings.lettmatros' },

  // ratings.smorer
  { text: 'krav til smører? hvor lang tjenestetid i maskin trengs', locale: 'nb', topic: 'ratings.smorer' },
  { text: 'How much engine room service does an oiler need?', locale: 'en', topic: 'ratings.smorer' },

  // ratings.maskinpasser
  { text: 'kvalifikasjonskrav for maskinpasser, paragraf 80?', locale: 'nb', topic: 'ratings.maskinpasser' },
  {
    text: "what are the requirements for the 'maskinpasser' position (engine rating without a certificate)?",
    locale: 'en',
    topic: 'ratings.maskinpasser',
  },

  // ratings.maskinpasser-lettmatros
  {
    text: 'Vi har stillingen maskinpasser-lettmatros på bemanningsoppgaven. Hvilke krav gjelder for den?',
    locale: 'nb',
    topic: 'ratings.maskinpasser-lettmatros',
  },
  {
    text: 'combined position engine rating / ordinary seaman (maskinpasser-lettmatros) - what does the person need?',
    locale: 'en',
    topic: 'ratings.maskinpasser-lettmatros',
  },

  // ratings.matros
  {
    text: 'bemanningssertifikatet sier ingenting om sertifikatkrav til matros – hva er kravet da?',
    locale: 'nb',
    topic: 'ratings.matros',
  },
  {
    text: 'Does an able seaman need a proficiency certificate on a 650 GT seagoing ship?',
    locale: 'en',
    topic: 'ratings.matros',
  },

  // seatime.how-to-document
  {
    text: 'hvordan dokumenterer jeg fartstid? holder det med kopi av sjøfartsboka?',
    locale: 'nb',
    topic: 'seatime.how-to-document',
  },
  { text: 'what are the accepted ways to document my sea service?', locale: 'en', topic: 'seatime.how-to-document' },

  // seatime.who-can-confirm
  {
    text: 'jeg eier båten selv og er daglig leder, kan jeg skrive fartstidsattest til meg selv?',
    locale: 'nb',
    topic: 'seatime.who-can-confirm',
  },
  { text: 'kan regnskapsføreren vår signere fartstidsbekreftelsen?', locale: 'nb', topic: 'seatime.who-can-confirm' },
  { text: 'Kven kan skrive under på fartstidsattesten?', locale: 'nb', topic: 'seatime.who-can-confirm' },
  { text: 'who is allowed to sign a sea time confirmation', locale: 'en', topic: 'seatime.who-can-confirm' },
  {
    text: "I'm both skipper and co-owner of the boat. Can I sign my own sea service letter?",
    locale: 'en',
    topic: 'seatime.who-can-confirm',
  },
  {
    text: 'can the captain on board sign the seatime letter or must it come from the office?',
    locale: 'en',
    topic: 'seatime.who-can-confirm',
  },

  // seatime.confirmation
  { text: 'hva må stå i en fartstidsattest?', locale: 'nb', topic: 'seatime.confirmation' },
  {
    text: 'kan du sjekke denne attesten: "Ola Nordmann, lettmatros, 01.03–30.06.2024, MS Fjordbris LMXY, sign. rederiet" – mangler det noe?',
    locale: 'nb',
    topic: 'seatime.confirmation',
  },
  {
    text: 'Skal fødselsdato og kallesignal være med i fartstidsbekreftelsen fra rederiet?',
    locale: 'nb',
    topic: 'seatime.confirmation',
  },
  { text: 'What info must a sea service testimonial contain?', locale: 'en', topic: 'seatime.confirmation' },
  {
    text: 'can you help me draft a sea-time confirmation for my deckhand',
    locale: 'en',
    topic: 'seatime.confirmation',
  },
  {
    text: "applying for matros cert - does the sea time letter need the vessel's GT and trading area too?",
    locale: 'en',
    topic: 'seatime.confirmation',
  },

  // seatime.calculate
  { text: 'jobba 12 timer dagen i 30 dager, hva blir det i fartstid', locale: 'nb', topic: 'seatime.calculate' },
  { text: 'Kor mange timar må eg ha for å få 360 dagar fartstid?', locale: 'nb', topic: 'seatime.calculate' },
  { text: 'how do I convert hours worked on board into sea-time days?', locale: 'en', topic: 'seatime.calculate' },
  { text: '6 hrs per day for 90 days, how many days of sea time is that', locale: 'en', topic: 'seatime.calculate' },
  {
    text: 'How many hours make up one sea time day under the new hour-based counting?',
    locale: 'en',
    topic: 'seatime.calculate',
  },

  // seatime.what-counts
  {
    text: 'teller tida jeg jobber på oppdrettsanlegget som fartstid når båten ligger fortøyd ved merdene?',
    locale: 'nb',
    topic: 'seatime.what-counts',
  },
  {
    text: 'telles vedlikehold på båten som fartstid? og hvor mange timer kan man føre per døgn maks?',
    locale: 'nb',
    topic: 'seatime.what-counts',
  },
  {
    text: 'does maintenance work on the boat while moored count as sea time?',
    locale: 'en',
    topic: 'seatime.what-counts',
  },

  // seatime.positions
  {
    text: 'jeg er akvatekniker på arbeidsbåten, hvilken stilling skal registreres i fartstiden?',
    locale: 'nb',
    topic: 'seatime.positions',
  },
  {
    text: 'Two of us hold D6 on the same boat. Can we both be registered as master for sea time?',
    locale: 'en',
    topic: 'seatime.positions',
  },

  // seatime.employer-reporting
  {
    text: 'fartstida på min side sjøfolk er feil, hvem må rette det?',
    locale: 'nb',
    topic: 'seatime.employer-reporting',
  },
  {
    text: 'can I enter my own sea time on Min side myself or does the employer have to report it? how often do they do it?',
    locale: 'en',
    topic: 'seatime.employer-reporting',
  },

  // seatime.electronic-vs-manual
  {
    text: 'hva er forskjellen på å rapportere fartstid elektronisk og å skrive manuell attest?',
    locale: 'nb',
    topic: 'seatime.electronic-vs-manual',
  },
  {
    text: 'Our company writes paper sea time letters instead of reporting electronically. Is there any downside to that for the crew?',
    locale: 'en',
    topic: 'seatime.electronic-vs-manual',
  },

  // seatime.mobile-units
  {
    text: 'hvilke stillinger på flyttbar innretning kan man opptjene fartstid i?',
    locale: 'nb',
    topic: 'seatime.mobile-units',
  },
  {
    text: 'sea time on a rig without own propulsion - can it be used to apply for a higher certificate?',
    locale: 'en',
    topic: 'seatime.mobile-units',
  },

  // deck.first-issue
  { text: 'hvor mye fartstid trenger jeg for første D5?', locale: 'nb', topic: 'deck.first-issue' },
  {
    text: 'har fagbrev som matros, hvor lang fartstid må jeg ha for å søke D4 første gang?',
    locale: 'nb',
    topic: 'deck.first-issue',
  },
  { text: 'Fartstidskrav for førstegangs D3 sertifikat?', locale: 'nb', topic: 'deck.first-issue' },
  { text: 'sea time requirements for a first D4 certificate', locale: 'en', topic: 'deck.first-issue' },
  {
    text: 'I have 20 months on a 17 m LOA supply boat, is that enough for my first D5?',
    locale: 'en',
    topic: 'deck.first-issue',
  },
  {
    text: 'Is 12 months of approved onboard training with webcadet enough for a deck officer class 3?',
    locale: 'en',
    topic: 'deck.first-issue',
  },

  // deck.master-rights
  { text: 'fikk D5 i posten men det står ingen førerrettigheter, hvorfor?', locale: 'nb', topic: 'deck.master-rights' },
  { text: 'how do I get master rights added to my D4?', locale: 'en', topic: 'deck.master-rights' },
  {
    text: 'First D3 was issued without master privileges. I now have 12 months as OOW since then - can I get them now?',
    locale: 'en',
    topic: 'deck.master-rights',
  },

  // deck.cadet
  { text: 'jeg er kadett, når kan jeg søke om D3? har nettopp fått vitnemålet', locale: 'nb', topic: 'deck.cadet' },
  {
    text: 'cadet here - how many days after my final diploma before I can apply for the deck officer cert?',
    locale: 'en',
    topic: 'deck.cadet',
  },

  // deck.foreign-cadet
  {
    text: 'godkjenner dere kadettplass på skip som ikke fører norsk flagg?',
    locale: 'nb',
    topic: 'deck.foreign-cadet',
  },
  {
    text: 'Can I do my cadetship with a foreign shipping company? What about the assessor?',
    locale: 'en',
    topic: 'deck.foreign-cadet',
  },

  // health.certificate
  { text: 'hvor lenge gjelder helseerklæringen for sjøfolk?', locale: 'nb', topic: 'health.certificate' },
  {
    text: 'helseattesten min gikk ut forrige uke, er D6-en min fortsatt gyldig?',
    locale: 'nb',
    topic: 'health.certificate',
  },
  { text: 'eg er 17 år, kor lenge varer helseerklæringa mi?', locale: 'nb', topic: 'health.certificate' },
  { text: 'how long is a seafarer medical certificate valid', locale: 'en', topic: 'health.certificate' },
  {
    text: "My medical has a limitation but it doesn't show on my D6. Do I still have to follow it?",
    locale: 'en',
    topic: 'health.certificate',
  },
  {
    text: 'medical expired - can I keep working on my D6 til I get a new one?',
    locale: 'en',
    topic: 'health.certificate',
  },

  // aps.processing
  {
    text: 'Blir sertifikatet utstedt automatisk hvis jeg laster opp kursbevisene selv som vedlegg?',
    locale: 'nb',
    topic: 'aps.processing',
  },
  {
    text: 'det sto "denne søknaden vil gå til manuell behandling" da jeg sendte inn, hva betyr det?',
    locale: 'nb',
    topic: 'aps.processing',
  },
  { text: 'Why was my application sent to manual processing?', locale: 'en', topic: 'aps.processing' },
  { text: 'will my certificate be issued automatically?', locale: 'en', topic: 'aps.processing' },
  {
    text: 'application flagged for manual handling, I attached my course certificates as PDFs. is that why?',
    locale: 'en',
    topic: 'aps.processing',
  },

  // aps.processing-time
  { text: 'hvor lang saksbehandlingstid er det på sertifikatsøknader nå?', locale: 'nb', topic: 'aps.processing-time' },
  {
    text: 'how long does it usually take you to process a certificate application?',
    locale: 'en',
    topic: 'aps.processing-time',
  },

  // aps.digital-certificates
  {
    text: 'kan jeg vise sertifikatet på mobilen om bord i stedet for papir?',
    locale: 'nb',
    topic: 'aps.digital-certificates',
  },
  {
    text: 'Is there an app for digital certificates, and are they valid outside Norway?',
    locale: 'en',
    topic: 'aps.digital-certificates',
  },

  // isps.process
  {
    text: 'skipet vårt har ikke norsk ISSC ennå – hvordan er prosessen for ISPS-sertifisering hos Sdir?',
    locale: 'nb',
    topic: 'isps.process',
  },
  {
    text: 'steps to get ISPS certification for a ship reflagged to NOR that has no Norwegian ISSC?',
    locale: 'en',
    topic: 'isps.process',
  },

  // isps.interim
  {
    text: 'kan et midlertidig ISSC forlenges hvis SSP ikke er godkjent innen 6 mnd?',
    locale: 'nb',
    topic: 'isps.interim',
  },
  { text: 'What letter has to be kept on board together with the I-ISSC?', locale: 'en', topic: 'isps.interim' },

  // isps.verification-dates
  {
    text: 'når skal mellomliggende verifikasjon gjennomføres for ISSC?',
    locale: 'nb',
    topic: 'isps.verification-dates',
  },
  {
    text: 'ISSC utløper 15.09.2026, vi tar fornyelsesverifikasjon 1. mai 2026 – hva blir ny utløpsdato?',
    locale: 'nb',
    topic: 'isps.verification-dates',
  },
  {
    text: 'hvis vi fornyer issc mer enn 3 mnd før utløp, mister vi tid da?',
    locale: 'nb',
    topic: 'isps.verification-dates',
  },
  { text: 'When is the intermediate ISPS verification due?', locale: 'en', topic: 'isps.verification-dates' },
  {
    text: 'ISSC expires 2027-03-10, renewal verification planned for 2027-01-20. What will the new expiry be?',
    locale: 'en',
    topic: 'isps.verification-dates',
  },
  {
    text: 'what is the window for the ISSC renewal verification and how is the new expiry date set',
    locale: 'en',
    topic: 'isps.verification-dates',
  },

  // isps.invalid
  {
    text: 'vi selger skipet og et annet selskap overtar driften – må ISSC leveres tilbake?',
    locale: 'nb',
    topic: 'isps.invalid',
  },
  { text: 'ship is changing flag next month, what happens to the ISSC?', locale: 'en', topic: 'isps.invalid' },

  // isps.electronic-plan
  {
    text: 'godtar Sdir elektronisk sikkerhetsplan, eller må SSP være på papir om bord?',
    locale: 'nb',
    topic: 'isps.electronic-plan',
  },
  {
    text: 'Can we keep the ship security plan electronically? Which documents still have to be on board in original?',
    locale: 'en',
    topic: 'isps.electronic-plan',
  },

  // contact
  { text: 'hvordan kontakter jeg sjøfartsdirektoratet? hvilken epostadresse?', locale: 'nb', topic: 'contact' },
  { text: 'kan jeg få snakke med en saksbehandler hos dere?', locale: 'nb', topic: 'contact' },
  { text: 'where do I send technical questions about your API for reporting?', locale: 'en', topic: 'contact' },
];

const outOfScope: readonly Case[] = [
  // other agencies
  { text: 'hvordan søker jeg sykepenger fra NAV etter at jeg skadet meg om bord?', locale: 'nb', topic: 'fallback' },
  { text: 'how do I claim the seafarer tax deduction on my Norwegian tax return?', locale: 'en', topic: 'fallback' },
  { text: 'må jeg fortolle en brukt båt jeg kjøper fra Sverige?', locale: 'nb', topic: 'fallback' },
  { text: 'how do I apply for a participation right for the coastal cod fishery?', locale: 'en', topic: 'fallback' },
  { text: 'hvordan fører jeg fangstdagbok (ERS) elektronisk?', locale: 'nb', topic: 'fallback' },
  {
    text: 'passet mitt går ut før jeg skal mønstre på i Singapore, hvor fornyer jeg det raskest?',
    locale: 'nb',
    topic: 'fallback',
  },
  { text: 'How do I order a pilot for arrival at Mongstad?', locale: 'en', topic: 'fallback' },
  { text: 'hvordan regnes farledsavgiften ut for et skip på 3000 BT?', locale: 'nb', topic: 'fallback' },
  { text: 'how does a foreign seafarer get a D-number in Norway?', locale: 'en', topic: 'fallback' },
  // leisure boating
  { text: 'er det påbudt med redningsvest i fritidsbåt under 8 meter?', locale: 'nb', topic: 'fallback' },
  { text: "what's the legal alcohol limit for driving my own leisure boat?", locale: 'en', topic: 'fallback' },
  { text: 'hvordan tar jeg båtførerbevis til sommeren?', locale: 'nb', topic: 'fallback' },
  // construction, stability, equipment
  { text: 'hvilke stabilitetskrav gjelder når vi monterer ny kran på arbeidsbåten?', locale: 'nb', topic: 'fallback' },
  { text: 'What freeboard rules apply to a new 20 m workboat hull?', locale: 'en', topic: 'fallback' },
  { text: 'how many liferafts does a 30 m passenger vessel need', locale: 'en', topic: 'fallback' },
  { text: 'må vi ha AIS om bord på en 14 meters arbeidsbåt?', locale: 'nb', topic: 'fallback' },
  // environment
  { text: 'hvordan melder vi fra om et oljesøl i havna?', locale: 'nb', topic: 'fallback' },
  { text: 'how do we report ballast water exchange before arriving in Norway?', locale: 'en', topic: 'fallback' },
  // port state control, ISM, MLC
  {
    text: 'skipet ble holdt tilbake på havnestatskontroll i Rotterdam, hva gjør vi nå?',
    locale: 'nb',
    topic: 'fallback',
  },
  { text: 'we got a PSC detention in Antwerp - how do we get it lifted?', locale: 'en', topic: 'fallback' },
  { text: 'hvor ofte må vi ha internrevisjon av ISM-systemet?', locale: 'nb', topic: 'fallback' },
  { text: 'How long is the ISM Document of Compliance valid?', locale: 'en', topic: 'fallback' },
  { text: 'what does MLC say about minimum cabin size for crew?', locale: 'en', topic: 'fallback' },
  // crew agencies, pay, unions, company law
  { text: 'kan dere anbefale et bemanningsbyrå som leverer filippinske sjøfolk?', locale: 'nb', topic: 'fallback' },
  { text: 'what is the tariff for an AB on a NIS ship these days?', locale: 'en', topic: 'fallback' },
  { text: 'rederiet har ikke utbetalt overtid på tre måneder, hva kan jeg gjøre?', locale: 'nb', topic: 'fallback' },
  { text: 'hvordan melder jeg meg inn i Norsk Sjømannsforbund?', locale: 'nb', topic: 'fallback' },
  { text: 'how do I set up an AS for my small boat charter business?', locale: 'en', topic: 'fallback' },
  { text: 'vi skal ta inn en lærling, får rederiet noe tilskudd for det?', locale: 'nb', topic: 'fallback' },
  // personal finance
  { text: 'bør jeg binde renta på boliglånet nå?', locale: 'nb', topic: 'fallback' },
  { text: 'is it smart to put my savings into index funds while I work offshore?', locale: 'en', topic: 'fallback' },
  // small talk and unrelated
  { text: 'hei, hvordan går det med deg i dag?', locale: 'nb', topic: 'fallback' },
  { text: 'tell me a joke about sailors', locale: 'en', topic: 'fallback' },
  { text: "what's the weather going to be like at Stad tomorrow?", locale: 'en', topic: 'fallback' },
  { text: 'kan eg ta med hunden på ferja?', locale: 'nb', topic: 'fallback' },
  { text: 'korleis klagar eg på ei parkeringsbot eg fekk på kaia?', locale: 'nb', topic: 'fallback' },
  // near-misses sharing vocabulary with in-scope topics
  { text: 'hvordan blir jeg godkjent assessor?', locale: 'nb', topic: 'fallback' },
  { text: 'How do I book an ISPS auditor for our port facility?', locale: 'en', topic: 'fallback' },
  { text: 'hva bør skipskokken ha på menyen for en uke til sjøs?', locale: 'nb', topic: 'fallback' },
  { text: 'can a D6 holder drive a jet ski?', locale: 'en', topic: 'fallback' },
  { text: 'hva er boten for å seile uten bemanningssertifikat?', locale: 'nb', topic: 'fallback' },
  { text: 'which course centres in Bergen run the basic safety training refresher?', locale: 'en', topic: 'fallback' },
  { text: 'what vaccines do I need before joining a ship trading to West Africa?', locale: 'en', topic: 'fallback' },
  { text: 'hvordan setter jeg opp en vaktliste med 6 timer på og 6 av for brovakta?', locale: 'nb', topic: 'fallback' },
  { text: "what should the ship security officer's training course cover?", locale: 'en', topic: 'fallback' },
];

export const freshCases: readonly EvalCase[] = [...inScope, ...outOfScope];
