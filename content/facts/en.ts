/**
 * How Losen asks for each fact of `rules/facts.ts`, in English: the question (with unit and a short
 * hint where useful), an example answer, and a label for every allowed value of an enum fact.
 */
import type { FactQuestions } from '../types.js';

/** Questions, example answers and choice labels per fact, in English. */
export const factsEn = {
  flag: {
    question: 'Which flag does the vessel fly: Norwegian or foreign?',
    example: 'Norwegian',
    choices: {
      NO: 'Norwegian flag',
      foreign: 'Foreign flag',
    },
  },
  vesselType: {
    question: 'What type of vessel is it?',
    example: 'cargo ship',
    choices: {
      passenger: 'Passenger ship',
      cargo: 'Cargo ship',
      fishing: 'Fishing vessel',
      other: 'Other vessel',
    },
  },
  grossTonnage: {
    question: "What is the vessel's gross tonnage (GT)?",
    example: '45 GT',
  },
  lengthL: {
    question:
      "What is the vessel's length (L) in metres? L is the registered length (96 % of the waterline length, or from the stem to the rudder stock if that is more), not the length overall.",
    example: '23.5 m',
  },
  lengthOverall: {
    question:
      "What is the vessel's length overall (LOA) in metres? That is the length of the whole hull including all fixed parts.",
    example: '14.9 m',
  },
  serviceOnly: {
    question: 'Is the vessel used only for training, or in pilot or rescue service?',
    example: 'no',
    choices: {
      none: 'No, none of these',
      training: 'Only for training and education',
      pilot: 'Pilot service',
      rescue: 'Rescue service',
    },
  },
  safetyManning: {
    question: 'How many persons does the safe manning consist of?',
    example: '10 persons',
  },
  age: {
    question: 'How old is the person concerned (in whole years)?',
    example: '19 years',
  },
  hasRelevantEducation: {
    question:
      'Does the cook have relevant education, for example the Norwegian restaurant and food-processing programme or equivalent education recognised in another country?',
    example: 'yes',
  },
  passedPracticalTest: {
    question: 'Has the cook taken and passed a practical test?',
    example: 'yes',
  },
  crewSize: {
    question:
      'How many persons does the safe manning consist of? If the ship has no safe manning set, give the number of crew.',
    example: '6 persons',
  },
  documentedSkillsCheck: {
    question: "Has the company documented a check of the cook's skills in cooking, nutrition and food hygiene?",
    example: 'yes',
  },
  role: {
    question: 'Which position will the D6 holder have on board?',
    example: 'master',
    choices: {
      master: 'Master',
      'chief-mate': 'Chief mate',
      'officer-of-the-watch': 'Officer in charge of a navigational watch',
    },
  },
  tradingArea: {
    question: 'Which trading area applies to the vessel?',
    example: 'liten kystfart',
    choices: {
      'area-1': 'Fartsområde 1 (trading area 1, enclosed waters)',
      'area-2': 'Fartsområde 2 (trading area 2, sheltered waters)',
      'area-3': 'Fartsområde 3 (trading area 3, inshore, no open stretch over 5 nm)',
      'area-4': 'Fartsområde 4 (trading area 4, inshore, no open stretch over 25 nm)',
      'liten-kystfart': 'Liten kystfart (limited coastal trade)',
      'stor-kystfart': 'Stor kystfart (extended coastal trade)',
      'nord-og-ostersjofart': 'Nord- og østersjøfart (North Sea and Baltic trade)',
      unrestricted: 'Ubegrenset fartsområde (unrestricted)',
    },
  },
  monthsAsOfficerOfTheWatch: {
    question:
      'How many months of sea time do you have as officer in charge of a navigational watch on ships of 8 metres length overall or more?',
    example: '14 months',
  },
  totalHours: {
    question: 'How many hours were worked on board in total?',
    example: '42 hours',
  },
  days: {
    question: 'How many days were worked on board?',
    example: '20 days',
  },
  hoursPerDay: {
    question: 'On average, how many hours a day were worked on board (1–14 hours)?',
    example: '12 hours',
  },
  targetDays: {
    question: 'How many sea-time days do you need? I will then work out how many hours on board that equals.',
    example: '360 days',
  },
  seafarerName: {
    question: "What is the seafarer's full name?",
    example: 'Kari Nordmann',
  },
  seafarerBirthDate: {
    question: "What is the seafarer's date of birth (YYYY-MM-DD)?",
    example: '1990-04-17',
  },
  position: {
    question: 'What position did the seafarer hold on board, for example master, navigator or ordinary seaman?',
    example: 'ordinary seaman',
  },
  periodFrom: {
    question: 'On what date did the period start (YYYY-MM-DD)?',
    example: '2025-01-06',
  },
  periodTo: {
    question: 'On what date did the period end (YYYY-MM-DD)?',
    example: '2025-03-28',
  },
  vesselName: {
    question: "What is the vessel's name?",
    example: 'MS Havbris',
  },
  callSign: {
    question: "What is the vessel's call sign?",
    example: 'LK2345',
  },
  signerName: {
    question: 'What is the name of the person confirming the sea time?',
    example: 'Ola Hansen',
  },
  signerRole: {
    question: 'What role does the person confirming the sea time have?',
    example: 'company representative',
    choices: {
      'company-representative': "Representative of the company's office",
      master: 'Master on board',
      owner: 'Owner',
      'co-owner': 'Co-owner',
      accountant: 'Accountant',
      auditor: 'Auditor',
      other: 'Other role',
    },
  },
  signerIsSeafarer: {
    question: 'Is the seafarer signing the confirmation themself?',
    example: 'no',
  },
  targetCertificate: {
    question: 'Which certificate will the sea time be used to apply for?',
    example: 'D5',
    choices: {
      D6: 'D6 (deck officer class 6)',
      D5: 'D5 (deck officer class 5)',
      D4: 'D4 (deck officer class 4)',
      D3: 'D3 (deck officer class 3)',
      D2: 'D2 (deck officer class 2)',
      D1: 'D1 (deck officer class 1)',
      matros: 'Able seaman proficiency certificate (matros)',
      tanker: 'Tanker proficiency certificate (tankermann)',
      igf: 'IGF proficiency certificate',
      other: 'Other certificate',
    },
  },
  onMobileUnit: {
    question: 'Was the sea time earned on a mobile unit?',
    example: 'no',
  },
  mobileUnitHasPropulsion: {
    question: 'Does the mobile unit have its own propulsion?',
    example: 'yes',
  },
  tankerType: {
    question: 'What type of tanker was the sea time earned on?',
    example: 'oil tanker',
    choices: {
      oil: 'Oil tanker',
      chemical: 'Chemical tanker',
      gas: 'Gas tanker',
    },
  },
  certificate: {
    question: 'Which deck officer certificate is it about?',
    example: 'D4',
    choices: {
      D5: 'D5 (deck officer class 5)',
      D4: 'D4 (deck officer class 4)',
      D3: 'D3 (deck officer class 3)',
    },
  },
  seaTimeDays: {
    question: 'How many days of sea time do you have on seagoing ships of 15 metres length overall or more?',
    example: '1080 days',
  },
  bridgeWatchDays: {
    question: 'How many of those sea-time days included bridge watchkeeping?',
    example: '180 days',
  },
  daysAfterDiploma: {
    question: 'How many days of sea time have you earned after your final diploma was issued?',
    example: '120 days',
  },
  hasAssessment: {
    question: 'Have you had an assessment by an approved assessor?',
    example: 'yes',
  },
  trainingProgramDays: {
    question:
      'How many days of sea time do you have in an approved training programme on board, documented in webcadet or the ISF cadet book?',
    example: '360 days',
  },
  tradeCertificate: {
    question: 'Do you hold a trade certificate as able seaman or as fisherman?',
    example: 'able seaman',
    choices: {
      matros: 'Trade certificate as able seaman (matros)',
      fisker: 'Trade certificate as fisherman (fisker)',
      none: 'No, neither',
    },
  },
  monthsAsOfficerOfTheWatchSinceIssue: {
    question:
      'How many months of sea time do you have as officer of the watch in a position requiring the certificate, since the certificate was first issued?',
    example: '12 months',
  },
  certificateKind: {
    question: 'Is it an interim ISSC (I-ISSC) or a full-term ISSC?',
    example: 'interim',
    choices: {
      interim: 'Interim ISSC (I-ISSC)',
      full: 'Full-term ISSC',
    },
  },
  issueDate: {
    question: 'On what date was the document issued (YYYY-MM-DD)?',
    example: '2024-09-15',
  },
  expiryDate: {
    question: 'What expiry date is stated on the document (YYYY-MM-DD)?',
    example: '2029-09-14',
  },
  verificationDate: {
    question: 'On what date was, or will, the renewal verification be carried out (YYYY-MM-DD)?',
    example: '2029-07-01',
  },
  ageAtIssue: {
    question: 'How old were you when the health certificate was issued (in whole years)?',
    example: '17 years',
  },
  onDate: {
    question: 'For which date do you want to check validity (YYYY-MM-DD)?',
    example: '2026-05-01',
  },
  uploadedDocuments: {
    question:
      'Which documents did you upload by hand as attachments to your application, instead of having them reported electronically? Choose all that apply, or answer "none".',
    example: 'sea time and courses',
    choices: {
      'sea-time': 'Sea time (sea-time confirmation)',
      courses: 'Course certificates',
      assessment: 'Assessment by an assessor',
      'additional-competence': 'Additional competence',
      'health-certificate': 'Health certificate',
      education: 'Education (diploma)',
    },
  },
  seagoing: {
    question: 'Is the vessel a seagoing ship?',
    example: 'yes',
  },
  hasTradeCertificate: {
    question: 'Do you hold a trade certificate as able seaman?',
    example: 'no',
  },
  monthsAsOrdinarySeaman: {
    question: 'How many months of service do you have as ordinary seaman?',
    example: '12 months',
  },
  monthsDeckService: {
    question: 'How many months of service do you have on deck?',
    example: '24 months',
  },
  monthsEngineService: {
    question: 'How many months of service do you have in the engine room?',
    example: '6 months',
  },
  ratingPosition: {
    question: 'Which position is it about?',
    example: 'oiler',
    choices: {
      lettmatros: 'Ordinary seaman (lettmatros)',
      smorer: 'Oiler (smører)',
      maskinpasser: 'Engine rating (maskinpasser / motorman)',
      'maskinpasser-lettmatros': 'Combined engine rating and ordinary seaman (maskinpasser-lettmatros)',
    },
  },
} satisfies FactQuestions;
