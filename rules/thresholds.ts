/**
 * Every limit the rules apply, once, with its unit, source and (where known) the date it took
 * effect — after OpenFisca's parameter files. Rule bodies read limits only from here.
 */
import { cite } from './sources.js';
import type { Threshold } from './types.js';

const t = (
  id: string,
  value: number,
  unit: string,
  description: Threshold['description'],
  source: Threshold['source'],
  since?: string,
): Threshold => ({
  id,
  value,
  unit,
  description,
  source,
  ...(since === undefined ? {} : { since }),
});

export const THRESHOLDS = {
  // Manning certificate scope, bemanningsforskriften § 1 (seed 003).
  manningCargoMinGrossTonnage: t(
    'manningCargoMinGrossTonnage',
    50,
    'GT',
    {
      nb: 'Lasteskip med bruttotonnasje 50 eller mer må ha bemanningssertifikat',
      nn: 'Lasteskip med bruttotonnasje 50 eller meir må ha bemanningssertifikat',
      en: 'Cargo ships of 50 GT or more need a manning certificate',
    },
    cite('manningRegulations', '§ 1'),
  ),
  // Vessel categories (facts.md "Vessel categories", seed 004): a passenger ship carries more than 12.
  smallPassengerMaxPassengers: t(
    'smallPassengerMaxPassengers',
    12,
    'passengers',
    {
      nb: 'Et passasjerskip fører flere enn 12 passasjerer; en båt som fører 12 eller færre, er en egen kategori',
      nn: 'Eit passasjerskip fører fleire enn 12 passasjerar; ein båt som fører 12 eller færre, er ein eigen kategori',
      en: 'A passenger ship carries more than 12 passengers; a boat carrying 12 or fewer is a category of its own',
    },
    cite('sdirSeaTimeFaq'),
  ),
  manningFishingMinLengthL: t(
    'manningFishingMinLengthL',
    24,
    'm',
    {
      nb: 'Fiskefartøy med lengde (L) 24 meter eller mer må ha bemanningssertifikat, uansett fartsområde',
      nn: 'Fiskefartøy med lengde (L) 24 meter eller meir må ha bemanningssertifikat, same kva fartsområde dei går i',
      en: 'Fishing vessels of length (L) 24 m or more need a manning certificate, whatever the trading area',
    },
    cite('manningRegulations', '§ 1'),
  ),

  // Ship's cook (seed 003).
  cookRequiredMinSafetyManning: t(
    'cookRequiredMinSafetyManning',
    10,
    'persons',
    {
      nb: 'Skipskokk kreves når sikkerhetsbemanningen er 10 personer eller flere',
      nn: 'Det er krav om skipskokk når sikkerheitsbemanninga er 10 personar eller fleire',
      en: "A ship's cook is required when the safe manning is 10 persons or more",
    },
    cite('sdirManningFaq'),
  ),
  cookMinAge: t(
    'cookMinAge',
    18,
    'years',
    {
      nb: 'Skipskokken må ha fylt 18 år',
      nn: 'Skipskokken må ha fylt 18 år',
      en: "A ship's cook must be at least 18 years old",
    },
    cite('qualificationRegulations', '§ 52 første ledd'),
  ),
  cookSkillsCheckMaxCrewExclusive: t(
    'cookSkillsCheckMaxCrewExclusive',
    10,
    'persons',
    {
      nb: 'Utsjekk av kokkeferdigheter i stedet for utdanning er bare tillatt når sikkerhetsbemanningen (eller bemanningen) er færre enn 10',
      nn: 'Sjekk av kokkeferdigheiter i staden for utdanning er berre tillaten når sikkerheitsbemanninga (eller bemanninga) er færre enn 10',
      en: 'A check of cooking skills instead of education is allowed only when the safe manning (or crew) is fewer than 10',
    },
    cite('qualificationRegulations', '§ 52 tredje ledd'),
  ),

  // D6, kvalifikasjonsforskriften § 23 (seed 003).
  d6MaxGrossTonnageExclusive: t(
    'd6MaxGrossTonnageExclusive',
    500,
    'GT',
    {
      nb: 'D6 gjelder skip med bruttotonnasje under 500',
      nn: 'D6 gjeld skip med bruttotonnasje under 500',
      en: 'D6 applies to ships under 500 GT',
    },
    cite('qualificationRegulations', '§ 23'),
  ),
  d6OfficerMaxLengthLExclusive: t(
    'd6OfficerMaxLengthLExclusive',
    24,
    'm',
    {
      nb: 'D6 gir rett til å være vaktoffiser og overstyrmann på skip med lengde (L) under 24 meter',
      nn: 'D6 gir rett til å vere vaktoffiser og overstyrmann på skip med lengde (L) under 24 meter',
      en: 'D6 allows serving as officer of the watch and chief mate on ships of length (L) under 24 m',
    },
    cite('qualificationRegulations', '§ 23'),
  ),
  d6MasterMaxLengthOverallExclusive: t(
    'd6MasterMaxLengthOverallExclusive',
    15,
    'm',
    {
      nb: 'D6 gir rett til å være skipsfører på skip med største lengde under 15 meter',
      nn: 'D6 gir rett til å vere skipsførar på skip med største lengde under 15 meter',
      en: 'D6 allows serving as master on ships of length overall under 15 m',
    },
    cite('qualificationRegulations', '§ 23'),
  ),
  d6MasterExtensionMaxLengthLExclusive: t(
    'd6MasterExtensionMaxLengthLExclusive',
    24,
    'm',
    {
      nb: 'Med utvidelsen kan D6-innehaveren være skipsfører på skip med lengde (L) under 24 meter',
      nn: 'Med utvidinga kan D6-innehavaren vere skipsførar på skip med lengde (L) under 24 meter',
      en: 'With the extension a D6 holder may serve as master on ships of length (L) under 24 m',
    },
    cite('qualificationRegulations', '§ 23'),
  ),
  d6MasterExtensionMinAge: t(
    'd6MasterExtensionMinAge',
    20,
    'years',
    {
      nb: 'Utvidelsen til skipsfører krever at innehaveren har fylt 20 år',
      nn: 'Utvidinga til skipsførar krev at innehavaren har fylt 20 år',
      en: 'The master extension requires the holder to be at least 20 years old',
    },
    cite('qualificationRegulations', '§ 23'),
  ),
  d6MasterExtensionMinMonthsOow: t(
    'd6MasterExtensionMinMonthsOow',
    12,
    'months',
    {
      nb: 'Utvidelsen til skipsfører krever minst 12 måneders fartstid som ansvarshavende vaktoffiser på skip med største lengde 8 meter eller mer',
      nn: 'Utvidinga til skipsførar krev minst 12 månaders fartstid som ansvarshavande vaktoffiser på skip med største lengde 8 meter eller meir',
      en: 'The master extension requires at least 12 months as officer of the watch on ships of length overall 8 m or more',
    },
    cite('qualificationRegulations', '§ 23'),
  ),

  d6MasterExtensionMinLoaOfService: t(
    'd6MasterExtensionMinLoaOfService',
    8,
    'm',
    {
      nb: 'Fartstiden som vaktoffiser for utvidelsen til skipsfører må være opptjent på skip med største lengde 8 meter eller mer',
      nn: 'Fartstida som vaktoffiser for utvidinga til skipsførar må vere opptent på skip med største lengde 8 meter eller meir',
      en: 'The sea time as officer of the watch for the master extension must be earned on ships of length overall 8 m or more',
    },
    cite('qualificationRegulations', '§ 23'),
  ),

  // Sea time, kvalifikasjonsforskriften § 16 and Sdir's hour-by-hour calculation (facts.md).
  seaTimeHoursPerYear: t(
    'seaTimeHoursPerYear',
    1867,
    'hours/year',
    {
      nb: 'Timer i et normalt arbeidsår med 8-timersdager; fartstidsdager = timer / 1867 × 365',
      nn: 'Timar i eit normalt arbeidsår med 8-timarsdagar; fartstidsdagar = timar / 1867 × 365',
      en: 'Hours in a base work year of 8-hour days; sea-time days = hours / 1867 × 365',
    },
    cite('sdirSeaTimeHourByHour'),
    '2016-07-01',
  ),
  seaTimeDaysPerYear: t(
    'seaTimeDaysPerYear',
    365,
    'days/year',
    {
      nb: 'Dager i året brukt i fartstidsberegningen',
      nn: 'Dagar i året som fartstidsutrekninga bruker',
      en: 'Days in the year used in the sea-time calculation',
    },
    cite('sdirSeaTimeHourByHour'),
    '2016-07-01',
  ),
  seaTimeMinHoursPerDay: t(
    'seaTimeMinHoursPerDay',
    1,
    'hours',
    {
      nb: 'Minst 1 time per dag kan føres',
      nn: 'Minst 1 time per dag kan førast',
      en: 'At least 1 hour per day can be entered',
    },
    cite('sdirSeaTimeGuide'),
  ),
  seaTimeMaxHoursPerDay: t(
    'seaTimeMaxHoursPerDay',
    14,
    'hours',
    {
      nb: 'Høyst 14 timer arbeid mellom hvileperioder per døgn',
      nn: 'Høgst 14 timar arbeid mellom kvileperiodane per døgn',
      en: 'At most 14 hours of work between rest periods per day',
    },
    cite('shipSafetyAct', '§ 24'),
  ),
  // facts.md «Sdir's spreadsheet checks» (C): the spreadsheet marks such a period as an error.
  seaTimeMaxDaysInRowAtMaxHours: t(
    'seaTimeMaxDaysInRowAtMaxHours',
    90,
    'days',
    {
      nb: 'Sjøfartsdirektoratets regneark markerer mer enn 90 kalenderdager i strekk med 14 timer per døgn som feil',
      nn: 'Reknearket til Sjøfartsdirektoratet markerer meir enn 90 kalenderdagar i strekk med 14 timar per døgn som feil',
      en: "The Authority's spreadsheet marks more than 90 calendar days in a row at 14 hours a day as an error",
    },
    cite('sdirSeaTimeSpreadsheet'),
  ),
  daysPerMonth: t(
    'daysPerMonth',
    30,
    'days',
    {
      nb: 'En måned fartstid regnes som 30 dager (12 måneder = 360 dager)',
      nn: 'Ein månad fartstid blir rekna som 30 dagar (12 månader = 360 dagar)',
      en: 'A month of sea time counts as 30 days (12 months = 360 days)',
    },
    cite('sdirSeaTimeFaq'),
  ),

  // First deck officer certificate D5/D4/D3 (seed 004).
  deckAltAMinSeaTimeDays: t(
    'deckAltAMinSeaTimeDays',
    1080,
    'days',
    {
      nb: 'Alternativ A: 36 måneders (1080 dagers) fartstid på sjøgående skip med største lengde 15 meter eller mer',
      nn: 'Alternativ A: 36 månaders (1080 dagars) fartstid på sjøgåande skip med største lengde 15 meter eller meir',
      en: 'Alternative A: 36 months (1080 days) of sea time on seagoing ships of LOA 15 m or more',
    },
    cite('sdirSeaTimeFaq'),
  ),
  deckAltAMinBridgeWatchDays: t(
    'deckAltAMinBridgeWatchDays',
    180,
    'days',
    {
      nb: 'Alternativ A: 6 av månedene (180 dager) skal være brovakttjeneste',
      nn: 'Alternativ A: 6 av månadene (180 dagar) skal vere bruvaktteneste',
      en: 'Alternative A: 6 of the months (180 days) must be bridge watchkeeping',
    },
    cite('sdirSeaTimeFaq'),
  ),
  deckAltAMinDaysAfterDiploma: t(
    'deckAltAMinDaysAfterDiploma',
    30,
    'days',
    {
      nb: 'Alternativ A: minst 30 av dagene skal være opptjent etter utstedt vitnemål',
      nn: 'Alternativ A: minst 30 av dagane skal vere opptente etter at vitnemålet vart skrive ut',
      en: 'Alternative A: at least 30 of the days must be earned after the diploma was issued',
    },
    cite('sdirSeaTimeFaq'),
  ),
  deckAltBMinTrainingDays: t(
    'deckAltBMinTrainingDays',
    360,
    'days',
    {
      nb: 'Alternativ B: 12 måneders (360 dagers) fartstid i godkjent opplæringsprogram',
      nn: 'Alternativ B: 12 månaders (360 dagars) fartstid i godkjent opplæringsprogram',
      en: 'Alternative B: 12 months (360 days) of sea time in an approved training programme',
    },
    cite('sdirSeaTimeFaq'),
  ),
  deckAltCMinTrainingDays: t(
    'deckAltCMinTrainingDays',
    180,
    'days',
    {
      nb: 'Alternativ C: 6 måneders (180 dagers) fartstid i godkjent opplæringsprogram og fagbrev som matros eller fisker',
      nn: 'Alternativ C: 6 månaders (180 dagars) fartstid i godkjent opplæringsprogram og fagbrev som matros eller fiskar',
      en: 'Alternative C: 6 months (180 days) in an approved training programme plus a trade certificate as able seaman or fisher',
    },
    cite('sdirSeaTimeFaq'),
  ),
  cadetMinDaysAfterDiploma: t(
    'cadetMinDaysAfterDiploma',
    120,
    'days',
    {
      nb: 'Kadetter: 4 måneder (120 dager) av fartstiden med systematisk opplæring må være opptjent etter endelig vitnemål',
      nn: 'Kadettar: 4 månader (120 dagar) av fartstida med systematisk opplæring må vere opptente etter endeleg vitnemål',
      en: 'Cadets: 4 months (120 days) of the sea time with systematic training must be earned after the final diploma',
    },
    cite('sdirSeaTimeFaq'),
  ),
  trainingMinLengthOverall: t(
    'trainingMinLengthOverall',
    15,
    'm',
    {
      nb: 'Fartstiden skal være opptjent på sjøgående skip med største lengde 15 meter eller mer',
      nn: 'Fartstida skal vere opptent på sjøgåande skip med største lengde 15 meter eller meir',
      en: 'The sea time must be earned on seagoing ships of LOA 15 m or more',
    },
    cite('sdirSeaTimeFaq'),
  ),

  // Master rights after a first D5/D4/D3: the 12 months from seed 004; the age and the limits of
  // the rights from Sdir's certificate table as facts.md records it (not from seed 004).
  masterRightsMinAge: t(
    'masterRightsMinAge',
    20,
    'years',
    {
      nb: 'Førerrettigheter krever at innehaveren har fylt 20 år',
      nn: 'Førarrettar krev at innehavaren har fylt 20 år',
      en: 'Master rights require the holder to be at least 20 years old',
    },
    cite('sdirDeckOfficerTable'),
  ),
  masterRightsMinMonths: t(
    'masterRightsMinMonths',
    12,
    'months',
    {
      nb: 'Førerrettigheter krever minst 12 måneders fartstid i sertifikatpliktig stilling etter første utstedelse',
      nn: 'Førarrettar krev minst 12 månaders fartstid i sertifikatpliktig stilling etter at sertifikatet vart skrive ut første gong',
      en: 'Master rights require at least 12 months of sea time in a certificated position after the first issue',
    },
    cite('sdirSeaTimeFaq'),
  ),
  masterRightsMaxGrossTonnageExclusive: t(
    'masterRightsMaxGrossTonnageExclusive',
    500,
    'GT',
    {
      nb: 'Førerrettighetene gjelder skip med bruttotonnasje under 500 i nord- og østersjøfart',
      nn: 'Førarrettane gjeld skip med bruttotonnasje under 500 i nord- og østersjøfart',
      en: 'The master rights apply to ships under 500 GT in North Sea and Baltic trade',
    },
    cite('sdirDeckOfficerTable'),
  ),

  // ISSC (seed 001).
  isscInterimMaxMonths: t(
    'isscInterimMaxMonths',
    6,
    'months',
    {
      nb: 'Et midlertidig ISSC gjelder i høyst 6 måneder og kan ikke forlenges',
      nn: 'Eit mellombels ISSC gjeld i høgst 6 månader og kan ikkje forlengjast',
      en: 'An interim ISSC is valid for at most 6 months and cannot be extended',
    },
    cite('sdirIspsProcess'),
  ),
  isscFullMaxYears: t(
    'isscFullMaxYears',
    5,
    'years',
    {
      nb: 'Et fulltids ISSC gjelder i høyst 5 år',
      nn: 'Eit fulltids ISSC gjeld i høgst 5 år',
      en: 'A full-term ISSC is valid for at most 5 years',
    },
    cite('sdirIspsProcess'),
  ),
  isscIntermediateFromAnniversary: t(
    'isscIntermediateFromAnniversary',
    2,
    'anniversary',
    {
      nb: 'Mellomliggende verifikasjon tidligst på andre årsdag for sertifikatets utløpsdato (utløpsdatoen minus 3 år)',
      nn: 'Mellomliggjande verifikasjon tidlegast på andre årsdagen for utløpsdatoen til sertifikatet (utløpsdatoen minus 3 år)',
      en: "Intermediate verification from the second anniversary of the certificate's expiry date (the expiry date minus 3 years)",
    },
    cite('sdirIspsProcess'),
  ),
  isscIntermediateToAnniversary: t(
    'isscIntermediateToAnniversary',
    3,
    'anniversary',
    {
      nb: 'Mellomliggende verifikasjon senest på tredje årsdag for sertifikatets utløpsdato (utløpsdatoen minus 2 år)',
      nn: 'Mellomliggjande verifikasjon seinast på tredje årsdagen for utløpsdatoen til sertifikatet (utløpsdatoen minus 2 år)',
      en: "Intermediate verification by the third anniversary of the certificate's expiry date (the expiry date minus 2 years)",
    },
    cite('sdirIspsProcess'),
  ),
  isscRenewalWindowMonths: t(
    'isscRenewalWindowMonths',
    3,
    'months',
    {
      nb: 'Fornyelse inntil 3 måneder før utløp gir ny utløpsdato lik gammel utløpsdato pluss fem år',
      nn: 'Fornying inntil 3 månader før utløpet gir ny utløpsdato lik gammal utløpsdato pluss fem år',
      en: 'Renewal within 3 months before expiry gives a new expiry date equal to the old expiry date plus five years',
    },
    cite('sdirIspsProcess'),
  ),
  isscRenewalYears: t(
    'isscRenewalYears',
    5,
    'years',
    {
      nb: 'Fornyet ISSC gjelder fem år fra gammel utløpsdato eller fra verifikasjonsdatoen',
      nn: 'Eit fornya ISSC gjeld fem år frå gammal utløpsdato eller frå verifikasjonsdatoen',
      en: 'A renewed ISSC runs five years from the old expiry date or from the verification date',
    },
    cite('sdirIspsProcess'),
  ),

  // Health certificate, helseforskriften (facts.md).
  healthMaxYears: t(
    'healthMaxYears',
    2,
    'years',
    {
      nb: 'En helseerklæring gjelder i inntil 2 år',
      nn: 'Ei helseerklæring gjeld i inntil 2 år',
      en: 'A health certificate is valid for up to 2 years',
    },
    cite('healthRegulations'),
  ),
  healthMaxYearsMinor: t(
    'healthMaxYearsMinor',
    1,
    'years',
    {
      nb: 'For sjøfolk under 18 år gjelder helseerklæringen i inntil 1 år',
      nn: 'For sjøfolk under 18 år gjeld helseerklæringa i inntil 1 år',
      en: 'For seafarers under 18 the health certificate is valid for up to 1 year',
    },
    cite('healthRegulations'),
  ),
  healthAdultAge: t(
    'healthAdultAge',
    18,
    'years',
    {
      nb: 'Aldersgrensen for den kortere gyldigheten',
      nn: 'Aldersgrensa for den kortare gyldigheitstida',
      en: 'The age limit for the shorter validity',
    },
    cite('healthRegulations'),
  ),

  // Able seaman and ratings, kvalifikasjonsforskriften §§ 34, 77–80 (seed 003).
  matrosCertificateMinGrossTonnage: t(
    'matrosCertificateMinGrossTonnage',
    500,
    'GT',
    {
      nb: 'Matros på sjøgående skip med bruttotonnasje 500 eller mer skal ha ferdighetssertifikat matros',
      nn: 'Matros på sjøgåande skip med bruttotonnasje 500 eller meir skal ha ferdigheitssertifikat matros',
      en: 'An able seaman on seagoing ships of 500 GT or more must hold an able seaman certificate',
    },
    cite('qualificationRegulations', '§ 34'),
  ),
  matrosMinMonthsAsOrdinarySeaman: t(
    'matrosMinMonthsAsOrdinarySeaman',
    12,
    'months',
    {
      nb: 'Matros uten fagbrev: minst ett års tjenestetid som lettmatros',
      nn: 'Matros utan fagbrev: minst eitt års tenestetid som lettmatros',
      en: 'Able seaman without a trade certificate: at least one year as ordinary seaman',
    },
    cite('qualificationRegulations', '§ 79'),
  ),
  matrosMinMonthsDeckService: t(
    'matrosMinMonthsDeckService',
    24,
    'months',
    {
      nb: 'Matros uten fagbrev: to års tjenestetid som nevnt i § 78 (dekk)',
      nn: 'Matros utan fagbrev: to års tenestetid som nemnd i § 78 (dekk)',
      en: 'Able seaman without a trade certificate: two years of service as in § 78 (deck)',
    },
    cite('qualificationRegulations', '§ 79'),
  ),
  matrosTradeCertMinMonthsDeckService: t(
    'matrosTradeCertMinMonthsDeckService',
    12,
    'months',
    {
      nb: 'Matros med fagbrev: ett års tjenestetid på dekk',
      nn: 'Matros med fagbrev: eitt års tenestetid på dekk',
      en: 'Able seaman with a trade certificate: one year of deck service',
    },
    cite('qualificationRegulations', '§ 79'),
  ),
  lettmatrosMinMonthsDeckService: t(
    'lettmatrosMinMonthsDeckService',
    6,
    'months',
    {
      nb: 'Lettmatros: seks måneders tjenestetid på dekk',
      nn: 'Lettmatros: seks månaders tenestetid på dekk',
      en: 'Ordinary seaman: six months of deck service',
    },
    cite('qualificationRegulations', '§ 78'),
  ),
  smorerMinMonthsEngineService: t(
    'smorerMinMonthsEngineService',
    6,
    'months',
    {
      nb: 'Smører: minst seks måneders tjenestetid i maskin',
      nn: 'Smørjar: minst seks månaders tenestetid i maskin',
      en: 'Motorman/oiler: at least six months of engine-room service',
    },
    cite('qualificationRegulations', '§ 77'),
  ),
  maskinpasserMinMonthsEngineService: t(
    'maskinpasserMinMonthsEngineService',
    6,
    'months',
    {
      nb: 'Maskinpasser: minst seks måneders tjenestetid i maskin',
      nn: 'Maskinpassar: minst seks månaders tenestetid i maskin',
      en: 'Motorman/maskinpasser: at least six months of engine-room service',
    },
    cite('qualificationRegulations', '§ 80'),
  ),
  maskinpasserMinMonthsServiceAsIn77: t(
    'maskinpasserMinMonthsServiceAsIn77',
    30,
    'months',
    {
      nb: 'Maskinpasser: 30 måneders tjenestetid som nevnt i § 77',
      nn: 'Maskinpassar: 30 månaders tenestetid som nemnd i § 77',
      en: 'Motorman/maskinpasser: 30 months of service as in § 77',
    },
    cite('qualificationRegulations', '§ 80'),
  ),
} as const satisfies Record<string, Threshold>;

export type ThresholdKey = keyof typeof THRESHOLDS;

/** The value of threshold `key`. */
export const limit = (key: ThresholdKey): number => THRESHOLDS[key].value;
