/**
 * Every source Losen cites: the regulations (with their Lovdata identifiers) and the Sdir documents
 * the seeds come from. A citation is always made through `cite()`, so an identifier or address is
 * written once, here.
 *
 * Sources: `shared/domain/facts.md` ("Regulations to cite") and `shared/seeds/000`–`004`.
 */
import type { Citation, Text } from './types.js';

export type Source = {
  /** The identifier shown in a citation, e.g. 'FOR-2009-06-18-666'. */
  id: string;
  name: Text;
  url?: string;
};

const lovdataRegulation = (date: string) => `https://lovdata.no/dokument/SF/forskrift/${date}`;
const lovdataAct = (date: string) => `https://lovdata.no/dokument/NL/lov/${date}`;

export const SOURCES = {
  manningRegulations: {
    id: 'FOR-2009-06-18-666',
    name: {
      nb: 'Forskrift om bemanning av norske skip (bemanningsforskriften)',
      nn: 'Forskrift om bemanning av norske skip (bemanningsforskrifta)',
      en: 'Regulations on the manning of Norwegian ships',
    },
    url: lovdataRegulation('2009-06-18-666'),
  },
  qualificationRegulations: {
    id: 'FOR-2011-12-22-1523',
    name: {
      nb: 'Forskrift om kvalifikasjoner og sertifikater for sjøfolk (kvalifikasjonsforskriften)',
      nn: 'Forskrift om kvalifikasjoner og sertifikater for sjøfolk (kvalifikasjonsforskrifta)',
      en: 'Regulations on qualifications and certificates for seafarers',
    },
    url: lovdataRegulation('2011-12-22-1523'),
  },
  healthRegulations: {
    id: 'FOR-2014-06-05-805',
    name: {
      nb: 'Forskrift om legeundersøkelse av arbeidstakere på skip (helseforskriften)',
      nn: 'Forskrift om legeundersøkelse av arbeidstakere på skip (helseforskrifta)',
      en: 'Regulations on medical examination of employees on board ships',
    },
    url: lovdataRegulation('2014-06-05-805'),
  },
  tradingAreaRegulations: {
    id: 'FOR-1981-11-04-3793',
    name: { nb: 'Forskrift om fartsområder', nn: 'Forskrift om fartsområder', en: 'Regulations on trading areas' },
    url: lovdataRegulation('1981-11-04-3793'),
  },
  shipSafetyAct: {
    id: 'LOV-2007-02-16-9',
    name: {
      nb: 'Lov om skipssikkerhet (skipssikkerhetsloven)',
      nn: 'Lov om skipssikkerhet (skipssikkerheitslova)',
      en: 'Ship Safety and Security Act',
    },
    url: lovdataAct('2007-02-16-9'),
  },
  measurementRegulations: {
    id: 'FOR-2015-06-30-823',
    name: {
      nb: 'Forskrift om måling av skip',
      nn: 'Forskrift om måling av skip',
      en: 'Regulations on the measurement of ships',
    },
    url: lovdataRegulation('2015-06-30-823'),
  },
  watchkeepingRegulations: {
    id: 'FOR-1999-04-27-537',
    name: {
      nb: 'Forskrift om vakthold på passasjer- og lasteskip',
      nn: 'Forskrift om vakthold på passasjer- og lasteskip',
      en: 'Regulations on watchkeeping on passenger and cargo ships',
    },
    url: lovdataRegulation('1999-04-27-537'),
  },
  shipSecurityRegulations: {
    id: 'FOR-2004-06-22-972',
    name: {
      nb: 'Forskrift om sikkerhet, pirat- og terrorberedskapstiltak og bruk av maktmidler om bord på skip og flyttbare boreinnretninger (sikkerhetsforskriften)',
      nn: 'Forskrift om sikkerhet, pirat- og terrorberedskapstiltak og bruk av maktmidler om bord på skip og flyttbare boreinnretninger (sikkerheitsforskrifta)',
      en: 'Regulations on security, anti-piracy and anti-terrorism preparedness measures and the use of force on board ships and mobile drilling units (the Security Regulations)',
    },
    url: lovdataRegulation('2004-06-22-972'),
  },
  ispsCode: {
    id: 'ISPS-koden',
    name: {
      nb: 'ISPS-koden (SOLAS kapittel XI-2) og forordning (EF) nr. 725/2004',
      nn: 'ISPS-koden (SOLAS kapittel XI-2) og forordning (EF) nr. 725/2004',
      en: 'The ISPS Code (SOLAS chapter XI-2) and Regulation (EC) No 725/2004',
    },
  },
  // Sdir documents (the seeds) and Sdir pages named in facts.md.
  sdirApsPresentation: {
    id: 'Sdir: APS – automatisk saksbehandling av personlige sertifikater',
    name: {
      nb: 'Sjøfartsdirektoratet: presentasjon av APS og Min side sjøfolk',
      nn: 'Sjøfartsdirektoratet: presentasjon av APS og Mi side sjøfolk',
      en: 'Norwegian Maritime Authority: presentation of APS and "Min side sjøfolk"',
    },
    url: 'https://www.sdir.no/sjofart/sjofolk/kvalifikasjon/',
  },
  sdirIspsProcess: {
    id: 'Sdir: Sertifiseringsprosess for ISPS (ikke-delegerte skip)',
    name: {
      nb: 'Sjøfartsdirektoratet: sertifiseringsprosess for ikke-delegerte skip (ISSC)',
      nn: 'Sjøfartsdirektoratet: sertifiseringsprosess for ikkje-delegerte skip (ISSC)',
      en: 'Norwegian Maritime Authority: ISSC certification process for non-delegated ships',
    },
  },
  sdirSeaTimeMinutes: {
    id: 'Sdir: Referat Sdir–Sjømat Norge 27.01.2025',
    name: {
      nb: 'Sjøfartsdirektoratet: referat fra møte med Sjømat Norge om fartstid (27. januar 2025)',
      nn: 'Sjøfartsdirektoratet: referat frå møte med Sjømat Norge om fartstid (27. januar 2025)',
      en: 'Norwegian Maritime Authority: minutes of the meeting with Seafood Norway on sea time (27 January 2025)',
    },
  },
  sdirManningFaq: {
    id: 'Sdir: Spørsmål og svar om bemanning',
    name: {
      nb: 'Sjøfartsdirektoratet: spørsmål og svar om bemanning og kvalifikasjoner',
      nn: 'Sjøfartsdirektoratet: spørsmål og svar om bemanning og kvalifikasjonar',
      en: 'Norwegian Maritime Authority: questions and answers on manning and qualifications',
    },
  },
  sdirStcwManningCircular: {
    id: 'Sdir: Rundskriv om oppdatering av bemanningsoppgaver (STCW)',
    name: {
      nb: 'Sjøfartsdirektoratet: oppdatering av bemanningsoppgaver som følge av revidering av STCW-konvensjonen',
      nn: 'Sjøfartsdirektoratet: oppdatering av bemanningsoppgåver som følgje av revideringa av STCW-konvensjonen',
      en: 'Norwegian Maritime Authority: updating manning documents after the STCW revision',
    },
    url: 'https://www.sdir.no/sjofart/regelverk/rundskriv/oppdatering-av-bemanningsoppgaver-som-folgje-av-revidering-av-stcw-konvensjonen/',
  },
  sdirSeaTimeFaq: {
    id: 'Sdir: Diverse spørsmål tilknyttet fartstid',
    name: {
      nb: 'Sjøfartsdirektoratet: diverse spørsmål tilknyttet fartstid (endret 02.10.2017)',
      nn: 'Sjøfartsdirektoratet: ymse spørsmål om fartstid (endra 02.10.2017)',
      en: 'Norwegian Maritime Authority: questions on sea time (updated 2 October 2017)',
    },
  },
  sdirSeaTimeGuide: {
    id: 'Sdir: Veiledning om fartstid',
    name: {
      nb: 'Sjøfartsdirektoratet: veiledning om fartstid',
      nn: 'Sjøfartsdirektoratet: rettleiing om fartstid',
      en: 'Norwegian Maritime Authority: guidance on sea time',
    },
    url: 'https://www.sdir.no/veiledninger/fartstid/',
  },
  sdirSeaTimeHourByHour: {
    id: 'Sdir: Fartstid skal nå regnes time for time',
    name: {
      nb: 'Sjøfartsdirektoratet: «Fartstid skal nå regnes time for time»',
      nn: 'Sjøfartsdirektoratet: «Fartstid skal nå regnes time for time»',
      en: 'Norwegian Maritime Authority: "Sea time is now counted hour by hour"',
    },
    url: 'https://www.sdir.no/aktuelt/nyheter/fartstid-skal-na-regnes-time-for-time/',
  },
  sdirSeaTimeSpreadsheet: {
    id: 'Sdir: Hvordan fylle ut fartstid i Excel-fil',
    name: {
      nb: 'Sjøfartsdirektoratet: hvordan fylle ut fartstid i Excel-fil',
      nn: 'Sjøfartsdirektoratet: korleis fylle ut fartstid i Excel-fil',
      en: 'Norwegian Maritime Authority: how to fill in sea time in the spreadsheet',
    },
    url: 'https://www.sdir.no/veiledninger/hvordan-fylle-ut-fartstid-i-excel-fil/',
  },
  // Sdir's table of deck officer certificates, as facts.md records it ("D5/D4/D3 master rights",
  // status C): the age of 20 and the limits of the master rights (GT < 500, nord- og østersjøfart).
  sdirDeckOfficerTable: {
    id: 'Sdir: Tabell over rettigheter for dekksoffisersertifikater',
    name: {
      nb: 'Sjøfartsdirektoratet: tabell over rettigheter for kompetansesertifikat dekksoffiser',
      nn: 'Sjøfartsdirektoratet: tabell over rettar for kompetansesertifikat dekksoffiser',
      en: 'Norwegian Maritime Authority: table of the privileges of deck officer certificates',
    },
  },
} as const satisfies Record<string, Source>;

export type SourceKey = keyof typeof SOURCES;

/** A citation of `source`, at paragraph or section `ref` when given. */
export function cite(source: SourceKey, ref?: string): Citation {
  const s: Source = SOURCES[source];
  return {
    source: s.id,
    ...(ref === undefined ? {} : { ref }),
    ...(s.url === undefined ? {} : { url: s.url }),
  };
}
