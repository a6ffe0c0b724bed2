/**
 * Readings to review: every place where the rules had to choose between readings of a source, with
 * the reading chosen, the other reading and the sentence it rests on — so that Sdir's lawyers can
 * check each choice. The rulebook prints them under "Readings to review". Quotes are verbatim from
 * the seeds (Norwegian) or from facts.md (English), as `from` says.
 */
import { cite } from './sources.js';
import type { Citation } from './types.js';

/** Text for lawyers in bokmål and English (the rulebook's two languages). */
type DocText = { nb: string; en: string };

export type Reading = {
  id: string;
  /** The rules whose answers depend on the reading. */
  rules: readonly string[];
  title: DocText;
  /** The sentence read, verbatim. */
  quote: string;
  from: 'seed 001' | 'seed 002' | 'seed 003' | 'seed 004' | 'facts.md';
  source: Citation;
  chosen: DocText;
  alternative: DocText;
};

export const READINGS: readonly Reading[] = [
  {
    id: 'matros-periods-add-up',
    rules: ['matros'],
    title: { nb: 'Matros § 79: legges periodene sammen?', en: 'Able seaman § 79: do the periods add up?' },
    quote:
      'Matros som ikke skal ha ferdighetssertifikat matros og som ikke har fagbrev skal ha minst ett års tjenestetid som lettmatros og to års tjenestetid som nevnt i § 78.',
    from: 'seed 003',
    source: cite('qualificationRegulations', '§ 79'),
    chosen: {
      nb: 'Uavklart: oppfyller tjenestetiden hvert minstekrav for seg (ett år som lettmatros, to år på dekk i alt), men ikke summen (tre år), blir svaret «usikkert», med begge lesemåtene. Oppfyller den summen, er kravet oppfylt.',
      en: "Left open: service that meets each minimum on its own (a year as ordinary seaman, two years on deck in all) but not their sum (three years) is answered 'uncertain', with both readings. Service that meets the sum meets § 79.",
    },
    alternative: {
      nb: '(a) Året som lettmatros inngår i de to årene: 24 måneder på dekk i alt er nok. (b) Periodene kommer etter hverandre: 36 måneder i alt trengs.',
      en: '(a) The year as ordinary seaman is part of the two years: 24 months on deck in all suffice. (b) The periods come one after the other: 36 months in all are needed.',
    },
  },
  {
    id: 'matros-deck-service-replaces-ordinary-seaman',
    rules: ['matros'],
    title: {
      nb: 'Matros § 79: annen dekkstjeneste i stedet for tid som lettmatros',
      en: 'Able seaman § 79: other deck service instead of time as ordinary seaman',
    },
    quote:
      'Tjenestetid i stilling som inkluderer dekkstjeneste eller relevant tjeneste på flyttbar innretning kan erstatte tjenestetid som lettmatros.',
    from: 'seed 003',
    source: cite('qualificationRegulations', '§ 79'),
    chosen: {
      nb: '«Kan erstatte» leses som en mulighet Sjøfartsdirektoratet vurderer: under ett år som lettmatros, men nok dekkstjeneste i alt, gir «usikkert», ikke «nei».',
      en: "'Kan erstatte' is read as a possibility the Authority assesses: under a year as ordinary seaman but enough deck service in all gives 'uncertain', not 'no'.",
    },
    alternative: {
      nb: 'Leses som en rett: all dekkstjeneste teller som tid som lettmatros, og månedene som lettmatros betyr aldri noe for svaret.',
      en: 'Read as a right: all deck service counts as time as ordinary seaman, and the months as ordinary seaman never change the answer.',
    },
  },
  {
    id: 'matros-deck-service-total',
    rules: ['matros', 'rating-requirements'],
    title: { nb: 'Hva «måneder på dekk» omfatter', en: 'What "months on deck" covers' },
    quote:
      'Matros som ikke skal ha ferdighetssertifikat matros og som ikke har fagbrev skal ha minst ett års tjenestetid som lettmatros og to års tjenestetid som nevnt i § 78.',
    from: 'seed 003',
    source: cite('qualificationRegulations', '§ 79'),
    chosen: {
      nb: 'Spørsmålet om tjenestetid på dekk gjelder all dekkstjeneste, medregnet tiden som lettmatros. Oppgis et lavere tall enn månedene som lettmatros, brukes månedene som lettmatros.',
      en: 'The question on deck service asks for all deck service, the time as ordinary seaman included. A figure lower than the months as ordinary seaman is read as the months as ordinary seaman.',
    },
    alternative: {
      nb: 'De to tallene er atskilte perioder og legges sammen.',
      en: 'The two figures are separate periods and are added together.',
    },
  },
  {
    id: 'practice-may-count',
    rules: ['rating-requirements', 'matros'],
    title: {
      nb: '§§ 77–78: praksis som «kan anses som tjenestetid»',
      en: '§§ 77–78: practice that "can be regarded as service time"',
    },
    quote:
      'Praktisk opplæring, yrkespraksis i mekaniske fag, maritime fag eller relevant tjeneste på flyttbare innretninger kan anses som tjenestetid.',
    from: 'seed 003',
    source: cite('qualificationRegulations', '§§ 77 og 78'),
    chosen: {
      nb: 'Slik praksis kan telle, men Sjøfartsdirektoratet vurderer den. Den spørres om (monthsMechanicalPractice) når tjenestetiden om bord ikke er nok; et svar som hviler på den, er «usikkert». For matros sier et «nei» at slik praksis kan telle.',
      en: "Such practice may count, but the Authority assesses it. It is asked for (monthsMechanicalPractice) when the service on board falls short; an answer that rests on it is 'uncertain'. For able seaman a 'no' says that such practice may count.",
    },
    alternative: {
      nb: 'Praksisen telles som tjenestetid om bord (et sikkert «ja»), eller holdes utenfor (et sikkert «nei»).',
      en: "The practice is counted like service on board (a confident 'yes'), or left out (a confident 'no').",
    },
  },
  {
    id: 'maskinpasser-six-and-thirty',
    rules: ['rating-requirements'],
    title: { nb: 'Maskinpasser § 80: 6 og 30 måneder', en: 'Maskinpasser § 80: 6 and 30 months' },
    quote:
      'Motormann som ikke skal ha ferdighetssertifikat motormann og som ikke har fagbrev, samt maskinpasser, skal ha minst seks måneders tjenestetid i maskin og 30 måneders tjenestetid som nevnt i § 77.',
    from: 'seed 003',
    source: cite('qualificationRegulations', '§ 80'),
    chosen: {
      nb: 'De seks månedene er tjeneste i maskin; praksis etter § 77 teller bare mot de 30 månedene. Oppfyller månedene i maskin 30, men ikke 36, er svaret «usikkert», med begge lesemåtene.',
      en: "The six months are engine-room service; § 77 practice counts only towards the 30 months. Engine-room months that meet 30 but not 36 are answered 'uncertain', with both readings.",
    },
    alternative: {
      nb: '(a) De seks månedene inngår i de 30: 30 måneder er nok. (b) De kommer i tillegg: 36 måneder trengs. (c) Praksis teller også for de seks månedene.',
      en: '(a) The six months are part of the 30: 30 months suffice. (b) They come on top: 36 months are needed. (c) Practice counts for the six months too.',
    },
  },
  {
    id: 'issc-anniversaries',
    rules: ['issc-validity'],
    title: { nb: 'ISSC: hvilke årsdager', en: 'ISSC: which anniversaries' },
    quote:
      'Mellom andre og tredje årsdag for sertifikatets gyldighetsdato skal det gjennomføres en mellomliggende verifikasjon',
    from: 'seed 001',
    source: cite('sdirIspsProcess'),
    chosen: {
      nb: 'Årsdagene er årsdagene for utløpsdatoen som står på sertifikatet (ISPS A/19.1.1): vinduet går fra utløpsdatoen minus 3 år til utløpsdatoen minus 2 år. Utløpsdatoen spørres om for et fulltids ISSC. Vinduet begynner aldri før utstedelsesdatoen; ligger hele vinduet før den, blir svaret «usikkert».',
      en: "The anniversaries are those of the expiry date printed on the certificate (ISPS A/19.1.1): the window runs from the expiry date minus 3 years to the expiry date minus 2 years. The expiry date is asked for a full-term ISSC. The window never starts before the date of issue; if all of it lies before that date, the answer is 'uncertain'.",
    },
    alternative: {
      nb: 'Årsdagene regnes fra utstedelsesdatoen (utstedt + 2 år til utstedt + 3 år). Det gir et annet vindu når sertifikatet ikke gjelder i nøyaktig 5 år, for eksempel etter fornyelse.',
      en: 'The anniversaries count from the date of issue (issue + 2 to issue + 3 years), which gives another window when the certificate does not run exactly 5 years, for example after a renewal.',
    },
  },
  {
    id: 'issc-renewed-expiry',
    rules: ['issc-validity', 'issc-renewal'],
    title: { nb: 'ISSC: utløpsdato etter fornyelse', en: 'ISSC: expiry date after renewal' },
    quote:
      'Dersom fornyelsesverifikasjonen utføres inntil 3 måneder før utløpet av ISSC, vil man få ny utløpsdato på sertifikatet som er lik gammel utløpsdato pluss fem år.',
    from: 'seed 001',
    source: cite('sdirIspsProcess'),
    chosen: {
      nb: 'En utløpsdato på et fulltids ISSC godtas inntil 5 år og 3 måneder etter utstedelsesdatoen, fordi et fornyet sertifikat antas utstedt tidligst på datoen for fornyelsesverifikasjonen. «Inntil 3 måneder før» tar med dagen nøyaktig 3 måneder før (månedsslutt etter datoreglene).',
      en: "A full-term ISSC's expiry date is accepted up to 5 years and 3 months after its date of issue, as a renewed certificate is taken to be issued no earlier than the renewal verification. 'Inntil 3 måneder før' includes the day exactly 3 months before (month ends per the date policy).",
    },
    alternative: {
      nb: 'Bare inntil 5 år etter utstedelsen (som avviser fornyede sertifikater), eller ingen øvre grense for datoen som står på sertifikatet.',
      en: 'Only up to 5 years after issue (which rejects renewed certificates), or no upper limit on the printed date at all.',
    },
  },
  {
    id: 'valid-n-years',
    rules: ['health-certificate', 'issc-validity'],
    title: { nb: '«Gyldig i N år»: siste dag', en: '"Valid for N years": the last day' },
    quote:
      'En helseerklæring er gyldig i inntil 2 år og må fornyes dersom du er avhengig av å bruke D6 sertifikatet i ditt arbeid.',
    from: 'seed 002',
    source: cite('healthRegulations'),
    chosen: {
      nb: 'N år fra utstedelsesdatoen slutter på den N-te årsdagen, og den dagen er med: utstedt 10. mars 2025, gyldig til og med 10. mars 2027 på det meste. En utløpsdato som står på dokumentet, gjelder når den ligger innenfor dette. Samme regel som ISSC («gammel utløpsdato pluss fem år»).',
      en: 'N years from the date of issue end on the Nth anniversary, and that day is included: issued 10 March 2025, valid up to and including 10 March 2027 at most. An expiry date printed on the document applies when it lies within that. The same rule as for the ISSC ("old expiry date plus five years").',
    },
    alternative: {
      nb: 'N år slutter dagen før årsdagen (utstedt 10. mars 2025, siste dag 9. mars 2027), og en utløpsdato på selve årsdagen avvises.',
      en: 'N years end the day before the anniversary (issued 10 March 2025, last day 9 March 2027), and an expiry date on the anniversary itself is refused.',
    },
  },
  {
    id: 'health-certificate-minor',
    rules: ['health-certificate'],
    title: { nb: 'Helseerklæring for sjøfolk under 18 år', en: 'Health certificate of a seafarer under 18' },
    quote: 'up to 2 years; up to 1 year if the seafarer is under 18; the doctor may set a shorter period',
    from: 'facts.md',
    source: cite('healthRegulations'),
    chosen: {
      nb: 'Alderen på utstedelsesdatoen avgjør. En utløpsdato mer enn ett år etter utstedelsen krever derfor alderen, og avvises for sjøfolk under 18 år.',
      en: 'The age on the date of issue decides. An expiry date more than a year after issue therefore needs the age, and is refused for a seafarer under 18.',
    },
    alternative: {
      nb: 'Datoen legen har skrevet, gjelder uansett alder.',
      en: 'The date the doctor wrote applies whatever the age.',
    },
  },
  {
    id: 'higher-deck-officer-certificate',
    rules: ['sea-time-confirmation'],
    title: {
      nb: 'Fartstidsbekreftelse: «høyere dekksoffisersertifikat»',
      en: 'Sea-time confirmation: "higher deck officer certificate"',
    },
    quote:
      'Hvis du søker ferdighetssertifikat matros eller høyere dekksoffisersertifikat behøver vi i tillegg bekreftelse på fartøyets bruttotonnasje (BT) og hvilket fartsområde fartøyet er sertifisert for.',
    from: 'seed 004',
    source: cite('sdirSeaTimeFaq'),
    chosen: {
      nb: '«Høyere» betyr dekksoffisersertifikatene over D6, altså D5 til D1: de krever bruttotonnasje og fartsområde i bekreftelsen. D6 gjør det ikke.',
      en: '"Higher" means the deck officer certificates above D6, that is D5 to D1: they need the gross tonnage and trading area in the confirmation. A D6 does not.',
    },
    alternative: {
      nb: 'Ethvert dekksoffisersertifikat høyere enn det søkeren har fra før, D6 medregnet; eller bare de høyeste klassene.',
      en: 'Any deck officer certificate higher than the one the applicant holds, a D6 included; or only the highest classes.',
    },
  },
  {
    id: 'master-rights-sources',
    rules: ['master-rights'],
    title: {
      nb: 'Førerrettigheter: hva som kreves, og hvor det står',
      en: 'Master rights: what is required, and where it is written',
    },
    quote:
      'For å få førerrettigheter i sertifikatet må du registrere søknad om fornyelse av kompetansesertifikatet på grunnlag av minimum 12 måneders fartstid opptjent i sertifikatpliktig stilling etter du fikk utstedt sertifikatet for første gang.',
    from: 'seed 004',
    source: cite('sdirSeaTimeFaq'),
    chosen: {
      nb: 'De 12 månedene skal være som vaktoffiser i sertifikatpliktig stilling (slik facts.md gjengir Sjøfartsdirektoratets tabell). Alderen 20 år og hva rettighetene gjelder (skip under 500 BT i nord- og østersjøfart) står ikke i seed 004, men i tabellen, og tabellen siteres for dem.',
      en: "The 12 months are to be served as officer of the watch in a certificated position (as facts.md records the Authority's table). The age of 20 and what the rights cover (ships under 500 GT, nord- og østersjøfart) are not in seed 004 but in the table, which is cited for them.",
    },
    alternative: {
      nb: 'All fartstid i sertifikatpliktig stilling teller, slik seed 004 formulerer det.',
      en: 'Any sea time in a certificated position counts, as seed 004 words it.',
    },
  },
  {
    id: 'vessel-categories',
    rules: ['manning-certificate', 'd6-privileges'],
    title: { nb: 'Fartøykategorier', en: 'Vessel categories' },
    quote:
      'Boat with 12 or fewer passengers | its own category (forskrift om drift av fartøy som fører 12 eller færre passasjerer); not a passenger ship | seed 004 | C (that it is a category) / U (how the manning and D6 rules treat it)',
    from: 'facts.md',
    source: cite('manningRegulations', '§ 1'),
    chosen: {
      nb: 'Passasjerskip fører flere enn 12 passasjerer; lasteskip er alle andre næringsfartøy enn passasjerskip og fiskefartøy (arbeidsbåt, slepebåt, forsyningsskip, brønnbåt); fritidsfartøy er utenfor bemanningsforskriften (alle tre status P i facts.md). En båt som fører 12 eller færre passasjerer, og et fartøy der brukeren ikke vet kategorien, gir «usikkert» for bemanningssertifikat og D6. «Avgjøres i hvert enkelt tilfelle» brukes bare for skip som bare brukes til opplæring, eller i los- eller redningstjeneste.',
      en: "A passenger ship carries more than 12 passengers; a cargo ship is any commercial vessel other than a passenger ship or a fishing vessel (work boat, tug, supply ship, well boat); a leisure craft is outside the manning regulations (all three status P in facts.md). A boat carrying 12 or fewer passengers, and a vessel whose category the user does not know, give 'uncertain' for the manning certificate and D6. 'Case by case' is used only for ships used only for training, or in pilot or rescue service.",
    },
    alternative: {
      nb: 'En båt med 12 eller færre passasjerer behandles som passasjerskip (alltid bemanningssertifikat, aldri D6) eller som lasteskip (bemanningssertifikat fra 50 BT, D6 etter vilkårene).',
      en: 'A boat with 12 or fewer passengers is treated as a passenger ship (always a manning certificate, never D6) or as a cargo ship (a manning certificate from 50 GT, D6 on its conditions).',
    },
  },
  {
    id: 'd6-trading-areas',
    rules: ['d6-privileges'],
    title: { nb: 'D6: fartsområdene innenfor liten kystfart', en: 'D6: the trading areas inside liten kystfart' },
    quote: '"Within liten kystfart" therefore includes areas 1–4.',
    from: 'facts.md',
    source: cite('qualificationRegulations', '§ 23'),
    chosen: {
      nb: 'D6 gjelder i liten kystfart og i fartsområde 1–4, som ligger innenfor.',
      en: 'D6 applies in liten kystfart and in trading areas 1–4, which lie inside it.',
    },
    alternative: {
      nb: 'D6 gjelder bare på skip som er sertifisert for liten kystfart.',
      en: 'D6 applies only on ships certified for liten kystfart.',
    },
  },
  {
    id: 'sea-time-rounding',
    rules: ['sea-time', 'sea-time-confirmation'],
    title: { nb: 'Fartstid: avrunding', en: 'Sea time: rounding' },
    quote: 'Rounding | not published; keep full precision, compare with thresholds, show 2 decimals | — | U',
    from: 'facts.md',
    source: cite('sdirSeaTimeHourByHour'),
    chosen: {
      nb: 'Full presisjon i utregningen; to desimaler i svaret.',
      en: 'Full precision in the calculation; two decimals in the answer.',
    },
    alternative: {
      nb: 'Sjøfartsdirektoratet kan runde av til hele dager (opp eller ned).',
      en: 'The Authority may round to whole days (up or down).',
    },
  },
  {
    id: 'cadet-days-after-diploma',
    rules: ['deck-officer-first-issue'],
    title: { nb: 'Kadetter: 120 dager etter vitnemål', en: 'Cadets: 120 days after the diploma' },
    quote:
      'Før du kan søke, må 4 måneder (120 dagers) av fartstiden (med systematisk opplæring) være opptjent etter endelig utstedt vitnemål (for det sertifikatet du skal søke om).',
    from: 'seed 004',
    source: cite('sdirSeaTimeFaq'),
    chosen: {
      nb: 'Kravet gjelder alternativene med systematisk opplæring (B og C). Alternativ A har sitt eget krav om 30 dager etter vitnemål.',
      en: 'The requirement applies to the alternatives with systematic training (B and C). Alternative A has its own requirement of 30 days after the diploma.',
    },
    alternative: {
      nb: 'De 120 dagene gjelder også alternativ A.',
      en: 'The 120 days apply to alternative A as well.',
    },
  },
];
