/**
 * extractFacts: the facts a whole free-text question states unambiguously, so the conversation
 * asks nothing it was already told — and nothing that could be read two ways is taken.
 */
import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { extractFacts, readFacts } from '../../understanding/extract.js';
import { findFacts } from '../../understanding/free-text.js';
import { fold } from '../../understanding/normalize.js';
import { listRules } from '../../rules/index.js';
import { decide } from '../../rules/index.js';
import { EN, factsOf, NB, TODAY } from './helpers.js';

type FreeTextCase = {
  name: string;
  rule: string;
  text: string;
  expected: Record<string, unknown>;
  locale?: 'nb' | 'en';
  /** The day the text is read (relative dates, ages now and at issue); TODAY by default. */
  today?: string;
};

const cases: FreeTextCase[] = [
  // passengers as a most ("maks 12 passasjerer") or another bound
  {
    name: '"a Norwegian passenger boat with max 12 passengers" is a boat of 12 or fewer, Norwegian',
    rule: 'manning-certificate',
    text: 'we operate a Norwegian passenger boat with max 12 passengers',
    expected: { flag: 'NO', vesselType: 'small-passenger' },
    locale: 'en',
  },
  {
    name: '"passasjerbåt med maks 12 passasjerer" is a boat of 12 or fewer',
    rule: 'manning-certificate',
    text: 'Trenger passasjerbåten vår med maks 12 passasjerer bemanningssertifikat?',
    expected: { vesselType: 'small-passenger' },
  },
  {
    name: '"over 10 passasjerer" leaves the category open (not read from «passasjerbåt»)',
    rule: 'manning-certificate',
    text: 'Trenger en passasjerbåt med over 10 passasjerer bemanningssertifikat?',
    expected: {},
  },
  // the safe manning as the manning certificate states it
  {
    name: '"vi er 11 i bemanningsoppgaven" is a safe manning of 11',
    rule: 'ship-cook',
    text: 'Må vi ha kokk? vi er 11 i bemanningsoppgaven',
    expected: { safetyManning: 11 },
  },
  {
    name: '"bemanningssertifikat for 11 personer" says nothing of the safe manning',
    rule: 'ship-cook',
    text: 'Trenger vi bemanningssertifikat for 11 personer?',
    expected: {},
  },
  // the flag said in a sentence of its own
  {
    name: '"Det er norsk og L er 14 m" after the question gives the flag and the length',
    rule: 'manning-certificate',
    text: 'Trenger fiskefartøyet vårt bemanningssertifikat? Det er norsk og L er 14 m',
    expected: { flag: 'NO', vesselType: 'fishing', lengthL: 14 },
  },
  {
    name: '"The ship is Norwegian" gives the flag',
    rule: 'manning-certificate',
    text: 'Do we need a manning certificate? The ship is Norwegian, a cargo ship of 300 GT',
    expected: { flag: 'NO', vesselType: 'cargo', grossTonnage: 300 },
    locale: 'en',
  },
  {
    name: '"Båten er ikke norsk" is a foreign flag',
    rule: 'manning-certificate',
    text: 'Trenger vi bemanningssertifikat? Båten er ikke norsk',
    expected: { flag: 'foreign' },
  },
  {
    name: '"ho er utanlandsk" (nynorsk) is a foreign flag',
    rule: 'manning-certificate',
    text: 'treng vi bemanningssertifikat? ho er utanlandsk, eit lasteskip',
    expected: { flag: 'foreign', vesselType: 'cargo' },
  },
  {
    name: 'the flag listed among the particulars after the vessel («en fiskebåt på 14 meter, norsk, og …»)',
    rule: 'manning-certificate',
    text: 'Hei! Vi har en fiskebåt på 14 meter, norsk, og lurer på om vi trenger bemanningssertifikat?',
    expected: { flag: 'NO', vesselType: 'fishing' },
  },
  {
    name: 'a foreign flag listed after the vessel in nynorsk («tråler 30 m, utanlandsk»)',
    rule: 'manning-certificate',
    text: 'tråler 30 m, utanlandsk. treng vi bemanningssertifikat?',
    expected: { flag: 'foreign', vesselType: 'fishing' },
  },
  {
    name: 'a Norwegian listed after the vessel in English ("a tug, Norwegian, 400 GT")',
    rule: 'manning-certificate',
    text: 'We run a tug, Norwegian, 400 GT. Manning certificate needed?',
    expected: { flag: 'NO', vesselType: 'cargo', grossTonnage: 400 },
    locale: 'en',
  },
  {
    name: 'a person said to be Norwegian, before any vessel is named, gives no flag («Jeg er norsk, og jobber på fiskebåt»)',
    rule: 'manning-certificate',
    text: 'Jeg er norsk, og jobber på fiskebåt. Trenger vi bemanningssertifikat?',
    expected: { vesselType: 'fishing' },
  },
  {
    name: 'a flag state named with its flag is a foreign flag ("flagged in Malta", "under Bahamas flag")',
    rule: 'manning-certificate',
    text: 'Our ship is flagged in Malta, 3000 GT, owned by a company in Oslo. Cargo ship under Bahamas flag. Need a manning certificate?',
    expected: { flag: 'foreign', vesselType: 'cargo', grossTonnage: 3000 },
    locale: 'en',
  },
  {
    name: 'a flag state in Norwegian is a foreign flag («under maltesisk flagg», «registrert i Kypros»)',
    rule: 'manning-certificate',
    text: 'Lasteskipet er registrert i Kypros og seiler under maltesisk flagg. Trenger det bemanningssertifikat?',
    expected: { flag: 'foreign', vesselType: 'cargo' },
  },
  {
    name: 'a country named without its flag gives no flag ("crew from the Philippines", «eier i Danmark»)',
    rule: 'manning-certificate',
    text: 'Lasteskip med mannskap fra Filippinene og eier i Danmark. Trenger det bemanningssertifikat?',
    expected: { vesselType: 'cargo' },
  },
  {
    name: '"Norway flag" and «registrert i Norge» are the Norwegian flag',
    rule: 'manning-certificate',
    text: 'Do we need manning document for our well boat? 1500 gross tons, Norway flag',
    expected: { flag: 'NO', vesselType: 'cargo', grossTonnage: 1500 },
    locale: 'en',
  },
  {
    name: 'the flag right after the size ("passenger ferry 15 gt norwegian, …")',
    rule: 'manning-certificate',
    text: 'passenger ferry 15 gt norwegian, manning certificate needed?',
    expected: { flag: 'NO', vesselType: 'passenger', grossTonnage: 15 },
    locale: 'en',
  },
  {
    name: 'the flag a word or two before the vessel ("a Norwegian research vessel", "Norwegian private motor yacht")',
    rule: 'manning-certificate',
    text: 'Norwegian research vessel 400 GT owned by a university, need a manning certificate? Also our Norwegian private motor yacht.',
    expected: { flag: 'NO', grossTonnage: 400 },
    locale: 'en',
  },
  {
    name: 'the flag before a Norwegian vessel compound («eit utanlandsk forskingsskip»)',
    rule: 'manning-certificate',
    text: 'Treng eit utanlandsk forskingsskip på 400 BT bemanningssertifikat?',
    expected: { flag: 'foreign', grossTonnage: 400 },
  },
  {
    name: 'a Danish flag in nynorsk («dansk-flagga båt») is foreign',
    rule: 'manning-certificate',
    text: 'må ein dansk-flagga båt på 200 BT ha norsk bemanningssertifikat?',
    expected: { flag: 'foreign', grossTonnage: 200 },
  },
  {
    name: '"Norwegian" about the owner, the crew or the law gives no flag',
    rule: 'manning-certificate',
    text: 'Norwegian-owned vessel with Norwegian crew on board. Do Norwegian rules for ships apply?',
    expected: {},
    locale: 'en',
  },
  {
    name: '«ikke norsk skip» gives no Norwegian flag',
    rule: 'manning-certificate',
    text: 'Det er ikke norsk skip, trenger det bemanningssertifikat?',
    expected: {},
  },
  // part of the time off the vessel: not all of it is sea time
  {
    name: 'hours partly on the fish farm are not read as hours on board (they are asked)',
    rule: 'sea-time',
    text: 'I work 12 hours a day for 100 days, but 4 of those hours are on the fish farm, not on the boat. How much sea time?',
    expected: {},
    locale: 'en',
  },
  {
    name: 'hours that include driving to the harbour are not read as hours on board',
    rule: 'sea-time',
    text: '100 dager, 10 timer per dag inkludert 2 timer kjøring til kaia. Hvor mye fartstid?',
    expected: {},
  },
  // the expiry printed on a certificate
  {
    name: '"the expiry printed on it is 15.10.2026" is the expiry date of an interim ISSC',
    rule: 'issc-validity',
    text: 'Interim ISSC issued 15.06.2026 but the expiry printed on it is 15.10.2026. When does it expire?',
    expected: { certificateKind: 'interim', issueDate: '2026-06-15', expiryDate: '2026-10-15' },
    locale: 'en',
  },
  // time served before the first issue
  {
    name: '"24 months as OOW before I got the certificate" is time served, but not since the issue',
    rule: 'master-rights',
    text: 'I have D3 first issue from 2025. I had 24 months as OOW before I got the certificate, none after. Master rights?',
    expected: { certificate: 'D3' },
    locale: 'en',
  },
  {
    name: '«14 mnd som vaktoffiser før jeg fikk sertifikatet» is not time since the issue',
    rule: 'master-rights',
    text: 'Jeg har D4 og 14 mnd som vaktoffiser før jeg fikk sertifikatet. Kan jeg få skipsførerrettigheter?',
    expected: { certificate: 'D4' },
  },
  // D6 as the red team wrote it
  {
    name: '"24 m L" is the length L, and "officer of the watch on" the role',
    rule: 'd6-privileges',
    text: 'D6 officer of the watch on 24 m L cargo ship 300 GT liten kystfart allowed?',
    expected: {
      role: 'officer-of-the-watch',
      lengthL: 24,
      vesselType: 'cargo',
      grossTonnage: 300,
      tradingArea: 'liten-kystfart',
    },
    locale: 'en',
  },
  {
    name: '"D6, master on … workboat 14 m LOA" is the master role',
    rule: 'd6-privileges',
    text: 'D6, master on fish farm workboat 14 m LOA, 40 GT, liten kystfart. Allowed?',
    expected: {
      role: 'master',
      vesselType: 'cargo',
      lengthOverall: 14,
      grossTonnage: 40,
      tradingArea: 'liten-kystfart',
    },
    locale: 'en',
  },
  // a shorter validity set by the doctor
  {
    name: '"doctor limited my medical to 1 year, issued 01.02.2025" gives the expiry 01.02.2026',
    rule: 'health-certificate',
    text: 'Doctor limited my medical to 1 year, issued 01.02.2025, I am 40. Still valid?',
    expected: { issueDate: '2025-02-01', expiryDate: '2026-02-01', ageAtIssue: 38 },
    locale: 'en',
  },
  {
    name: '«legen har begrenset den til 6 måneder» gives the expiry six months after issue',
    rule: 'health-certificate',
    text: 'helseerklæringen ble utstedt 01.06.2026, legen har begrenset den til 6 måneder. Er den gyldig nå?',
    expected: { issueDate: '2026-06-01', expiryDate: '2026-12-01' },
  },
  {
    name: 'asking whether it is valid for 2 years sets no expiry',
    rule: 'health-certificate',
    text: 'Er helseerklæringen gyldig i 2 år? Den ble utstedt 01.06.2025',
    expected: { issueDate: '2025-06-01' },
  },
  // a range is not a value
  {
    name: '«ca 49-50 BT» (a range across the 50 GT limit) is no tonnage',
    rule: 'manning-certificate',
    text: 'lasteskip på ca 49-50 BT, usikker. Trenger vi bemanningssertifikat?',
    expected: { vesselType: 'cargo' },
  },
  // the crew and the safe manning in one message
  {
    name: '"12 crew on board but the safe manning document says 8": the safe manning is 8, the crew unclear',
    rule: 'ship-cook',
    text: 'We have 12 crew on board but the safe manning document says 8. Do we need a cook?',
    expected: { safetyManning: 8 },
    locale: 'en',
  },
  {
    name: '«12 mann om bord og bemanningsoppgaven sier 8»: the safe manning is 8',
    rule: 'ship-cook',
    text: 'vi har 12 mann om bord og bemanningsoppgaven sier 8. må vi ha kokk?',
    expected: { safetyManning: 8 },
  },
  // used only for training
  {
    name: '"used only for training of students" is the training service',
    rule: 'manning-certificate',
    text: 'Norwegian cargo ship 60 GT used only for training of students. Do we need a manning certificate?',
    expected: { flag: 'NO', vesselType: 'cargo', grossTonnage: 60, serviceOnly: 'training' },
    locale: 'en',
  },
  // people carried: tourists and guests are passengers
  {
    name: 'a work boat that takes 20 tourists is a passenger ship, not a cargo ship (nynorsk)',
    rule: 'manning-certificate',
    text: 'arbeidsbåten vår på 40 BT tek med seg 20 turistar om sommaren. treng me bemanningssertifikat? norsk flagg',
    expected: { vesselType: 'passenger', grossTonnage: 40, flag: 'NO' },
  },
  {
    name: 'a fishing boat that takes tourists, without a count of passengers, leaves the category to be asked',
    rule: 'manning-certificate',
    text: 'fiskebåten vår på 15 meter tar med turister på fisketur, maks 10 stykker. Trenger vi bemanningssertifikat? Norsk flagg.',
    expected: { flag: 'NO' },
  },
  {
    name: '"40 guests" on a sightseeing boat are passengers',
    rule: 'manning-certificate',
    text: 'Norwegian sightseeing boat, 35 GT, takes 40 guests. Do we need a manning certificate?',
    expected: { vesselType: 'passenger', grossTonnage: 35, flag: 'NO' },
    locale: 'en',
  },
  {
    name: 'a leisure boat with 15 guests: the category is unclear, not a passenger ship',
    rule: 'manning-certificate',
    text: 'fritidsbåten min tar med 15 gjester, trenger jeg bemanningssertifikat?',
    expected: {},
  },
  // sea time of a first D5, D4 or D3 (seed 004)
  {
    name: 'sea time for a first D5 in one message: 1080 days on ships over 15 m, bridge watch, days after the diploma, assessment',
    rule: 'deck-officer-first-issue',
    text: 'I want D5. I have 1080 days sea time on ships over 15 m, 200 days bridge watch, 40 days after diploma, and assessment is done.',
    expected: {
      certificate: 'D5',
      seaTimeDays: 1080,
      bridgeWatchDays: 200,
      daysAfterDiploma: 40,
      hasAssessment: true,
    },
    locale: 'en',
  },
  {
    name: 'months count 30 days («6 mnd brovakt» is 180 days), and «36 mnd fartstid på en 20 m båt» is sea time on a boat of 15 m or more (its length overall is never shorter)',
    rule: 'deck-officer-first-issue',
    text: 'Hva med D5? Jeg har 36 mnd fartstid på en 20 m båt, 6 mnd brovakt, 40 dager etter vitnemål, og bedømmelse',
    expected: {
      certificate: 'D5',
      seaTimeDays: 1080,
      bridgeWatchDays: 180,
      daysAfterDiploma: 40,
      hasAssessment: true,
    },
  },
  {
    name: '«Seks av månedene var med brovakttjeneste» is six months of bridge watch (180 days), never 6 days (round 49)',
    rule: 'deck-officer-first-issue',
    text: 'jeg har 36 måneder på sjøgående skip med største lengde 15 meter eller mer. Seks av månedene var med brovakttjeneste.',
    expected: { seaTimeDays: 1080, bridgeWatchDays: 180 },
  },
  {
    name: '«1100 dagar …, 200 av dei med bruvakt»: a part of a time in days keeps its bridge watch, 200 days (nynorsk, round 49)',
    rule: 'deck-officer-first-issue',
    text: 'Søkjer D5 første gong. Eg har 1100 dagar på sjøgåande skip over 15 m største lengde, 200 av dei med bruvakt, og 40 dagar etter vitnemålet.',
    expected: { certificate: 'D5', seaTimeDays: 1100, bridgeWatchDays: 200, daysAfterDiploma: 40 },
  },
  {
    name: '"6 months (180 days) in approved training programme": the amount restated in brackets is one amount (round 49)',
    rule: 'deck-officer-first-issue',
    text: 'first D4 - I have 6 months (180 days) in approved training programme on a 90 m ship documented in webcadet, and fagbrev as fisker.',
    expected: { certificate: 'D4', trainingProgramDays: 180, tradeCertificate: 'fisker' },
    locale: 'en',
  },
  {
    name: 'webcadet days and «100 av dei etter vitnemålet» (nynorsk)',
    rule: 'deck-officer-first-issue',
    text: 'eg er kadett og har 400 dagar med webcadet, 100 av dei etter vitnemålet. kan eg søkje D3?',
    expected: { certificate: 'D3', trainingProgramDays: 400, daysAfterDiploma: 100 },
  },
  {
    name: '"100 days as cadet after diploma" is days after the diploma, not the training programme',
    rule: 'deck-officer-first-issue',
    text: 'I finished nautical school June 2025, I have 100 days as cadet after diploma. Can I apply D3 now?',
    expected: { certificate: 'D3', daysAfterDiploma: 100 },
    locale: 'en',
  },
  {
    name: 'a bare number right before "after diploma" is the days after the diploma ("sorry only 119 after diploma")',
    rule: 'deck-officer-first-issue',
    text: 'sorry only 119 after diploma',
    expected: { daysAfterDiploma: 119 },
    locale: 'en',
  },
  {
    name: 'a bare number right before «etter vitnemålet» is the days after the diploma (nb)',
    rule: 'deck-officer-first-issue',
    text: 'nei, bare 119 etter vitnemålet',
    expected: { daysAfterDiploma: 119 },
  },
  {
    name: '«sjøgående skip» says the ship is seagoing',
    rule: 'matros',
    text: 'matros på et sjøgående skip på 500 BT, må jeg ha ferdighetssertifikat?',
    expected: { seagoing: true, grossTonnage: 500 },
  },
  {
    name: '"3 months on deck as lettmatros" is time served as one, not the position asked about',
    rule: 'rating-requirements',
    text: 'he also has 3 months on deck as lettmatros',
    expected: { monthsDeckService: 3 },
    locale: 'en',
  },
  {
    name: '"Jan will sign it himself" says the seafarer signs their own confirmation',
    rule: 'sea-time-confirmation',
    text: 'actually Jan will sign it himself',
    expected: { signerIsSeafarer: true },
    locale: 'en',
  },
  {
    name: '"can he sign it himself?" asks, it says nothing of who signs',
    rule: 'sea-time-confirmation',
    text: 'can he sign it himself?',
    expected: {},
    locale: 'en',
  },
  // documents uploaded by hand (automatic processing)
  {
    name: 'documents named after «lastet opp» are the documents uploaded (sea time and health certificate)',
    rule: 'aps-processing',
    text: 'Hvorfor gikk søknaden min til manuell behandling? Jeg lastet opp fartstidsattest og helseerklæring',
    expected: { uploadedDocuments: ['sea-time', 'health-certificate'] },
  },
  {
    name: '"I uploaded my course certificates as PDF" is the courses',
    rule: 'aps-processing',
    text: 'Why my application went to manual processing? I uploaded my course certificates as PDF',
    expected: { uploadedDocuments: ['courses'] },
    locale: 'en',
  },
  {
    name: '"everything is reported electronically" is nothing uploaded',
    rule: 'aps-processing',
    text: 'Will my application be automatic if everything is reported electronically?',
    expected: { uploadedDocuments: [] },
    locale: 'en',
  },
  {
    name: 'a document named without a verb of uploading is not an upload («helseerklæringen min er utløpt»)',
    rule: 'aps-processing',
    text: 'Går søknaden automatisk? Helseerklæringen min er utløpt og jeg lastet opp et bilde av båten.',
    expected: {},
  },
  {
    name: '«norsk rederi» after the vessel gives no flag',
    rule: 'manning-certificate',
    text: 'lasteskip 300 BT, norsk rederi, trenger vi bemanningssertifikat',
    expected: { vesselType: 'cargo', grossTonnage: 300 },
  },
  {
    name: '"er det norsk lov som gjelder" says nothing about the flag',
    rule: 'manning-certificate',
    text: 'Er det norsk lov som gjelder for bemanningssertifikat?',
    expected: {},
  },
  // sea time
  {
    name: '"20 dager à 12 timer" gives days and hours per day',
    rule: 'sea-time',
    text: 'Hvor mye fartstid er 20 dager à 12 timer?',
    expected: { days: 20, hoursPerDay: 12 },
  },
  {
    name: '"20 days at 12 hours" gives days and hours per day',
    rule: 'sea-time',
    text: 'How much sea time is 20 days at 12 hours?',
    expected: { days: 20, hoursPerDay: 12 },
    locale: 'en',
  },
  {
    name: '"20 days of 12 hours" gives days and hours per day',
    rule: 'sea-time',
    text: '20 days of 12 hours',
    expected: { days: 20, hoursPerDay: 12 },
    locale: 'en',
  },
  {
    name: '"12 timer per dag i 20 dager" gives both',
    rule: 'sea-time',
    text: 'Jeg har jobbet 12 timer per dag i 20 dager',
    expected: { hoursPerDay: 12, days: 20 },
  },
  {
    name: '"12 hours a day for 20 days" gives both',
    rule: 'sea-time',
    text: 'I worked 12 hours a day for 20 days',
    expected: { hoursPerDay: 12, days: 20 },
    locale: 'en',
  },
  {
    name: 'Days and hours per day in separate sentences',
    rule: 'sea-time',
    text: 'I worked 20 days. 12 hours a day.',
    expected: { days: 20, hoursPerDay: 12 },
    locale: 'en',
  },
  {
    name: 'Hours alone, without days, are the total',
    rule: 'sea-time',
    text: 'Hvor mye fartstid er 42 timer?',
    expected: { totalHours: 42 },
  },
  {
    name: 'Total hours with a thousands separator',
    rule: 'sea-time',
    text: 'How much is 1,867 hours of sea time?',
    expected: { totalHours: 1867 },
    locale: 'en',
  },
  {
    name: 'Hours are not the total when days worked are mentioned',
    rule: 'sea-time',
    text: 'Jeg har 1250 timer, og jobbet noen dager i tillegg',
    expected: {},
  },
  {
    name: 'Days asked for as the unit make a lone number of hours the total («hvor mange dager blir 1 867 timer»)',
    rule: 'sea-time',
    text: 'Hvor mange dager blir 1 867 timer?',
    expected: { totalHours: 1867 },
  },
  {
    name: 'A sum written out gives its result as the total hours (seed 002: «2 timer x 20 dager + 2 timer vedlikehold = 42 timer»)',
    rule: 'sea-time',
    text: '2 timer x 20 dager + 2 timer vedlikehold = 42 timer',
    expected: { totalHours: 42 },
  },
  {
    name: 'A sum without its result gives the total: days × hours plus the extra hours',
    rule: 'sea-time',
    text: '12 hours a day for 20 days, plus 2 hours maintenance',
    expected: { totalHours: 242 },
  },
  {
    name: 'Days a week for a number of weeks are the days worked (4 days a week for 10 weeks: 40 days)',
    rule: 'sea-time',
    text: 'I work 6 hours a day, 4 days a week, for 10 weeks',
    expected: { hoursPerDay: 6, days: 40 },
  },
  {
    name: 'Days a week, weeks and extra hours make one total (5 × 4 × 3 + 2 = 62 hours)',
    rule: 'sea-time',
    text: 'calculate sea time: 3 hours per day, 5 days a week, for 4 weeks, plus 2 hours maintenance',
    expected: { totalHours: 62 },
  },
  {
    name: 'Days a week without the weeks are no days worked («5 dager i uka»: the days are asked)',
    rule: 'sea-time',
    text: 'jeg jobber 5 dager i uka, 8 timer om dagen',
    expected: { hoursPerDay: 8 },
  },
  {
    name: 'Hours a day in nynorsk «dagleg» are hours per day',
    rule: 'sea-time',
    text: 'eg har jobba 12 timar dagleg i 90 dagar',
    expected: { hoursPerDay: 12, days: 90 },
  },
  {
    name: 'A thousands group is read with its number, never as days on its own (1 867, not 867)',
    rule: 'sea-time',
    text: '1 867 dager à 12 timer',
    expected: { days: 1867, hoursPerDay: 12 },
  },
  {
    name: '"over 20 dager" is a bound, not the days; the 12 hours each are the hours a day',
    rule: 'sea-time',
    text: 'over 20 dager à 12 timer',
    expected: { hoursPerDay: 12 },
  },
  {
    name: 'Fractional days are not whole days',
    rule: 'sea-time',
    text: '20,5 dager à 12 timer',
    expected: { hoursPerDay: 12 },
  },
  // manning certificate
  {
    name: '"lasteskip på 45 BT" gives vessel type and tonnage',
    rule: 'manning-certificate',
    text: 'Trenger et lasteskip på 45 BT bemanningssertifikat?',
    expected: { vesselType: 'cargo', grossTonnage: 45 },
  },
  {
    name: '"norsk lasteskip" also gives the flag',
    rule: 'manning-certificate',
    text: 'Trenger et norsk lasteskip på 45 BT bemanningssertifikat?',
    expected: { flag: 'NO', vesselType: 'cargo', grossTonnage: 45 },
  },
  {
    name: '"450 GT" in English',
    rule: 'manning-certificate',
    text: 'Does a Norwegian-flagged cargo ship of 450 GT need a manning certificate?',
    expected: { flag: 'NO', vesselType: 'cargo', grossTonnage: 450 },
    locale: 'en',
  },
  {
    name: 'Tonnage labelled before the number',
    rule: 'manning-certificate',
    text: 'Lasteskip, bruttotonnasje på 120',
    expected: { vesselType: 'cargo', grossTonnage: 120 },
  },
  {
    name: '"over 500 BT" is a bound, not a tonnage',
    rule: 'manning-certificate',
    text: 'lasteskip over 500 BT',
    expected: { vesselType: 'cargo' },
  },
  {
    name: 'A labelled length (L) is taken',
    rule: 'manning-certificate',
    text: 'Fiskebåt med lengde (L) 24,5 meter, norskflagget',
    expected: { vesselType: 'fishing', lengthL: 24.5, flag: 'NO' },
  },
  {
    name: '"L=23.9 m" under a foreign flag',
    rule: 'manning-certificate',
    text: 'Fishing vessel L=23.9 m under foreign flag',
    expected: { vesselType: 'fishing', lengthL: 23.9, flag: 'foreign' },
    locale: 'en',
  },
  {
    name: 'An unlabelled length is not taken, even with only L asked',
    rule: 'manning-certificate',
    text: 'Fiskebåt på 23,5 m',
    expected: { vesselType: 'fishing' },
  },
  {
    name: '"norsk" about the company is not the flag; the ship under the Panama flag is foreign',
    rule: 'manning-certificate',
    text: 'Vi er et norsk rederi med et lasteskip under Panama-flagg',
    expected: { vesselType: 'cargo', flag: 'foreign' },
  },
  {
    name: 'A negation further away does not cancel the vessel type',
    rule: 'manning-certificate',
    text: 'Er det ikke krav for fiskebåt på 20 m?',
    expected: { vesselType: 'fishing' },
  },
  {
    name: '"ikke et lasteskip" is not a cargo ship',
    rule: 'manning-certificate',
    text: 'Det er ikke et lasteskip',
    expected: {},
  },
  {
    name: 'A rescue boat is in rescue service',
    rule: 'manning-certificate',
    text: 'Trenger redningsskøyta bemanningssertifikat?',
    expected: { serviceOnly: 'rescue' },
  },
  // d6
  {
    name: 'Many labelled facts in one English question',
    rule: 'd6-privileges',
    text: 'Can I be master with D6 on a cargo ship of 450 GT in trading area 3? LOA 14.9 m, L 13.5 m. I am 21 years old.',
    expected: {
      role: 'master',
      vesselType: 'cargo',
      grossTonnage: 450,
      tradingArea: 'area-3',
      lengthOverall: 14.9,
      lengthL: 13.5,
      age: 21,
    },
    locale: 'en',
  },
  {
    name: 'Both lengths labelled in Norwegian',
    rule: 'd6-privileges',
    text: 'største lengde 14,9 m og lengde (L) 13,2 m',
    expected: { lengthOverall: 14.9, lengthL: 13.2 },
  },
  {
    name: '"23,5 m" with both lengths asked is ambiguous',
    rule: 'd6-privileges',
    text: 'Kan jeg være kaptein på en båt på 23,5 m?',
    expected: { role: 'master' },
  },
  {
    name: 'Months as officer of the watch are time served, not the role asked about',
    rule: 'd6-privileges',
    text: 'Jeg er 22 år gammel og har 14 måneder som vaktoffiser i liten kystfart',
    expected: { age: 22, monthsAsOfficerOfTheWatch: 14, tradingArea: 'liten-kystfart' },
  },
  {
    name: 'Two roles named are not guessed between',
    rule: 'd6-privileges',
    text: 'Kan en overstyrmann bli skipsfører?',
    expected: {},
  },
  // cook
  {
    name: '"sikkerhetsbemanning på 12"',
    rule: 'ship-cook',
    text: 'Må vi ha kokk med sikkerhetsbemanning på 12?',
    expected: { safetyManning: 12 },
  },
  {
    name: '"safety manning of 12"',
    rule: 'ship-cook',
    text: 'Do we need a cook with a safety manning of 12?',
    expected: { safetyManning: 12 },
    locale: 'en',
  },
  {
    name: '"12 persons on board" is the crew, not the safe manning (which may be smaller)',
    rule: 'ship-cook',
    text: 'We are 12 persons on board, do we need a cook?',
    expected: {},
    locale: 'en',
  },
  {
    name: '"10 crew" is the crew size',
    rule: 'cook-qualification',
    text: 'What must the cook have when we have 10 crew?',
    expected: { crewSize: 10 },
    locale: 'en',
  },
  {
    name: 'One count of people in a text about the safe manning is the safe manning',
    rule: 'ship-cook',
    text: 'Sikkerhetsbemanningen om bord er 8 personer. Må vi ha skipskokk?',
    expected: { safetyManning: 8 },
  },
  {
    name: '"10 personer i sikkerhetsbemanningen"',
    rule: 'ship-cook',
    text: '10 personer i sikkerhetsbemanningen',
    expected: { safetyManning: 10 },
  },
  {
    name: 'Persons with passengers mentioned are not the safety manning',
    rule: 'ship-cook',
    text: 'Vi har 12 passasjerer og 4 personer om bord',
    expected: {},
  },
  {
    name: 'Crew size and age for the cook',
    rule: 'cook-qualification',
    text: 'Kokken er 19 år gammel, mannskap på 6',
    expected: { age: 19, crewSize: 6 },
  },
  // certificates and dates
  {
    name: 'A D-certificate for master rights',
    rule: 'master-rights',
    text: 'Jeg har D4 og 14 måneder som styrmann etter utstedelse',
    expected: { certificate: 'D4', monthsAsOfficerOfTheWatchSinceIssue: 14 },
  },
  {
    name: 'Certificate and trade certificate',
    rule: 'deck-officer-first-issue',
    text: 'Jeg søker D5 for første gang, har fagbrev som matros',
    expected: { certificate: 'D5', tradeCertificate: 'matros' },
  },
  {
    name: '"utstedt 1. juni 2024" is the issue date',
    rule: 'issc-validity',
    text: 'Midlertidig ISSC utstedt 1. juni 2024',
    expected: { certificateKind: 'interim', issueDate: '2024-06-01' },
  },
  {
    name: '"issued 2024-06-01" is the issue date',
    rule: 'issc-validity',
    text: 'Full-term ISSC issued on 2024-06-01',
    expected: { certificateKind: 'full', issueDate: '2024-06-01' },
    locale: 'en',
  },
  {
    name: '"utløper" and a verification date',
    rule: 'issc-renewal',
    text: 'ISSC utløper 14.09.2029 og fornyelsesverifikasjonen blir 1. juli 2029',
    expected: { expiryDate: '2029-09-14', verificationDate: '2029-07-01' },
  },
  {
    name: '"expires" is the expiry date',
    rule: 'issc-renewal',
    text: 'Our ISSC expires 2029-09-14',
    expected: { expiryDate: '2029-09-14' },
    locale: 'en',
  },
  { name: 'An unlabelled date is not taken', rule: 'issc-validity', text: 'ISSC, 2024-06-01?', expected: {} },
  {
    name: 'An ISSC "from" a date is issued on it, as a health certificate from a date is',
    rule: 'issc-validity',
    text: 'ISSC fra 2024-06-01?',
    expected: { issueDate: '2024-06-01' },
  },
  {
    name: 'Health certificate issued and valid until',
    rule: 'health-certificate',
    text: 'Helseerklæringen ble utstedt 15. mars 2024. Gyldig til 15.03.2026',
    expected: { issueDate: '2024-03-15', expiryDate: '2026-03-15' },
  },
  {
    name: 'A sea-time confirmation with period, birth date, target and tanker type',
    rule: 'sea-time-confirmation',
    text: 'Fartstidsattest for D6, født 17.04.1990, periode fra 6. januar 2025 til 28. mars 2025, 40 dager à 8 timer på oljetankskip',
    expected: {
      targetCertificate: 'D6',
      seafarerBirthDate: '1990-04-17',
      periodFrom: '2025-01-06',
      periodTo: '2025-03-28',
      days: 40,
      hoursPerDay: 8,
      tankerType: 'oil',
    },
  },
  // ratings
  {
    name: 'Deck service in years and months as ordinary seaman',
    rule: 'matros',
    text: '2 år på dekk og 12 måneder som lettmatros, 600 BT',
    expected: { monthsDeckService: 24, monthsAsOrdinarySeaman: 12, grossTonnage: 600 },
  },
  {
    name: 'A rating position and engine service',
    rule: 'rating-requirements',
    text: 'Hva kreves for maskinpasser-lettmatros med 6 mnd i maskin?',
    expected: { position: 'maskinpasser-lettmatros', monthsEngineService: 6 },
  },
  {
    name: 'Engine-room service in English',
    rule: 'rating-requirements',
    text: 'What does an oiler need? I have 4 months in the engine room',
    expected: { position: 'smorer', monthsEngineService: 4 },
    locale: 'en',
  },
  {
    name: 'Months "som dekksmann" are deck service',
    rule: 'rating-requirements',
    text: 'Kan jeg jobbe som lettmatros med 8 måneder som dekksmann?',
    expected: { position: 'lettmatros', monthsDeckService: 8 },
  },
  {
    name: '"jeg var 17 år da" beside the issue is the age at issue',
    rule: 'health-certificate',
    text: 'Helseerklæringen ble utstedt 10.12.2024, og jeg var 17 år da.',
    expected: { issueDate: '2024-12-10', ageAtIssue: 17 },
  },
  {
    name: '"I was 17" beside "issued" is the age at issue (en)',
    rule: 'health-certificate',
    text: 'My health certificate was issued on 10 December 2024. I was 17 then.',
    expected: { issueDate: '2024-12-10', ageAtIssue: 17 },
    locale: 'en',
  },
  {
    name: '"jeg var 17 år" without a word of the issue is no age at issue',
    rule: 'health-certificate',
    text: 'Jeg var 17 år da jeg begynte på sjøen. Hvor lenge gjelder helseerklæringen?',
    expected: {},
  },
  {
    name: 'A «passasjerbåt» with 10 passengers is a boat with 12 or fewer, not a passenger ship',
    rule: 'd6-privileges',
    text: 'Kan eg bruke D6 på ein passasjerbåt med 10 passasjerar?',
    expected: { vesselType: 'small-passenger' },
  },
  {
    name: 'A boat with 40 passengers is a passenger ship',
    rule: 'manning-certificate',
    text: 'Trenger en båt med 40 passasjerer bemanningssertifikat?',
    expected: { vesselType: 'passenger' },
  },
  {
    name: 'A passenger boat with 12 pax is a boat with 12 or fewer (en)',
    rule: 'manning-certificate',
    text: 'Does our passenger boat with 12 pax need a manning certificate?',
    expected: { vesselType: 'small-passenger' },
    locale: 'en',
  },
  {
    name: 'A boat «vi bruker privat» is a leisure boat (not used commercially)',
    rule: 'manning-certificate',
    text: 'Trenger vi bemanningssertifikat på en 40 fots seilbåt vi bruker privat?',
    expected: { vesselType: 'leisure' },
  },
  // round 17: passengers denied, a health certificate named before its date, a day in ordinal words
  {
    name: '"sailing empty to a yard, no cargo, no pax": a cargo ship carrying no passengers keeps its type',
    rule: 'manning-certificate',
    text: 'Our Norwegian 30 m cargo ship is sailing empty to a yard in Poland for docking, no cargo, no pax. Do we need a manning certificate for the trip?',
    expected: { flag: 'NO', vesselType: 'cargo' },
    locale: 'en',
  },
  {
    name: '«lasteskip uten passasjerer» is a cargo ship; «lasteskip med passasjerer» leaves the type to be asked',
    rule: 'manning-certificate',
    text: 'Norsk lasteskip på 60 BT, ingen passasjerer. Trenger vi bemanningssertifikat? Vi har tidvis andre passasjerer med.',
    expected: { flag: 'NO', grossTonnage: 60 },
  },
  {
    name: '«helseerklæring 02.01.2025, jeg er 45»: the date right after the certificate is its date of issue',
    rule: 'health-certificate',
    text: 'helseerklæring 02.01.2025, jeg er 45. når går den ut?',
    expected: { issueDate: '2025-01-02', ageAtIssue: 43 },
  },
  {
    name: '"health certificate 02.01.2025 I\'m 45": the same in English',
    rule: 'health-certificate',
    text: "health certificate 02.01.2025 I'm 45, when does it expire?",
    expected: { issueDate: '2025-01-02', ageAtIssue: 43 },
    locale: 'en',
  },
  {
    name: '"the health certificate says 02.01.2027" may be the expiry printed on it: no date of issue',
    rule: 'health-certificate',
    text: 'the health certificate says 02.01.2027, is it valid?',
    expected: {},
    locale: 'en',
  },
  {
    name: '"issued on the twenty-second of october 2024": a day in ordinal words',
    rule: 'health-certificate',
    text: 'my health certificate was issued on the twenty-second of october 2024, I am 30. when does it expire?',
    expected: { issueDate: '2024-10-22', ageAtIssue: 28 },
    locale: 'en',
  },
  {
    name: '«skriven ut tjueandre oktober 2024» (nn) and «den tredje mars 2025» (nb): ordinal words in Norwegian',
    rule: 'health-certificate',
    text: 'helseerklæringa vart skriven ut tjueandre oktober 2024, eg er 30. når går ho ut?',
    expected: { issueDate: '2024-10-22', ageAtIssue: 28 },
  },
  // round 17: facts given up front that were asked again
  {
    name: '«har fagbrev i restaurant- og matfag, men tok aldri praktisk prøve»: education yes, the practical test no (nn)',
    rule: 'cook-qualification',
    text: 'Eg er kokk på ein båt med 12 i sikkerheitsbemanninga. Eg er 25, har fagbrev i restaurant- og matfag, men tok aldri praktisk prøve. Er eg kvalifisert?',
    expected: { crewSize: 12, age: 25, hasRelevantEducation: true, passedPracticalTest: false },
  },
  {
    name: '"the cook is 18 with a trade certificate and passed practical test": education and the test, both yes',
    rule: 'cook-qualification',
    text: "ship's cook: safety manning is 10, the cook is 18 with a trade certificate and passed practical test. OK?",
    expected: { crewSize: 10, age: 18, hasRelevantEducation: true, passedPracticalTest: true },
    locale: 'en',
  },
  {
    name: '«verifikasjon om bord 20.11.2026» is the verification date',
    rule: 'issc-renewal',
    text: 'isps: verifikasjon om bord 20.11.2026, ISSC utløper 15.01.2027, ny utløpsdato?',
    expected: { verificationDate: '2026-11-20', expiryDate: '2027-01-15' },
  },
  {
    name: '«jobba kvar dag i februar 2026, 10 timar»: every day of one month with its year is 28 days',
    rule: 'sea-time',
    text: 'kor mykje fartstid? jobba kvar dag i februar 2026, 10 timar',
    expected: { days: 28, hoursPerDay: 10 },
  },
  {
    name: '«eit halvt år med 12-timarsdagar, kvar dag»: half a year every day is 180 days of 12 hours',
    rule: 'sea-time',
    text: 'jobba eit halvt år med 12-timarsdagar, kvar dag. kor mykje fartstid?',
    expected: { days: 180, hoursPerDay: 12 },
  },
  {
    name: '«12 timar dagleg i februar 2026» says the hours of a day, not that every day was worked: no days',
    rule: 'sea-time',
    text: 'jobba 12 timar dagleg i februar 2026, kor mykje fartstid?',
    expected: { hoursPerDay: 12 },
  },
  {
    name: '«utstedt femte juni i fjor, jeg var sytten da»: a day in words in last year, and the age then',
    rule: 'health-certificate',
    text: 'helseerklæring utstedt femte juni i fjor, jeg var sytten da. gjelder den fortsatt?',
    expected: { issueDate: '2025-06-05', ageAtIssue: 17 },
  },
  // nothing
  {
    name: 'A question without facts gives nothing',
    rule: 'manning-certificate',
    text: 'Hvordan søker rederiet om bemanningssertifikat?',
    expected: {},
  },
  { name: 'An empty text gives nothing', rule: 'sea-time', text: '', expected: {} },
];

/** Facts users gave in their first message that Losen missed (red team, issue 11 items 3 and 8). */
const missed: FreeTextCase[] = [
  // S1: days × hours per day in everyday forms
  {
    name: '«12 timar dagen i 30 dagar» is 12 hours a day for 30 days (nn)',
    rule: 'sea-time',
    text: 'kor mange dagar fartstid blir det om eg jobbar 12 timar dagen i 30 dagar',
    expected: { hoursPerDay: 12, days: 30 },
  },
  {
    name: '«14 timer x 100 dager»: hours times days is hours a day for the days (nb)',
    rule: 'sea-time',
    text: 'fartstid for 14 timer x 100 dager',
    expected: { hoursPerDay: 14, days: 100 },
  },
  {
    name: '«14 timar gonger 100 dagar» is 14 hours a day for 100 days (nn)',
    rule: 'sea-time',
    text: '14 timar gonger 100 dagar',
    expected: { hoursPerDay: 14, days: 100 },
  },
  {
    name: '«12t*30d» is 12 hours a day for 30 days, not a total of 12 hours',
    rule: 'sea-time',
    text: '12t*30d',
    expected: { hoursPerDay: 12, days: 30 },
  },
  {
    name: '"two hundred days at twelve hours" in words is 200 days of 12 hours (en)',
    rule: 'sea-time',
    text: 'How many sea-time days for two hundred days at twelve hours?',
    expected: { days: 200, hoursPerDay: 12 },
    locale: 'en',
  },
  {
    name: '«tolv timer om dagen i tjue dager» in words is 12 hours a day for 20 days (nb)',
    rule: 'sea-time',
    text: 'hvor mye fartstid gir tolv timer om dagen i tjue dager',
    expected: { hoursPerDay: 12, days: 20 },
  },
  {
    name: '«tolv timar dagen i tjue dagar» in words is 12 hours a day for 20 days (nn)',
    rule: 'sea-time',
    text: 'kor mykje fartstid gir tolv timar dagen i tjue dagar',
    expected: { hoursPerDay: 12, days: 20 },
  },
  {
    name: 'months worked are never turned into days worked («i tre måneder»: the days are asked)',
    rule: 'sea-time',
    text: 'jeg har jobbet 12 timer om dagen i tre måneder',
    expected: { hoursPerDay: 12 },
  },
  // S2: a total of hours when days are only the unit asked for
  {
    name: '"42 hours, how many sea time days?" is a total of 42 hours (en)',
    rule: 'sea-time',
    text: '42 hours, how many sea time days?',
    expected: { totalHours: 42 },
    locale: 'en',
  },
  {
    name: '"I have 42 hours sea time, how many days?" is a total of 42 hours (en)',
    rule: 'sea-time',
    text: 'I have 42 hours sea time, how many days?',
    expected: { totalHours: 42 },
    locale: 'en',
  },
  {
    name: '"Convert 2000 hours to sea time days" is a total of 2000 hours, "to" no number (en)',
    rule: 'sea-time',
    text: 'Convert 2000 hours to sea time days please',
    expected: { totalHours: 2000 },
    locale: 'en',
  },
  {
    name: '"convert 1000 hours to days": "to" before days is no number of days (en)',
    rule: 'sea-time',
    text: 'can you convert 1000 hours to days?',
    expected: { totalHours: 1000 },
    locale: 'en',
  },
  {
    name: '"how many days sea time is 1000 hours?" is a total of 1000 hours (en)',
    rule: 'sea-time',
    text: 'how many days sea time is 1000 hours?',
    expected: { totalHours: 1000 },
    locale: 'en',
  },
  {
    name: '«eg har 1250 timar, kor mange dagar fartstid blir det?» is a total of 1250 hours (nn)',
    rule: 'sea-time',
    text: 'eg har 1250 timar, kor mange dagar fartstid blir det?',
    expected: { totalHours: 1250 },
  },
  {
    name: '«12 timer dagen» before days asked is hours a day, never a total (nb)',
    rule: 'sea-time',
    text: '12 timer dagen, hvor mange fartstidsdager blir det?',
    expected: { hoursPerDay: 12 },
  },
  // S3: the sea time wanted when the hours needed are asked
  {
    name: '«hvor mange timer må jeg ha for 360 dager fartstid» wants 360 sea-time days (nb)',
    rule: 'sea-time',
    text: 'hvor mange timer må jeg ha for 360 dager fartstid',
    expected: { targetDays: 360 },
  },
  {
    name: '«kor mange timar treng eg for 360 fartstidsdagar» wants 360 sea-time days (nn)',
    rule: 'sea-time',
    text: 'kor mange timar treng eg for 360 fartstidsdagar',
    expected: { targetDays: 360 },
  },
  {
    name: '"How many hours do I need for 360 sea-time days?" wants 360 sea-time days (en)',
    rule: 'sea-time',
    text: 'How many hours do I need for 360 sea-time days?',
    expected: { targetDays: 360 },
    locale: 'en',
  },
  {
    name: 'an ISSC issued 10.05.2024 and valid to 09.05.2029 is a full-term one (an interim is valid 6 months at most) (en)',
    rule: 'issc-validity',
    text: 'ISSC issued 10.05.2024 valid to 09.05.2029. when is intermediate verification window?',
    expected: { certificateKind: 'full', issueDate: '2024-05-10', expiryDate: '2029-05-09' },
    locale: 'en',
  },
  {
    name: '"how many hours is 180 sea days" wants 180 sea-time days (en, round 3)',
    rule: 'sea-time',
    text: 'how many hours is 180 sea days',
    expected: { targetDays: 180 },
    locale: 'en',
  },
  {
    name: '"12 months sea time" wanted is 360 sea-time days (a month is 30 days) (en)',
    rule: 'sea-time',
    text: 'how many hours I need for 12 months sea time?',
    expected: { targetDays: 360 },
    locale: 'en',
  },
  {
    name: '«2100 timer fartstid, holder det til 12 måneder?» is the total and the sea time wanted (nb)',
    rule: 'sea-time',
    text: 'Jeg har 2100 timer fartstid, holder det til 12 måneder?',
    expected: { totalHours: 2100, targetDays: 360 },
  },
  {
    name: '«2000 timar, held det til 360 dagar?» is the total; the 360 days are wanted, not worked (nn)',
    rule: 'sea-time',
    text: 'eg har 2000 timar, held det til 360 dagar?',
    expected: { totalHours: 2000, targetDays: 360 },
  },
  {
    name: '"1800 hours on board, is that enough for 12 months of sea time?" is the total and the sea time wanted (en)',
    rule: 'sea-time',
    text: 'I have 1800 hours on board, is that enough for 12 months of sea time?',
    expected: { totalHours: 1800, targetDays: 360 },
    locale: 'en',
  },
  {
    name: '"20 days at 12 hours, does that make 1 month?" keeps the days and hours worked (en)',
    rule: 'sea-time',
    text: '20 days at 12 hours, does that make 1 month?',
    expected: { days: 20, hoursPerDay: 12, targetDays: 30 },
    locale: 'en',
  },
  {
    name: '«segla som styrmann på ein lastebåt … i 14 månader» is 14 months as officer of the watch, since the issue too (nn)',
    rule: 'master-rights',
    text: 'Eg fekk D5 i mars 2024, og har sidan segla som styrmann på ein lastebåt på 70 meter i 14 månader. Eg er 26 år.',
    expected: { certificate: 'D5', monthsAsOfficerOfTheWatchSinceIssue: 14, age: 26 },
  },
  {
    name: '«13 måneder som 2. styrmann» is 13 months as officer of the watch (nb)',
    rule: 'master-rights',
    text: 'Jeg har D5 utstedt 10.03.2024. Siden da har jeg 13 måneder som 2. styrmann på et lasteskip. Jeg er 27.',
    expected: { certificate: 'D5', monthsAsOfficerOfTheWatchSinceIssue: 13, age: 27 },
  },
  {
    name: '«en 40 meters passasjerferge», «bilferga», «hurtigbåten» are passenger ships (nb)',
    rule: 'manning-certificate',
    text: 'Vi er 11 personer på en 40 meters passasjerferge.',
    expected: { vesselType: 'passenger' },
  },
  {
    name: '«14 mnd som vakthavende styrmann siden» is 14 months as officer of the watch since the issue (nb, round 4)',
    rule: 'master-rights',
    text: 'tredje styrmann, D3 utstedt mars 2024, 22 år gammel, 14 mnd som vakthavende styrmann siden. Kan jeg få førerrett?',
    expected: { certificate: 'D3', age: 22, monthsAsOfficerOfTheWatchSinceIssue: 14 },
  },
  {
    name: '«Eg fekk helseerklæring 01.11.24, eg var 17 då» gives the date of issue and the age at issue (nn, round 4)',
    rule: 'health-certificate',
    text: 'Eg fekk helseerklæring 01.11.24, eg var 17 då. Er ho gyldig no?',
    expected: { issueDate: '2024-11-01', ageAtIssue: 17 },
  },
  {
    name: '"the ships cook is 19" is the cook\'s age (en, round 4)',
    rule: 'cook-qualification',
    text: 'the ships cook is 19 and has no formal education, crew is 6. ok?',
    expected: { age: 19, hasRelevantEducation: false, crewSize: 6 },
    locale: 'en',
  },
  {
    name: '«Me e 10 stykk i sikkerheitsbemanninga» is a safe manning of 10 (dialect)',
    rule: 'ship-cook',
    text: 'Me e 10 stykk i sikkerheitsbemanninga, må me ha kokk då?',
    expected: { safetyManning: 10 },
  },
  {
    name: '«Minste sikkerheitsbemanning på båten er ti» is a safe manning of 10 (nn)',
    rule: 'ship-cook',
    text: 'Minste sikkerheitsbemanning på båten er ti. Treng vi kokk?',
    expected: { safetyManning: 10 },
  },
  {
    name: '«Vi er 14 om bord i sikkerhetsbemanningen» is a safe manning of 14 (nb)',
    rule: 'ship-cook',
    text: 'Må vi ha kokk? Vi er 14 om bord i sikkerhetsbemanningen.',
    expected: { safetyManning: 14 },
  },
  {
    name: '«42 timer i løpet av fire uker» is a total of 42 hours; the weeks are when (nb, seed 002)',
    rule: 'sea-time',
    text: '42 timer i løpet av fire uker, transport og vedlikehold. Hvor mange dager fartstid er det?',
    expected: { totalHours: 42 },
  },
  {
    name: '«Hvor mye fartstid blir 100 dager?» gives the days; the hours a day are asked next (nb)',
    rule: 'sea-time',
    text: 'Hvor mye fartstid blir 100 dager?',
    expected: { days: 100 },
  },
  {
    name: 'a rotation («14 dagar på og 14 av») is no number of days worked (nn)',
    rule: 'sea-time',
    text: 'Eg har jobba frå 1. mars til 31. mai i år, 12 timar dagen, 14 dagar på og 14 av. Kor mange fartstidsdagar blir det?',
    expected: { hoursPerDay: 12 },
  },
  {
    name: '"2 weeks on 2 weeks off" is no number of days worked (en)',
    rule: 'sea-time',
    text: 'worked 8 hours a day, 2 weeks on 2 weeks off, for one year. how much sea time?',
    expected: { hoursPerDay: 8 },
    locale: 'en',
  },
  {
    name: 'a period worked «hver dag» gives its days, both dates counted (nb)',
    rule: 'sea-time',
    text: 'Jobbet fra 01.06.2025 til 30.06.2025, 8 timer hver dag. Hvor mye fartstid?',
    expected: { days: 30, hoursPerDay: 8 },
  },
  {
    name: '"from 1 March to 31 May 2025, 12 hours each day" takes the year of the end and gives 92 days (en)',
    rule: 'sea-time',
    text: 'I was on board from 1 March to 31 May 2025, 12 hours each day. sea time days?',
    expected: { days: 92, hoursPerDay: 12 },
    locale: 'en',
  },
  {
    name: "a period without years that has ended («fra 1. mars til 30. juni … hver dag») is this year's: 122 days (nb)",
    rule: 'sea-time',
    text: 'Jobbet fra 1. mars til 30. juni, 12 timer hver dag. Hvor mye fartstid blir det?',
    expected: { days: 122, hoursPerDay: 12 },
    today: '2026-12-04',
  },
  {
    name: "a period without years that would end ahead of today is left unread (last year's or this year's) (nb)",
    rule: 'sea-time',
    text: 'Jobbet fra 1. mars til 30. juni, 12 timer hver dag. Hvor mye fartstid blir det?',
    expected: { hoursPerDay: 12 },
    today: '2026-05-01',
  },
  {
    name: 'months worked «kvar dag» are their days, a month counted as 30 days: 90 (nn, facts.md)',
    rule: 'sea-time',
    text: 'eg har jobba 3 månader med 8 timar kvar dag, kor mange fartstidsdagar blir det?',
    expected: { days: 90, hoursPerDay: 8 },
  },
  {
    name: '"12 hours every day for 3 months" is 90 days worked (en)',
    rule: 'sea-time',
    text: '12 hours every day for 3 months how many fartstid days is that',
    expected: { days: 90, hoursPerDay: 12 },
    locale: 'en',
  },
  {
    name: 'whole months «hver dag» «fra mars til juni i år» are their 122 days (nb)',
    rule: 'sea-time',
    text: 'Jeg jobbet 10 timer hver dag fra mars til juni i år, hvor mye fartstid blir det?',
    expected: { days: 122, hoursPerDay: 10 },
    today: '2026-12-04',
  },
  {
    name: '"4 months at 12 hours a day" is no days worked (every day is not said): the days are asked (en)',
    rule: 'sea-time',
    text: 'how much sea time do I get for 4 months at 12 hours a day?',
    expected: { hoursPerDay: 12 },
    locale: 'en',
  },
  {
    name: 'a period with hours «per dag» only gives no days (days off are unknown) (nb)',
    rule: 'sea-time',
    text: 'Jobbet fra 01.06.2025 til 30.06.2025, 8 timer per dag.',
    expected: { hoursPerDay: 8 },
  },
  {
    name: 'hours a day asked for days worked is no sea time wanted («hvor mange timer i døgnet … i 30 dager»)',
    rule: 'sea-time',
    text: 'hvor mange timer i døgnet kan jeg jobbe i 30 dager?',
    expected: {},
  },
  // S4: the health certificate's date of issue and the age
  {
    name: 'the date of birth and the date of issue give the exact age at issue ("I was born 15.03.2007")',
    rule: 'health-certificate',
    text: 'health certificate issued 01.02.2025. I was born 15.03.2007. valid now?',
    expected: { issueDate: '2025-02-01', ageAtIssue: 17 },
    locale: 'en',
    today: '2026-12-04',
  },
  {
    name: '«minste bemanning er 9 personer» is the safe manning (seed 003: minste sikkerhetsbemanning)',
    rule: 'ship-cook',
    text: 'minste bemanning er 9 personer. må vi ha kokk?',
    expected: { safetyManning: 9 },
  },
  {
    name: '«me er ni mann i minste bemanning» is the safe manning (nn)',
    rule: 'ship-cook',
    text: 'me er ni mann i minste bemanning. treng me kokk',
    expected: { safetyManning: 9 },
  },
  {
    name: '"The minimum safe manning document lists 10 crew" is the safe manning',
    rule: 'ship-cook',
    text: 'The minimum safe manning document lists 10 crew. Is a cook mandatory?',
    expected: { safetyManning: 10 },
    locale: 'en',
  },
  {
    name: '"60 days 12 hours" side by side are days and hours per day',
    rule: 'sea-time',
    text: 'plz calculate my sea time 60 days 12 hours',
    expected: { days: 60, hoursPerDay: 12 },
    locale: 'en',
  },
  {
    name: '«helseerklæringen min er fra 06.12.24»: a certificate from a date was issued on it',
    rule: 'health-certificate',
    text: 'helseerklæringen min er fra 06.12.24, jeg er 40. gyldig?',
    expected: { issueDate: '2024-12-06', ageAtIssue: 38 },
    today: '2026-12-04',
  },
  {
    name: '«helseerklæringa mi er utferda 10. januar 2026»: utferda is issued (nn)',
    rule: 'health-certificate',
    text: 'helseerklæringa mi er utferda 10. januar 2026',
    expected: { issueDate: '2026-01-10' },
    today: '2026-12-04',
  },
  {
    name: 'a period «fra … til …» is no date of issue',
    rule: 'health-certificate',
    text: 'jobbet fra 01.02.2025 til 31.07.2025',
    expected: {},
    today: '2026-12-04',
  },
  {
    name: '«fornyelse gjennomført 01.11.2026» is the renewal verification date',
    rule: 'issc-renewal',
    text: 'Vårt ISSC utløper 01.02.2027, fornyelse gjennomført 01.11.2026. Ny utløpsdato?',
    expected: { expiryDate: '2027-02-01', verificationDate: '2026-11-01' },
    today: '2026-12-04',
  },
  {
    name: '«Matros med fagbrev» is a trade certificate as able seaman',
    rule: 'matros',
    text: 'Matros med fagbrev, 11 måneder på dekk, skip 200 BT. holder det?',
    expected: { hasTradeCertificate: true, monthsDeckService: 11, grossTonnage: 200 },
  },
  {
    name: 'months as watch officer "all on a small 7 m boat" are not the months on boats of 8 m or more (asked instead)',
    rule: 'd6-privileges',
    text: 'I have D6 and 14 months as watch officer, but all on a small 7 m boat. I am 24.',
    expected: { age: 24 },
    locale: 'en',
  },
  {
    name: 'months as watch officer on a 10 m boat are the months the D6 master extension takes',
    rule: 'd6-privileges',
    text: 'I have D6 and 14 months as watch officer on a 10 m boat. I am 24.',
    expected: { age: 24, monthsAsOfficerOfTheWatch: 14 },
    locale: 'en',
  },
  {
    name: 'The date a health certificate must be valid on is the date in question ("will it still be valid on 01.01.2027?")',
    rule: 'health-certificate',
    text: 'health certificate issued 06.12.2024, I was 38. will it still be valid on 01.01.2027?',
    locale: 'en',
    expected: { issueDate: '2024-12-06', ageAtIssue: 38, onDate: '2027-01-01' },
  },
  {
    name: 'A trip date without its year is the date in question, in the year nearest today ("valid for my trip 1 Jan?")',
    rule: 'health-certificate',
    text: 'medical certificate issued 6.12.2024, age 40. valid for my trip 1 Jan?',
    locale: 'en',
    today: '2026-12-04',
    expected: { issueDate: '2024-12-06', ageAtIssue: 38, onDate: '2027-01-01' },
  },
  {
    name: 'The day one goes on board is the date in question («gyldig den 1. januar?» likewise)',
    rule: 'health-certificate',
    text: 'helseerklæringen min er utstedt 06.12.2024, jeg var 38. er den gyldig den 1. januar?',
    today: '2026-12-04',
    expected: { issueDate: '2024-12-06', ageAtIssue: 38, onDate: '2027-01-01' },
  },
  {
    name: '«fikk den 15.03.2025, jeg er 34»: the date of issue, and an adult at issue whatever the birthday (nb)',
    rule: 'health-certificate',
    text: 'hvor lenge gjelder helseerklæringen min? fikk den 15.03.2025, jeg er 34',
    expected: { issueDate: '2025-03-15', ageAtIssue: 32 },
    today: '2026-12-04',
  },
  {
    name: "«eg fekk ho 1. mars i fjor og er 17 år»: last year's date, and under 18 at issue (nn)",
    rule: 'health-certificate',
    text: 'kor lenge er helseerklæringa gyldig? eg fekk ho 1. mars i fjor og er 17 år',
    expected: { issueDate: '2025-03-01', ageAtIssue: 16 },
    today: '2026-12-04',
  },
  {
    name: '"I got it on 15.03.2025 and I\'m 45": the date of issue, and an adult at issue (en)',
    rule: 'health-certificate',
    text: "How long is my health certificate valid? I got it on 15.03.2025 and I'm 45",
    expected: { issueDate: '2025-03-15', ageAtIssue: 43 },
    locale: 'en',
    today: '2026-12-04',
  },
  {
    name: '«fikk den 3. mai 2025»: a date read with its «den» keeps the label «fikk den» (nb)',
    rule: 'health-certificate',
    text: 'fikk den 3. mai 2025, jeg er 40',
    expected: { issueDate: '2025-05-03', ageAtIssue: 38 },
    today: '2026-12-04',
  },
  {
    name: '«utstedt juni 2024, er 45 år»: an adult at issue on any day of the month; the day is asked (nb)',
    rule: 'health-certificate',
    text: 'helseerklæring utstedt juni 2024, er 45 år. gyldig nå?',
    expected: { ageAtIssue: 42 },
    today: '2026-12-04',
  },
  {
    name: '«utstedt 01.03.2026 og jeg er 18» may be 17 or 18 at issue: the age at issue is asked (nb)',
    rule: 'health-certificate',
    text: 'helseerklæringen ble utstedt 01.03.2026 og jeg er 18',
    expected: { issueDate: '2026-03-01' },
    today: '2026-12-04',
  },
  // S5: numbers in words and negations
  {
    name: '«me er ti mann i sikkerheitsbemanninga» is a safe manning of 10 (nn)',
    rule: 'ship-cook',
    text: 'me er ti mann i sikkerheitsbemanninga, må me ha kokk?',
    expected: { safetyManning: 10 },
  },
  {
    name: '«vi er ti mann i sikkerhetsbemanningen» is a safe manning of 10 (nb)',
    rule: 'ship-cook',
    text: 'vi er ti mann i sikkerhetsbemanningen, må vi ha kokk?',
    expected: { safetyManning: 10 },
  },
  {
    name: '"ten people in the safe manning" is a safe manning of 10 (en)',
    rule: 'ship-cook',
    text: 'there are ten people in the safe manning, do we need a cook?',
    expected: { safetyManning: 10 },
    locale: 'en',
  },
  {
    name: '«lasteskip på førti bruttotonn» is 40 GT (nb)',
    rule: 'manning-certificate',
    text: 'vi har et lasteskip på førti bruttotonn, norsk flagg. må vi ha bemanningssertifikat?',
    expected: { vesselType: 'cargo', grossTonnage: 40, flag: 'NO' },
  },
  {
    name: '"a cargo ship of forty gross tonnage" is 40 GT (en)',
    rule: 'manning-certificate',
    text: 'a Norwegian cargo ship of forty gross tonnage, do we need a manning certificate?',
    expected: { flag: 'NO', vesselType: 'cargo', grossTonnage: 40 },
    locale: 'en',
  },
  {
    name: '«Han har ikke kokkeutdanning» is no relevant education (nb)',
    rule: 'cook-qualification',
    text: 'Kan vi bruke en matros som kokk? Han har ikke kokkeutdanning. Sikkerhetsbemanning 6, han er 35',
    expected: { hasRelevantEducation: false, crewSize: 6, age: 35 },
  },
  {
    name: '«Han har ikkje kokkeutdanning» is no relevant education (nn)',
    rule: 'cook-qualification',
    text: 'Kan vi bruke ein matros som kokk? Han har ikkje kokkeutdanning, og han er 35',
    expected: { hasRelevantEducation: false, age: 35 },
  },
  {
    name: '"He has no cooking education" is no relevant education (en)',
    rule: 'cook-qualification',
    text: 'Can we use a deckhand as cook? He has no cooking education. He is 35',
    expected: { hasRelevantEducation: false, age: 35 },
    locale: 'en',
  },
  {
    name: '«hvis han ikke har kokkeutdanning» is a no, never a yes',
    rule: 'cook-qualification',
    text: 'kan han være kokk hvis han ikke har kokkeutdanning',
    expected: { hasRelevantEducation: false },
  },
  {
    name: '«er 17 og vil jobbe som kokk» without «jeg» is the age 17 (nb)',
    rule: 'cook-qualification',
    text: 'er 17 og vil jobbe som kokk på en tråler. har kokkefagbrev',
    expected: { age: 17, hasRelevantEducation: true },
  },
  {
    name: '«er 17 år og vil jobbe som kokk» without «eg» is the age 17 (nn)',
    rule: 'cook-qualification',
    text: 'er 17 år og vil jobbe som kokk på ein trålar',
    expected: { age: 17 },
  },
  {
    name: '«Er 17 nok?» asks about a number, no age',
    rule: 'cook-qualification',
    text: 'Er 17 nok?',
    expected: {},
  },
  // the role asked about, beside a time served in another position
  {
    name: 'skipsfører asked about beside «14 mnd som vaktoffiser» is the role master (nb)',
    rule: 'd6-privileges',
    text: 'Kan jeg være skipsfører med D6 på en arbeidsbåt? L er 18, største lengde 19,5. BT 40, liten kystfart. Jeg er 24 år og har 14 mnd som vaktoffiser',
    expected: {
      role: 'master',
      vesselType: 'cargo',
      lengthL: 18,
      lengthOverall: 19.5,
      grossTonnage: 40,
      tradingArea: 'liten-kystfart',
      age: 24,
      monthsAsOfficerOfTheWatch: 14,
    },
  },
  {
    name: 'skipsførar asked about beside «14 månader som vaktoffiser», and «største lengd» (nn)',
    rule: 'd6-privileges',
    text: 'Kan eg vere skipsførar med D6 på ein arbeidsbåt? L er 18, største lengd 19,5. BT 40, liten kystfart. Eg er 24 år og har 14 månader som vaktoffiser',
    expected: {
      role: 'master',
      vesselType: 'cargo',
      lengthL: 18,
      lengthOverall: 19.5,
      grossTonnage: 40,
      tradingArea: 'liten-kystfart',
      age: 24,
      monthsAsOfficerOfTheWatch: 14,
    },
  },
  {
    name: 'master asked about beside "14 months as officer of the watch" is the role master (en)',
    rule: 'd6-privileges',
    text: 'Can I be master with a D6 on a workboat? I am 24 and have 14 months as officer of the watch',
    expected: { role: 'master', vesselType: 'cargo', age: 24, monthsAsOfficerOfTheWatch: 14 },
    locale: 'en',
  },
  // Round 47.
  {
    name: '"how many months is 500 days of sea time?" asks about 500 sea-time days',
    rule: 'sea-time',
    text: 'how many months is 500 days of sea time?',
    expected: { targetDays: 500 },
    locale: 'en',
  },
  {
    name: '«14 mnd fartstid, hvor mange dager blir det?» asks about 420 sea-time days (a month is 30 days)',
    rule: 'sea-time',
    text: '14 mnd fartstid, hvor mange dager blir det?',
    expected: { targetDays: 420 },
  },
  {
    name: '"and 6 months is how many hours?" asks the hours for 180 sea-time days',
    rule: 'sea-time',
    text: 'and 6 months is how many hours?',
    expected: { targetDays: 180 },
    locale: 'en',
  },
  {
    name: '"how many months is 200 days on board?" is no conversion: days worked are not sea-time days',
    rule: 'sea-time',
    text: 'how many months is 200 days on board?',
    expected: {},
    locale: 'en',
  },
  {
    name: '"6 months at sea, how many hours do I need for D5?" is no conversion: the months are not beside the hours asked',
    rule: 'sea-time',
    text: 'I worked 6 months at sea, how many hours do I need for D5?',
    expected: {},
    locale: 'en',
  },
  {
    name: '«har aldri vært vaktoffiser» is 0 months as officer of the watch',
    rule: 'd6-privileges',
    text: 'Jeg er 35 og har aldri vært vaktoffiser. Kan jeg være skipsfører?',
    expected: { age: 35, role: 'master', monthsAsOfficerOfTheWatch: 0 },
  },
  {
    name: '"never been OOW since" is 0 months as officer of the watch since the issue',
    rule: 'master-rights',
    text: 'I have D5, I am 24, never been OOW since. master rights?',
    expected: { certificate: 'D5', age: 24, monthsAsOfficerOfTheWatchSinceIssue: 0 },
    locale: 'en',
  },

  {
    name: '"1 year as lettmatros and 2 years on deck" without a word of more: the deck time as read (the rule tells the readings apart)',
    rule: 'matros',
    text: '1 year as lettmatros and 2 years on deck',
    expected: { monthsAsOrdinarySeaman: 12, monthsDeckService: 24 },
    locale: 'en',
  },
];

describe('extractFacts', () => {
  test.each(cases)('$name', ({ rule, text, expected, locale }) => {
    expect(extractFacts(text, factsOf(rule), locale === 'en' ? EN : NB)).toEqual(expected);
  });

  describe('facts users gave in their first message that were missed', () => {
    test.each(missed)('$name', ({ rule, text, expected, locale, today }) => {
      const ctx = { ...(locale === 'en' ? EN : NB), ...(today ? { today } : {}) };
      expect(extractFacts(text, factsOf(rule), ctx)).toEqual(expected);
    });
  });

  it('returns only facts it was given', () => {
    expect(extractFacts('20 dager à 12 timer på et lasteskip på 45 BT', factsOf('ship-cook'), NB)).toEqual({});
  });

  it('"20 days at 12 hours" asks nothing more of the sea-time rule', () => {
    const facts = extractFacts('20 days at 12 hours', factsOf('sea-time'), EN);
    expect(decide('sea-time', facts, { today: TODAY }).status).toBe('decided');
  });
});

describe('findFacts: a number denied and the one meant after it', () => {
  const cases = [
    {
      name: '«vi er 12 i sikkerhetsbemanningen, vi har ikke 12, men 9»: 9 (nb)',
      rule: 'ship-cook',
      text: 'vi er 12 i sikkerhetsbemanningen, vi har ikke 12, men 9',
      expected: { safetyManning: 9 },
    },
    {
      name: '"7 months in engine, sorry I don\'t have 7, only 5": 5 (en)',
      rule: 'rating-requirements',
      text: "smører, 7 months in engine, sorry I don't have 7, only 5",
      expected: { ratingPosition: 'smorer', monthsEngineService: 5 },
    },
    {
      name: '«Jeg var 18, nei ikke 18 men 17» right after the value: 17 (nb)',
      rule: 'health-certificate',
      text: 'Helseerklæring utstedt 01.03.2025. Jeg var 18, nei ikke 18 men 17. Gyldig?',
      expected: { issueDate: '2025-03-01', ageAtIssue: 17 },
    },
    {
      name: '"I was 17 then — no wait, not 17, I was 16": 16 (en)',
      rule: 'health-certificate',
      text: 'Health certificate issued 01.03.2025. I was 17 then — no wait, not 17, I was 16. Still valid?',
      expected: { issueDate: '2025-03-01', ageAtIssue: 16 },
    },
    {
      name: '"I was 18 then, sorry not 18 but 17": 17 (en)',
      rule: 'health-certificate',
      text: 'Health certificate issued 01.03.2025. I was 18 then, sorry not 18 but 17. Still valid?',
      expected: { issueDate: '2025-03-01', ageAtIssue: 17 },
    },
    {
      name: '«60 BT, nei ikkje 60, berre 45»: the unit goes with the value meant, 45 GT (nn)',
      rule: 'manning-certificate',
      text: 'vi har 60 BT, nei ikkje 60, berre 45. treng vi bemanningssertifikat? lasteskip norsk flagg',
      expected: { grossTonnage: 45, vesselType: 'cargo', flag: 'NO' },
    },
  ];
  test.each(cases)('$name', ({ rule, text, expected }) => {
    const found = Object.fromEntries(findFacts(fold(text), factsOf(rule), EN).map((f) => [f.key, f.value]));
    expect(found).toEqual(expected);
  });

  it('"I was 18 then — no wait, not 18." with no value meant: no age at issue at all', () => {
    const text = 'Health certificate issued 01.03.2025. I was 18 then — no wait, not 18. Still valid?';
    const keys = findFacts(fold(text), factsOf('health-certificate'), EN).map((f) => f.key);
    expect(keys).toEqual(['issueDate']);
  });
});

describe('extractFacts on arbitrary text', () => {
  const rules = listRules();
  const words = fc.constantFrom(
    'lasteskip',
    'norsk',
    'flagg',
    '45',
    'BT',
    '23,5',
    'm',
    '(L)',
    'største lengde',
    'dager',
    'à',
    '12',
    'timer',
    'per dag',
    'utstedt',
    '1. juni 2024',
    'fra',
    'til',
    '2025-01-06',
    'D5',
    'ikke',
    'over',
    'sikkerhetsbemanning',
    'på',
    'personer',
    'år',
    'gammel',
    'måneder',
    'som',
    'vaktoffiser',
    'dekk',
    'maskin',
    'liten kystfart',
    'fartsområde',
    '3',
    'x',
    '+',
    '1 867',
    'expires',
    'L=',
    'LOA',
  );
  const text = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 120 }),
    fc.array(words, { maxLength: 20 }).map((w) => w.join(' ')),
  );
  it('never throws, and returns only given facts with values the rules accept as the right type', () => {
    fc.assert(
      fc.property(fc.constantFrom(...rules), text, (rule, t) => {
        const out = readFacts(t, rule.facts, NB);
        const ids = new Set(rule.facts.map((f) => f.id));
        for (const [id, value] of Object.entries(out)) {
          expect(ids.has(id)).toBe(true);
          const d = decide(rule.id, { [id]: value }, { today: TODAY });
          // A wrongly typed value would be 'invalid' for that fact; range issues are allowed.
          if (d.status === 'invalid') for (const _i of d.issues) expect(typeof value === 'number').toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
