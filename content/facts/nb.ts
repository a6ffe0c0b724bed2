/**
 * How Losen asks for each fact of `rules/facts.ts`, in bokmål: the question (with unit and a short
 * hint where useful), an example answer, and a label for every allowed value of an enum fact.
 */
import type { FactQuestions } from '../types.js';

/** Questions, example answers and choice labels per fact, in bokmål. */
export const factsNb = {
  flag: {
    question: 'Hvilket flagg fører fartøyet: norsk eller utenlandsk?',
    example: 'norsk',
    choices: {
      NO: 'Norsk flagg',
      foreign: 'Utenlandsk flagg',
    },
  },
  vesselType: {
    question: 'Hva slags fartøy er det?',
    example: 'lasteskip',
    choices: {
      passenger: 'Passasjerskip',
      cargo: 'Lasteskip',
      fishing: 'Fiskefartøy',
      other: 'Annet fartøy',
    },
  },
  grossTonnage: {
    question: 'Hva er fartøyets bruttotonnasje (BT)?',
    example: '45 BT',
  },
  lengthL: {
    question:
      'Hva er fartøyets lengde (L) i meter? L er den registrerte lengden (96 % av lengden i vannlinjen, eller fra forstevn til rorstamme hvis det er mer), ikke største lengde.',
    example: '23,5 m',
  },
  lengthOverall: {
    question: 'Hva er fartøyets største lengde i meter? Det er lengden av hele skroget med alle faste deler.',
    example: '14,9 m',
  },
  serviceOnly: {
    question: 'Brukes fartøyet bare til opplæring, eller i los- eller redningstjeneste?',
    example: 'nei',
    choices: {
      none: 'Nei, ingen av delene',
      training: 'Bare til opplæring og undervisning',
      pilot: 'Lostjeneste',
      rescue: 'Redningstjeneste',
    },
  },
  safetyManning: {
    question: 'Hvor mange personer består sikkerhetsbemanningen av?',
    example: '10 personer',
  },
  age: {
    question: 'Hvor gammel er personen det gjelder (i hele år)?',
    example: '19 år',
  },
  hasRelevantEducation: {
    question:
      'Har kokken relevant utdanning, for eksempel restaurant- og matfag eller tilsvarende utdanning godkjent i et annet land?',
    example: 'ja',
  },
  passedPracticalTest: {
    question: 'Har kokken gjennomført og bestått en praktisk prøve?',
    example: 'ja',
  },
  crewSize: {
    question:
      'Hvor mange personer består sikkerhetsbemanningen av? Har skipet ingen fastsatt sikkerhetsbemanning, oppgi hvor mange som er i bemanningen.',
    example: '6 personer',
  },
  documentedSkillsCheck: {
    question: 'Har rederiet dokumentert en utsjekk av kokkens ferdigheter i matlaging, ernæring og mathygiene?',
    example: 'ja',
  },
  role: {
    question: 'Hvilken stilling skal D6-innehaveren ha om bord?',
    example: 'skipsfører',
    choices: {
      master: 'Skipsfører',
      'chief-mate': 'Overstyrmann',
      'officer-of-the-watch': 'Ansvarshavende vaktoffiser',
    },
  },
  tradingArea: {
    question: 'Hvilket fartsområde gjelder for fartøyet?',
    example: 'liten kystfart',
    choices: {
      'area-1': 'Fartsområde 1',
      'area-2': 'Fartsområde 2',
      'area-3': 'Fartsområde 3',
      'area-4': 'Fartsområde 4',
      'liten-kystfart': 'Liten kystfart',
      'stor-kystfart': 'Stor kystfart',
      'nord-og-ostersjofart': 'Nord- og østersjøfart',
      unrestricted: 'Ubegrenset fartsområde',
    },
  },
  monthsAsOfficerOfTheWatch: {
    question:
      'Hvor mange måneders fartstid har du som ansvarshavende vaktoffiser på skip med største lengde 8 meter eller mer?',
    example: '14 måneder',
  },
  totalHours: {
    question: 'Hvor mange timer er arbeidet om bord til sammen?',
    example: '42 timer',
  },
  days: {
    question: 'Hvor mange dager er det arbeidet om bord?',
    example: '20 dager',
  },
  hoursPerDay: {
    question: 'Hvor mange timer per dag er det arbeidet om bord i gjennomsnitt (1–14 timer)?',
    example: '12 timer',
  },
  targetDays: {
    question: 'Hvor mange fartstidsdager trenger du? Da regner jeg ut hvor mange timer om bord det tilsvarer.',
    example: '360 dager',
  },
  seafarerName: {
    question: 'Hva er sjøfarerens fulle navn?',
    example: 'Kari Nordmann',
  },
  seafarerBirthDate: {
    question: 'Hva er sjøfarerens fødselsdato (ÅÅÅÅ-MM-DD)?',
    example: '1990-04-17',
  },
  position: {
    question: 'Hvilken stilling hadde sjøfareren om bord, for eksempel skipsfører, navigatør eller lettmatros?',
    example: 'lettmatros',
  },
  periodFrom: {
    question: 'Hvilken dato begynte perioden (ÅÅÅÅ-MM-DD)?',
    example: '2025-01-06',
  },
  periodTo: {
    question: 'Hvilken dato sluttet perioden (ÅÅÅÅ-MM-DD)?',
    example: '2025-03-28',
  },
  vesselName: {
    question: 'Hva heter fartøyet?',
    example: 'MS Havbris',
  },
  callSign: {
    question: 'Hva er fartøyets kallesignal?',
    example: 'LK2345',
  },
  signerName: {
    question: 'Hva heter personen som bekrefter fartstiden?',
    example: 'Ola Hansen',
  },
  signerRole: {
    question: 'Hvilken rolle har personen som bekrefter fartstiden?',
    example: 'representant fra rederiet',
    choices: {
      'company-representative': 'Representant fra rederikontoret',
      master: 'Kaptein om bord',
      owner: 'Eier',
      'co-owner': 'Medeier',
      accountant: 'Regnskapsfører',
      auditor: 'Revisor',
      other: 'Annen rolle',
    },
  },
  signerIsSeafarer: {
    question: 'Er det sjøfareren selv som signerer bekreftelsen?',
    example: 'nei',
  },
  targetCertificate: {
    question: 'Hvilket sertifikat skal fartstiden brukes til å søke om?',
    example: 'D5',
    choices: {
      D6: 'D6 (dekksoffiser klasse 6)',
      D5: 'D5 (dekksoffiser klasse 5)',
      D4: 'D4 (dekksoffiser klasse 4)',
      D3: 'D3 (dekksoffiser klasse 3)',
      D2: 'D2 (dekksoffiser klasse 2)',
      D1: 'D1 (dekksoffiser klasse 1)',
      matros: 'Ferdighetssertifikat matros',
      tanker: 'Ferdighetssertifikat for tankskip (tankermann)',
      igf: 'IGF-ferdighetssertifikat',
      other: 'Annet sertifikat',
    },
  },
  onMobileUnit: {
    question: 'Er fartstiden opptjent på en flyttbar innretning?',
    example: 'nei',
  },
  mobileUnitHasPropulsion: {
    question: 'Har den flyttbare innretningen egen fremdrift?',
    example: 'ja',
  },
  tankerType: {
    question: 'Hva slags tankskip er fartstiden opptjent på?',
    example: 'oljetankskip',
    choices: {
      oil: 'Oljetankskip',
      chemical: 'Kjemikalietankskip',
      gas: 'Gasstankskip',
    },
  },
  certificate: {
    question: 'Hvilket dekksoffisersertifikat gjelder det?',
    example: 'D4',
    choices: {
      D5: 'D5 (dekksoffiser klasse 5)',
      D4: 'D4 (dekksoffiser klasse 4)',
      D3: 'D3 (dekksoffiser klasse 3)',
    },
  },
  seaTimeDays: {
    question: 'Hvor mange dager fartstid har du på sjøgående skip med største lengde 15 meter eller mer?',
    example: '1080 dager',
  },
  bridgeWatchDays: {
    question: 'Hvor mange av fartstidsdagene var med brovakttjeneste?',
    example: '180 dager',
  },
  daysAfterDiploma: {
    question: 'Hvor mange dager fartstid har du opptjent etter at det endelige vitnemålet ble utstedt?',
    example: '120 dager',
  },
  hasAssessment: {
    question: 'Har du fått bedømmelse fra en godkjent assessor?',
    example: 'ja',
  },
  trainingProgramDays: {
    question:
      'Hvor mange dager fartstid har du i et godkjent opplæringsprogram om bord, dokumentert i webcadet eller ISF-kadettbok?',
    example: '360 dager',
  },
  tradeCertificate: {
    question: 'Har du fagbrev som matros eller som fisker?',
    example: 'fagbrev som matros',
    choices: {
      matros: 'Fagbrev som matros',
      fisker: 'Fagbrev som fisker',
      none: 'Nei, ingen av delene',
    },
  },
  monthsAsOfficerOfTheWatchSinceIssue: {
    question:
      'Hvor mange måneders fartstid har du i sertifikatpliktig stilling som vaktoffiser etter at sertifikatet ble utstedt første gang?',
    example: '12 måneder',
  },
  certificateKind: {
    question: 'Er det et midlertidig ISSC (I-ISSC) eller et fullt ISSC?',
    example: 'midlertidig',
    choices: {
      interim: 'Midlertidig ISSC (I-ISSC)',
      full: 'Fullt ISSC',
    },
  },
  issueDate: {
    question: 'Hvilken dato ble dokumentet utstedt (ÅÅÅÅ-MM-DD)?',
    example: '2024-09-15',
  },
  expiryDate: {
    question: 'Hvilken utløpsdato står på dokumentet (ÅÅÅÅ-MM-DD)?',
    example: '2029-09-14',
  },
  verificationDate: {
    question: 'Hvilken dato ble eller blir fornyelsesverifikasjonen gjennomført (ÅÅÅÅ-MM-DD)?',
    example: '2029-07-01',
  },
  ageAtIssue: {
    question: 'Hvor gammel var du da helseerklæringen ble utstedt (i hele år)?',
    example: '17 år',
  },
  onDate: {
    question: 'Hvilken dato vil du sjekke gyldigheten for (ÅÅÅÅ-MM-DD)?',
    example: '2026-05-01',
  },
  uploadedDocuments: {
    question:
      'Hvilken dokumentasjon lastet du opp manuelt som vedlegg i søknaden, i stedet for at den ble rapportert elektronisk? Velg alt som passer, eller svar «ingen».',
    example: 'fartstid og kurs',
    choices: {
      'sea-time': 'Fartstid (fartstidsattest)',
      courses: 'Kursbevis',
      assessment: 'Bedømmelse fra assessor',
      'additional-competence': 'Tilleggskompetanse',
      'health-certificate': 'Helseerklæring',
      education: 'Utdanning (vitnemål)',
    },
  },
  seagoing: {
    question: 'Er fartøyet et sjøgående skip?',
    example: 'ja',
  },
  hasTradeCertificate: {
    question: 'Har du fagbrev som matros?',
    example: 'nei',
  },
  monthsAsOrdinarySeaman: {
    question: 'Hvor mange måneders tjenestetid har du som lettmatros?',
    example: '12 måneder',
  },
  monthsDeckService: {
    question: 'Hvor mange måneders tjenestetid har du på dekk?',
    example: '24 måneder',
  },
  monthsEngineService: {
    question: 'Hvor mange måneders tjenestetid har du i maskin?',
    example: '6 måneder',
  },
  ratingPosition: {
    question: 'Hvilken stilling gjelder det?',
    example: 'smører',
    choices: {
      lettmatros: 'Lettmatros',
      smorer: 'Smører',
      maskinpasser: 'Maskinpasser (motormann)',
      'maskinpasser-lettmatros': 'Maskinpasser-lettmatros',
    },
  },
} satisfies FactQuestions;
