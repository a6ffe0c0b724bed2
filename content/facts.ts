/**
 * How Losen asks for each fact of `rules/facts.ts`, in bokmål, nynorsk and English side by side:
 * the question (with unit and a short hint where useful), an example answer, and a label for every
 * allowed value of an enum fact. A label may carry a short explanation after a dash ("Passasjerskip
 * – fører flere enn 12 passasjerer"), so the choice is clear on every channel; Slack shows at most
 * 75 characters of a button.
 */
import type { Localized } from './localized.js';
import type { FactQuestions } from './types.js';

/** Questions, example answers and choice labels per fact. */
export const FACT_QUESTIONS = {
  flag: {
    question: {
      nb: 'Hvilket flagg fører fartøyet: norsk eller utenlandsk?',
      nn: 'Kva flagg fører fartøyet: norsk eller utanlandsk?',
      en: 'Which flag does the vessel fly: Norwegian or foreign?',
    },
    example: {
      nb: 'norsk',
      nn: 'norsk',
      en: 'Norwegian',
    },
    choices: {
      NO: {
        nb: 'Norsk flagg',
        nn: 'Norsk flagg',
        en: 'Norwegian flag',
      },
      foreign: {
        nb: 'Utenlandsk flagg',
        nn: 'Utanlandsk flagg',
        en: 'Foreign flag',
      },
    },
  },
  vesselType: {
    question: {
      nb: 'Hva slags fartøy er det?\n• Passasjerskip: fører flere enn 12 passasjerer.\n• Båt med 12 eller færre passasjerer: næringsfartøy som fører høyst 12 passasjerer.\n• Lasteskip: alle andre næringsfartøy, for eksempel arbeidsbåt, slepebåt, forsyningsskip og brønnbåt.\n• Fiskefartøy: brukes i fiske og fangst.\n• Fritidsbåt: brukes ikke i næring.\n• Annet fartøy: noe annet, eller du er usikker.',
      nn: 'Kva slags fartøy er det?\n• Passasjerskip: fører fleire enn 12 passasjerar.\n• Båt med 12 eller færre passasjerar: næringsfartøy som fører høgst 12 passasjerar.\n• Lasteskip: alle andre næringsfartøy, til dømes arbeidsbåt, slepebåt, forsyningsskip og brønnbåt.\n• Fiskefartøy: blir brukt i fiske og fangst.\n• Fritidsbåt: blir ikkje brukt i næring.\n• Anna fartøy: noko anna, eller du er usikker.',
      en: 'What type of vessel is it?\n• Passenger ship: carries more than 12 passengers.\n• Boat with 12 or fewer passengers: a commercial vessel carrying at most 12 passengers.\n• Cargo ship: any other commercial vessel, such as a work boat, tug, supply ship or well boat.\n• Fishing vessel: used for fishing and catching.\n• Leisure boat: not used commercially.\n• Other vessel: something else, or you are not sure.',
    },
    example: {
      nb: 'lasteskip',
      nn: 'lasteskip',
      en: 'cargo ship',
    },
    choices: {
      passenger: {
        nb: 'Passasjerskip',
        nn: 'Passasjerskip',
        en: 'Passenger ship',
      },
      'small-passenger': {
        nb: 'Båt med 12 eller færre passasjerer',
        nn: 'Båt med 12 eller færre passasjerar',
        en: 'Boat with 12 or fewer passengers',
      },
      cargo: {
        nb: 'Lasteskip',
        nn: 'Lasteskip',
        en: 'Cargo ship',
      },
      fishing: {
        nb: 'Fiskefartøy',
        nn: 'Fiskefartøy',
        en: 'Fishing vessel',
      },
      leisure: {
        nb: 'Fritidsbåt',
        nn: 'Fritidsbåt',
        en: 'Leisure boat',
      },
      other: {
        nb: 'Annet fartøy',
        nn: 'Anna fartøy',
        en: 'Other vessel',
      },
    },
  },
  grossTonnage: {
    question: {
      nb: 'Hva er fartøyets bruttotonnasje (BT)?',
      nn: 'Kva er bruttotonnasjen (BT) til fartøyet?',
      en: "What is the vessel's gross tonnage (GT)?",
    },
    example: {
      nb: '45 BT',
      nn: '45 BT',
      en: '45 GT',
    },
  },
  lengthL: {
    question: {
      nb: 'Hva er fartøyets lengde (L) i meter? L er 96 % av lengden i vannlinjen ved 85 % av minste malte dybde, eller lengden fra forstevnen til rorstammen i den vannlinjen hvis den er større. Det er ikke største lengde.',
      nn: 'Kva er lengda (L) på fartøyet i meter? L er 96 % av lengda i vasslinja ved 85 % av minste malte djupne, eller lengda frå forstamnen til rorstamma i den vasslinja dersom ho er større. Det er ikkje største lengde.',
      en: "What is the vessel's length (L) in metres? L is 96 % of the waterline length at 85 % of the least moulded depth, or the length from the stem to the rudder stock on that waterline if that is greater. It is not the length overall.",
    },
    example: {
      nb: '23,5 m',
      nn: '23,5 m',
      en: '23.5 m',
    },
  },
  lengthOverall: {
    question: {
      nb: 'Hva er fartøyets største lengde i meter? Det er lengden av hele skroget med alle faste deler.',
      nn: 'Kva er største lengde for fartøyet i meter? Det er lengda av heile skroget med alle faste delar.',
      en: "What is the vessel's length overall (LOA) in metres? That is the length of the whole hull including all fixed parts.",
    },
    example: {
      nb: '14,9 m',
      nn: '14,9 m',
      en: '14.9 m',
    },
  },
  serviceOnly: {
    question: {
      nb: 'Brukes fartøyet bare til opplæring, eller i los- eller redningstjeneste?',
      nn: 'Blir fartøyet berre brukt til opplæring, eller i los- eller redningsteneste?',
      en: 'Is the vessel used only for training, or in pilot or rescue service?',
    },
    example: {
      nb: 'nei',
      nn: 'nei',
      en: 'no',
    },
    choices: {
      none: {
        nb: 'Nei, ingen av delene',
        nn: 'Nei, ingen av delane',
        en: 'No, none of these',
      },
      training: {
        nb: 'Bare til opplæring og undervisning',
        nn: 'Berre til opplæring og undervisning',
        en: 'Only for training and education',
      },
      pilot: {
        nb: 'Lostjeneste',
        nn: 'Losteneste',
        en: 'Pilot service',
      },
      rescue: {
        nb: 'Redningstjeneste',
        nn: 'Redningsteneste',
        en: 'Rescue service',
      },
    },
  },
  safetyManning: {
    question: {
      nb: 'Hvor mange personer består sikkerhetsbemanningen av?',
      nn: 'Kor mange personar er det i sikkerheitsbemanninga?',
      en: 'How many persons does the safe manning consist of?',
    },
    example: {
      nb: '10 personer',
      nn: '10 personar',
      en: '10 persons',
    },
  },
  age: {
    question: {
      nb: 'Hvor gammel er personen det gjelder (i hele år)?',
      nn: 'Kor gammal er personen det gjeld (i heile år)?',
      en: 'How old is the person concerned (in whole years)?',
    },
    example: {
      nb: '19 år',
      nn: '19 år',
      en: '19 years',
    },
  },
  hasRelevantEducation: {
    question: {
      nb: 'Har kokken relevant utdanning, for eksempel restaurant- og matfag eller tilsvarende utdanning godkjent i et annet land?',
      nn: 'Har kokken relevant utdanning, til dømes restaurant- og matfag eller tilsvarande utdanning godkjend i eit anna land?',
      en: 'Does the cook have relevant education, for example the Norwegian restaurant and food-processing programme or equivalent education recognised in another country?',
    },
    example: {
      nb: 'ja',
      nn: 'ja',
      en: 'yes',
    },
  },
  passedPracticalTest: {
    question: {
      nb: 'Har kokken gjennomført og bestått en praktisk prøve?',
      nn: 'Har kokken gjennomført og bestått ei praktisk prøve?',
      en: 'Has the cook taken and passed a practical test?',
    },
    example: {
      nb: 'ja',
      nn: 'ja',
      en: 'yes',
    },
  },
  crewSize: {
    question: {
      nb: 'Hvor mange personer består sikkerhetsbemanningen av? Har skipet ingen fastsatt sikkerhetsbemanning, oppgi hvor mange som er i bemanningen.',
      nn: 'Kor mange personar er det i sikkerheitsbemanninga? Har skipet inga fastsett sikkerheitsbemanning, oppgi kor mange som er i bemanninga.',
      en: 'How many persons does the safe manning consist of? If the ship has no safe manning set, give the number of crew.',
    },
    example: {
      nb: '6 personer',
      nn: '6 personar',
      en: '6 persons',
    },
  },
  documentedSkillsCheck: {
    question: {
      nb: 'Har rederiet dokumentert en utsjekk av kokkens ferdigheter i matlaging, ernæring og mathygiene?',
      nn: 'Har reiarlaget dokumentert ein sjekk av ferdigheitene kokken har i matlaging, ernæring og mathygiene?',
      en: "Has the company documented a check of the cook's skills in cooking, nutrition and food hygiene?",
    },
    example: {
      nb: 'ja',
      nn: 'ja',
      en: 'yes',
    },
  },
  role: {
    question: {
      nb: 'Hvilken stilling skal D6-innehaveren ha om bord?',
      nn: 'Kva stilling skal D6-innehavaren ha om bord?',
      en: 'Which position will the D6 holder have on board?',
    },
    example: {
      nb: 'skipsfører',
      nn: 'skipsførar',
      en: 'master',
    },
    choices: {
      master: {
        nb: 'Skipsfører',
        nn: 'Skipsførar',
        en: 'Master',
      },
      'chief-mate': {
        nb: 'Overstyrmann',
        nn: 'Overstyrmann',
        en: 'Chief mate',
      },
      'officer-of-the-watch': {
        nb: 'Ansvarshavende vaktoffiser',
        nn: 'Ansvarshavande vaktoffiser',
        en: 'Officer in charge of a navigational watch',
      },
    },
  },
  tradingArea: {
    question: {
      nb: 'Hvilket fartsområde gjelder for fartøyet?',
      nn: 'Kva fartsområde gjeld for fartøyet?',
      en: 'Which trading area applies to the vessel?',
    },
    example: {
      nb: 'liten kystfart',
      nn: 'liten kystfart',
      en: 'liten kystfart',
    },
    choices: {
      'area-1': {
        nb: 'Fartsområde 1 (innelukket farvann, som innsjøer og elver)',
        nn: 'Fartsområde 1 (innelukka farvatn, som innsjøar og elvar)',
        en: 'Fartsområde 1 (trading area 1, enclosed waters)',
      },
      'area-2': {
        nb: 'Fartsområde 2 (farvann i le for vind og sjø)',
        nn: 'Fartsområde 2 (farvatn i le for vind og sjø)',
        en: 'Fartsområde 2 (trading area 2, sheltered waters)',
      },
      'area-3': {
        nb: 'Fartsområde 3 (innaskjærs, ingen åpen strekning over 5 nm)',
        nn: 'Fartsområde 3 (innaskjers, inga open strekning over 5 nm)',
        en: 'Fartsområde 3 (trading area 3, inshore, no open stretch over 5 nm)',
      },
      'area-4': {
        nb: 'Fartsområde 4 (innaskjærs, ingen åpen strekning over 25 nm)',
        nn: 'Fartsområde 4 (innaskjers, inga open strekning over 25 nm)',
        en: 'Fartsområde 4 (trading area 4, inshore, no open stretch over 25 nm)',
      },
      'liten-kystfart': {
        nb: 'Liten kystfart (langs kysten, høyst 20 nm utenfor grunnlinjen)',
        nn: 'Liten kystfart (langs kysten, høgst 20 nm utanfor grunnlinja)',
        en: 'Liten kystfart (limited coastal trade)',
      },
      'stor-kystfart': {
        nb: 'Stor kystfart (utvidet kystfart, også nabolandenes kyster)',
        nn: 'Stor kystfart (utvida kystfart, òg kystane til nabolanda)',
        en: 'Stor kystfart (extended coastal trade)',
      },
      'nord-og-ostersjofart': {
        nb: 'Nord- og østersjøfart (Nordsjøen og Østersjøen)',
        nn: 'Nord- og østersjøfart (Nordsjøen og Austersjøen)',
        en: 'Nord- og østersjøfart (North Sea and Baltic trade)',
      },
      unrestricted: {
        nb: 'Ubegrenset fartsområde (ingen grenser)',
        nn: 'Uavgrensa fartsområde (utan grenser)',
        en: 'Ubegrenset fartsområde (unrestricted)',
      },
    },
  },
  monthsAsOfficerOfTheWatch: {
    question: {
      nb: 'Hvor mange måneders fartstid har du som ansvarshavende vaktoffiser på skip med største lengde 8 meter eller mer?',
      nn: 'Kor mange månaders fartstid har du som ansvarshavande vaktoffiser på skip med største lengde 8 meter eller meir?',
      en: 'How many months of sea time do you have as officer in charge of a navigational watch on ships of 8 metres length overall or more?',
    },
    example: {
      nb: '14 måneder',
      nn: '14 månader',
      en: '14 months',
    },
  },
  totalHours: {
    question: {
      nb: 'Hvor mange timer er det arbeidet om bord til sammen?',
      nn: 'Kor mange timar er det arbeidd om bord i alt?',
      en: 'How many hours were worked on board in total?',
    },
    example: {
      nb: '42 timer',
      nn: '42 timar',
      en: '42 hours',
    },
  },
  days: {
    question: {
      nb: 'Hvor mange dager er det arbeidet om bord?',
      nn: 'Kor mange dagar er det arbeidd om bord?',
      en: 'How many days were worked on board?',
    },
    example: {
      nb: '20 dager',
      nn: '20 dagar',
      en: '20 days',
    },
  },
  hoursPerDay: {
    question: {
      nb: 'Hvor mange timer per dag er det arbeidet om bord i gjennomsnitt (1–14 timer)?',
      nn: 'Kor mange timar per dag er det arbeidd om bord i snitt (1–14 timar)?',
      en: 'On average, how many hours a day were worked on board (1–14 hours)?',
    },
    example: {
      nb: '12 timer',
      nn: '12 timar',
      en: '12 hours',
    },
  },
  targetDays: {
    question: {
      nb: 'Hvor mange fartstidsdager trenger du? Da regner jeg ut hvor mange timer om bord det tilsvarer.',
      nn: 'Kor mange fartstidsdagar treng du? Då reknar eg ut kor mange timar om bord det svarar til.',
      en: 'How many sea-time days do you need? I will then work out how many hours on board that equals.',
    },
    example: {
      nb: '360 dager',
      nn: '360 dagar',
      en: '360 days',
    },
  },
  seaTimeDaysHad: {
    question: {
      nb: 'Hvor mange fartstidsdager har du allerede?',
      nn: 'Kor mange fartstidsdagar har du alt?',
      en: 'How many sea-time days do you already have?',
    },
    example: {
      nb: '200 dager',
      nn: '200 dagar',
      en: '200 days',
    },
  },
  seafarerName: {
    question: {
      nb: 'Hva er sjøfarerens fulle navn?',
      nn: 'Kva er det fulle namnet til sjøfararen?',
      en: "What is the seafarer's full name?",
    },
    example: {
      nb: 'Kari Nordmann',
      nn: 'Kari Nordmann',
      en: 'Kari Nordmann',
    },
  },
  seafarerBirthDate: {
    question: {
      nb: 'Hva er sjøfarerens fødselsdato (dd.mm.åååå)?',
      nn: 'Kva er fødselsdatoen til sjøfararen (dd.mm.åååå)?',
      en: "What is the seafarer's date of birth (dd.mm.yyyy)?",
    },
    example: {
      nb: '17.04.1990',
      nn: '17.04.1990',
      en: '17.04.1990',
    },
  },
  position: {
    question: {
      nb: 'Hvilken stilling hadde sjøfareren om bord, for eksempel skipsfører, navigatør eller lettmatros?',
      nn: 'Kva stilling hadde sjøfararen om bord, til dømes skipsførar, navigatør eller lettmatros?',
      en: 'What position did the seafarer hold on board, for example master, navigator or ordinary seaman?',
    },
    example: {
      nb: 'lettmatros',
      nn: 'lettmatros',
      en: 'ordinary seaman',
    },
  },
  periodFrom: {
    question: {
      nb: 'Hvilken dato begynte perioden (dd.mm.åååå)?',
      nn: 'Kva dato byrja perioden (dd.mm.åååå)?',
      en: 'On what date did the period start (dd.mm.yyyy)?',
    },
    example: {
      nb: '06.01.2025',
      nn: '06.01.2025',
      en: '06.01.2025',
    },
  },
  periodTo: {
    question: {
      nb: 'Hvilken dato sluttet perioden (dd.mm.åååå)?',
      nn: 'Kva dato slutta perioden (dd.mm.åååå)?',
      en: 'On what date did the period end (dd.mm.yyyy)?',
    },
    example: {
      nb: '28.03.2025',
      nn: '28.03.2025',
      en: '28.03.2025',
    },
  },
  vesselName: {
    question: {
      nb: 'Hva heter fartøyet?',
      nn: 'Kva heiter fartøyet?',
      en: "What is the vessel's name?",
    },
    example: {
      nb: 'MS Havbris',
      nn: 'MS Havbris',
      en: 'MS Havbris',
    },
  },
  callSign: {
    question: {
      nb: 'Hva er fartøyets kallesignal?',
      nn: 'Kva er kallesignalet til fartøyet?',
      en: "What is the vessel's call sign?",
    },
    example: {
      nb: 'LK2345',
      nn: 'LK2345',
      en: 'LK2345',
    },
  },
  signerName: {
    question: {
      nb: 'Hva heter personen som bekrefter fartstiden?',
      nn: 'Kva heiter personen som stadfestar fartstida?',
      en: 'What is the name of the person confirming the sea time?',
    },
    example: {
      nb: 'Ola Hansen',
      nn: 'Ola Hansen',
      en: 'Ola Hansen',
    },
  },
  signerRole: {
    question: {
      nb: 'Hvilken rolle har personen som bekrefter fartstiden?',
      nn: 'Kva rolle har personen som stadfestar fartstida?',
      en: 'What role does the person confirming the sea time have?',
    },
    example: {
      nb: 'representant fra rederiet',
      nn: 'representant frå reiarlaget',
      en: 'company representative',
    },
    choices: {
      'company-representative': {
        nb: 'Representant fra rederikontoret',
        nn: 'Representant frå kontoret til reiarlaget',
        en: "Representative of the company's office",
      },
      master: {
        nb: 'Kaptein om bord',
        nn: 'Kaptein om bord',
        en: 'Master on board',
      },
      owner: {
        nb: 'Eier',
        nn: 'Eigar',
        en: 'Owner',
      },
      'co-owner': {
        nb: 'Medeier',
        nn: 'Medeigar',
        en: 'Co-owner',
      },
      accountant: {
        nb: 'Regnskapsfører',
        nn: 'Rekneskapsførar',
        en: 'Accountant',
      },
      auditor: {
        nb: 'Revisor',
        nn: 'Revisor',
        en: 'Auditor',
      },
      other: {
        nb: 'Annen rolle',
        nn: 'Anna rolle',
        en: 'Other role',
      },
    },
  },
  signerIsSeafarer: {
    question: {
      nb: 'Er det sjøfareren selv som signerer bekreftelsen?',
      nn: 'Er det sjøfararen sjølv som skriv under stadfestinga?',
      en: 'Is the seafarer signing the confirmation themself?',
    },
    example: {
      nb: 'nei',
      nn: 'nei',
      en: 'no',
    },
  },
  targetCertificate: {
    question: {
      nb: 'Hvilket sertifikat skal fartstiden brukes til å søke om?',
      nn: 'Kva sertifikat skal fartstida brukast til å søkje om?',
      en: 'Which certificate will the sea time be used to apply for?',
    },
    example: {
      nb: 'D5',
      nn: 'D5',
      en: 'D5',
    },
    choices: {
      D6: {
        nb: 'D6 (dekksoffiser klasse 6)',
        nn: 'D6 (dekksoffiser klasse 6)',
        en: 'D6 (deck officer class 6)',
      },
      D5: {
        nb: 'D5 (dekksoffiser klasse 5)',
        nn: 'D5 (dekksoffiser klasse 5)',
        en: 'D5 (deck officer class 5)',
      },
      D4: {
        nb: 'D4 (dekksoffiser klasse 4)',
        nn: 'D4 (dekksoffiser klasse 4)',
        en: 'D4 (deck officer class 4)',
      },
      D3: {
        nb: 'D3 (dekksoffiser klasse 3)',
        nn: 'D3 (dekksoffiser klasse 3)',
        en: 'D3 (deck officer class 3)',
      },
      D2: {
        nb: 'D2 (dekksoffiser klasse 2)',
        nn: 'D2 (dekksoffiser klasse 2)',
        en: 'D2 (deck officer class 2)',
      },
      D1: {
        nb: 'D1 (dekksoffiser klasse 1)',
        nn: 'D1 (dekksoffiser klasse 1)',
        en: 'D1 (deck officer class 1)',
      },
      matros: {
        nb: 'Ferdighetssertifikat matros',
        nn: 'Ferdigheitssertifikat matros',
        en: 'Able seaman proficiency certificate (matros)',
      },
      tanker: {
        nb: 'Ferdighetssertifikat for tankskip (tankermann)',
        nn: 'Ferdigheitssertifikat for tankskip (tankermann)',
        en: 'Tanker proficiency certificate (tankermann)',
      },
      igf: {
        nb: 'IGF-ferdighetssertifikat',
        nn: 'IGF-ferdigheitssertifikat',
        en: 'IGF proficiency certificate',
      },
      other: {
        nb: 'Annet sertifikat',
        nn: 'Anna sertifikat',
        en: 'Other certificate',
      },
    },
  },
  onMobileUnit: {
    question: {
      nb: 'Er fartstiden opptjent på en flyttbar innretning?',
      nn: 'Er fartstida opptent på ei flyttbar innretning?',
      en: 'Was the sea time earned on a mobile unit?',
    },
    example: {
      nb: 'nei',
      nn: 'nei',
      en: 'no',
    },
  },
  mobileUnitHasPropulsion: {
    question: {
      nb: 'Har den flyttbare innretningen egen fremdrift?',
      nn: 'Har den flyttbare innretninga eiga framdrift?',
      en: 'Does the mobile unit have its own propulsion?',
    },
    example: {
      nb: 'ja',
      nn: 'ja',
      en: 'yes',
    },
  },
  tankerType: {
    question: {
      nb: 'Hva slags tankskip er fartstiden opptjent på?',
      nn: 'Kva slags tankskip er fartstida opptent på?',
      en: 'What type of tanker was the sea time earned on?',
    },
    example: {
      nb: 'oljetankskip',
      nn: 'oljetankskip',
      en: 'oil tanker',
    },
    choices: {
      oil: {
        nb: 'Oljetankskip',
        nn: 'Oljetankskip',
        en: 'Oil tanker',
      },
      chemical: {
        nb: 'Kjemikalietankskip',
        nn: 'Kjemikalietankskip',
        en: 'Chemical tanker',
      },
      gas: {
        nb: 'Gasstankskip',
        nn: 'Gasstankskip',
        en: 'Gas tanker',
      },
    },
  },
  certificate: {
    question: {
      nb: 'Hvilket dekksoffisersertifikat gjelder det?',
      nn: 'Kva dekksoffisersertifikat gjeld det?',
      en: 'Which deck officer certificate is it about?',
    },
    example: {
      nb: 'D4',
      nn: 'D4',
      en: 'D4',
    },
    choices: {
      D5: {
        nb: 'D5 (dekksoffiser klasse 5)',
        nn: 'D5 (dekksoffiser klasse 5)',
        en: 'D5 (deck officer class 5)',
      },
      D4: {
        nb: 'D4 (dekksoffiser klasse 4)',
        nn: 'D4 (dekksoffiser klasse 4)',
        en: 'D4 (deck officer class 4)',
      },
      D3: {
        nb: 'D3 (dekksoffiser klasse 3)',
        nn: 'D3 (dekksoffiser klasse 3)',
        en: 'D3 (deck officer class 3)',
      },
    },
  },
  seaTimeDays: {
    question: {
      nb: 'Hvor mange dager fartstid har du på sjøgående skip med største lengde 15 meter eller mer?',
      nn: 'Kor mange dagar fartstid har du på sjøgåande skip med største lengde 15 meter eller meir?',
      en: 'How many days of sea time do you have on seagoing ships of 15 metres length overall or more?',
    },
    example: {
      nb: '1080 dager',
      nn: '1080 dagar',
      en: '1080 days',
    },
  },
  bridgeWatchDays: {
    question: {
      nb: 'Hvor mange av fartstidsdagene var med brovakttjeneste?',
      nn: 'Kor mange av fartstidsdagane var med bruvaktteneste?',
      en: 'How many of those sea-time days included bridge watchkeeping?',
    },
    example: {
      nb: '180 dager',
      nn: '180 dagar',
      en: '180 days',
    },
  },
  daysAfterDiploma: {
    question: {
      nb: 'Hvor mange dager fartstid har du opptjent etter at det endelige vitnemålet ble utstedt?',
      nn: 'Kor mange dagar fartstid har du opptent etter at det endelege vitnemålet vart skrive ut?',
      en: 'How many days of sea time have you earned after your final diploma was issued?',
    },
    example: {
      nb: '120 dager',
      nn: '120 dagar',
      en: '120 days',
    },
  },
  hasAssessment: {
    question: {
      nb: 'Har du fått bedømmelse fra en godkjent assessor?',
      nn: 'Har du fått bedømming frå ein godkjend assessor?',
      en: 'Have you had an assessment by an approved assessor?',
    },
    example: {
      nb: 'ja',
      nn: 'ja',
      en: 'yes',
    },
  },
  trainingProgramDays: {
    question: {
      nb: 'Hvor mange dager fartstid har du i et godkjent opplæringsprogram om bord på sjøgående skip med største lengde 15 meter eller mer, dokumentert i webcadet eller ISF-kadettbok?',
      nn: 'Kor mange dagar fartstid har du i eit godkjent opplæringsprogram om bord på sjøgåande skip med største lengde 15 meter eller meir, dokumentert i webcadet eller ISF-kadettbok?',
      en: 'How many days of sea time do you have in an approved training programme on board seagoing ships of 15 metres length overall or more, documented in webcadet or the ISF cadet book?',
    },
    example: {
      nb: '360 dager',
      nn: '360 dagar',
      en: '360 days',
    },
  },
  tradeCertificate: {
    question: {
      nb: 'Har du fagbrev som matros eller som fisker?',
      nn: 'Har du fagbrev som matros eller som fiskar?',
      en: 'Do you hold a trade certificate as able seaman or as fisherman?',
    },
    example: {
      nb: 'fagbrev som matros',
      nn: 'fagbrev som matros',
      en: 'able seaman',
    },
    choices: {
      matros: {
        nb: 'Fagbrev som matros',
        nn: 'Fagbrev som matros',
        en: 'Trade certificate as able seaman (matros)',
      },
      fisker: {
        nb: 'Fagbrev som fisker',
        nn: 'Fagbrev som fiskar',
        en: 'Trade certificate as fisherman (fisker)',
      },
      none: {
        nb: 'Nei, ingen av delene',
        nn: 'Nei, ingen av delane',
        en: 'No, neither',
      },
    },
  },
  monthsAsOfficerOfTheWatchSinceIssue: {
    question: {
      nb: 'Hvor mange måneders fartstid har du i sertifikatpliktig stilling som vaktoffiser etter at sertifikatet ble utstedt første gang?',
      nn: 'Kor mange månaders fartstid har du i sertifikatpliktig stilling som vaktoffiser etter at sertifikatet vart skrive ut første gongen?',
      en: 'How many months of sea time do you have as officer of the watch in a position requiring the certificate, since the certificate was first issued?',
    },
    example: {
      nb: '12 måneder',
      nn: '12 månader',
      en: '12 months',
    },
  },
  certificateKind: {
    question: {
      nb: 'Er det et midlertidig ISSC (I-ISSC) eller et fulltids ISSC?',
      nn: 'Er det eit mellombels ISSC (I-ISSC) eller eit fulltids ISSC?',
      en: 'Is it an interim ISSC (I-ISSC) or a full-term ISSC?',
    },
    example: {
      nb: 'midlertidig',
      nn: 'mellombels',
      en: 'interim',
    },
    choices: {
      interim: {
        nb: 'Midlertidig ISSC (I-ISSC)',
        nn: 'Mellombels ISSC (I-ISSC)',
        en: 'Interim ISSC (I-ISSC)',
      },
      full: {
        nb: 'Fulltids ISSC',
        nn: 'Fulltids ISSC',
        en: 'Full-term ISSC',
      },
    },
  },
  issueDate: {
    question: {
      nb: 'Hvilken dato ble dokumentet utstedt (dd.mm.åååå)?',
      nn: 'Kva dato vart dokumentet skrive ut (dd.mm.åååå)?',
      en: 'On what date was the document issued (dd.mm.yyyy)?',
    },
    example: {
      nb: '15.09.2024',
      nn: '15.09.2024',
      en: '15.09.2024',
    },
  },
  expiryDate: {
    question: {
      nb: 'Hvilken utløpsdato står på dokumentet (dd.mm.åååå)?',
      nn: 'Kva utløpsdato står på dokumentet (dd.mm.åååå)?',
      en: 'What expiry date is printed on the document (dd.mm.yyyy)?',
    },
    example: {
      nb: '14.09.2029',
      nn: '14.09.2029',
      en: '14.09.2029',
    },
  },
  verificationDate: {
    question: {
      nb: 'Hvilken dato ble eller blir fornyelsesverifikasjonen gjennomført (dd.mm.åååå)?',
      nn: 'Kva dato vart eller blir fornyingsverifikasjonen gjennomført (dd.mm.åååå)?',
      en: 'What is the date of the renewal verification, done or planned (dd.mm.yyyy)?',
    },
    example: {
      nb: '01.07.2029',
      nn: '01.07.2029',
      en: '01.07.2029',
    },
  },
  intermediateDate: {
    question: {
      nb: 'Hvilken dato ble eller blir den mellomliggende verifikasjonen gjennomført (dd.mm.åååå)?',
      nn: 'Kva dato vart eller blir den mellomliggjande verifikasjonen gjennomført (dd.mm.åååå)?',
      en: 'What is the date of the intermediate verification, done or planned (dd.mm.yyyy)?',
    },
    example: {
      nb: '01.03.2027',
      nn: '01.03.2027',
      en: '01.03.2027',
    },
  },
  ageAtIssue: {
    question: {
      nb: 'Hvor gammel var du da helseerklæringen ble utstedt (i hele år)?',
      nn: 'Kor gammal var du då helseerklæringa vart skriven ut (i heile år)?',
      en: 'How old were you when the health certificate was issued (in whole years)?',
    },
    example: {
      nb: '17 år',
      nn: '17 år',
      en: '17 years',
    },
  },
  onDate: {
    question: {
      nb: 'Hvilken dato vil du sjekke gyldigheten for (dd.mm.åååå)?',
      nn: 'Kva dato vil du sjekke gyldigheita for (dd.mm.åååå)?',
      en: 'For which date do you want to check validity (dd.mm.yyyy)?',
    },
    example: {
      nb: '01.05.2026',
      nn: '01.05.2026',
      en: '01.05.2026',
    },
  },
  uploadedDocuments: {
    question: {
      nb: 'Hvilken dokumentasjon lastet du opp manuelt som vedlegg i søknaden, i stedet for at den ble rapportert elektronisk? Velg alt som passer, eller svar «ingen».',
      nn: 'Kva dokumentasjon lasta du opp manuelt som vedlegg i søknaden, i staden for at ho vart rapportert elektronisk? Vel alt som passar, eller svar «ingen».',
      en: 'Which documents did you upload by hand as attachments to your application, instead of having them reported electronically? Choose all that apply, or answer "none".',
    },
    example: {
      nb: 'fartstid og kurs',
      nn: 'fartstid og kurs',
      en: 'sea time and courses',
    },
    choices: {
      'sea-time': {
        nb: 'Fartstid (fartstidsattest)',
        nn: 'Fartstid (fartstidsattest)',
        en: 'Sea time (sea-time confirmation)',
      },
      courses: {
        nb: 'Kursbevis',
        nn: 'Kursbevis',
        en: 'Course certificates',
      },
      assessment: {
        nb: 'Bedømmelse fra assessor',
        nn: 'Bedømming frå assessor',
        en: 'Assessment by an assessor',
      },
      'additional-competence': {
        nb: 'Tilleggskompetanse',
        nn: 'Tilleggskompetanse',
        en: 'Additional competence',
      },
      'health-certificate': {
        nb: 'Helseerklæring',
        nn: 'Helseerklæring',
        en: 'Health certificate',
      },
      education: {
        nb: 'Utdanning (vitnemål)',
        nn: 'Utdanning (vitnemål)',
        en: 'Education (diploma)',
      },
    },
  },
  seagoing: {
    question: {
      nb: 'Er fartøyet et sjøgående skip?',
      nn: 'Er fartøyet eit sjøgåande skip?',
      en: 'Is the vessel a seagoing ship?',
    },
    example: {
      nb: 'ja',
      nn: 'ja',
      en: 'yes',
    },
  },
  hasTradeCertificate: {
    question: {
      nb: 'Har du fagbrev som matros?',
      nn: 'Har du fagbrev som matros?',
      en: 'Do you hold a trade certificate as able seaman?',
    },
    example: {
      nb: 'nei',
      nn: 'nei',
      en: 'no',
    },
  },
  monthsAsOrdinarySeaman: {
    question: {
      nb: 'Hvor mange måneders tjenestetid har du som lettmatros?',
      nn: 'Kor mange månaders tenestetid har du som lettmatros?',
      en: 'How many months of service do you have as ordinary seaman?',
    },
    example: {
      nb: '12 måneder',
      nn: '12 månader',
      en: '12 months',
    },
  },
  monthsDeckService: {
    question: {
      nb: 'Hvor mange måneders tjenestetid har du på dekk i alt? Ta med tiden som lettmatros.',
      nn: 'Kor mange månaders tenestetid har du på dekk i alt? Ta med tida som lettmatros.',
      en: 'How many months of service do you have on deck in all? Include your time as ordinary seaman.',
    },
    example: {
      nb: '24 måneder',
      nn: '24 månader',
      en: '24 months',
    },
  },
  monthsEngineService: {
    question: {
      nb: 'Hvor mange måneders tjenestetid har du i maskin?',
      nn: 'Kor mange månaders tenestetid har du i maskin?',
      en: 'How many months of service do you have in the engine room?',
    },
    example: {
      nb: '6 måneder',
      nn: '6 månader',
      en: '6 months',
    },
  },
  monthsMechanicalPractice: {
    question: {
      nb: 'Har du annen praksis som kan regnes som tjenestetid: praktisk opplæring, yrkespraksis i mekaniske eller maritime fag, eller relevant tjeneste på flyttbare innretninger? Hvor mange måneder i alt, utenom tjenestetiden om bord du allerede har oppgitt? Svar 0 hvis du ikke har det.',
      nn: 'Har du anna praksis som kan reknast som tenestetid: praktisk opplæring, yrkespraksis i mekaniske eller maritime fag, eller relevant teneste på flyttbare innretningar? Kor mange månader i alt, utanom tenestetida om bord som du alt har oppgitt? Svar 0 om du ikkje har det.',
      en: 'Do you have other practice that can count as service time: practical training, vocational practice in mechanical or maritime trades, or relevant service on mobile units? How many months in all, besides the service on board you have already given? Answer 0 if you have none.',
    },
    example: {
      nb: '8 måneder',
      nn: '8 månader',
      en: '8 months',
    },
  },
  ratingPosition: {
    question: {
      nb: 'Hvilken stilling gjelder det?',
      nn: 'Kva stilling gjeld det?',
      en: 'Which position is it about?',
    },
    example: {
      nb: 'smører',
      nn: 'smørjar',
      en: 'oiler',
    },
    choices: {
      lettmatros: {
        nb: 'Lettmatros',
        nn: 'Lettmatros',
        en: 'Ordinary seaman (lettmatros)',
      },
      smorer: {
        nb: 'Smører',
        nn: 'Smørjar',
        en: 'Oiler (smører)',
      },
      maskinpasser: {
        nb: 'Maskinpasser (motormann)',
        nn: 'Maskinpassar (motormann)',
        en: 'Engine rating (maskinpasser / motorman)',
      },
      'maskinpasser-lettmatros': {
        nb: 'Maskinpasser-lettmatros',
        nn: 'Maskinpassar-lettmatros',
        en: 'Combined engine rating and ordinary seaman (maskinpasser-lettmatros)',
      },
    },
  },
} satisfies Localized<FactQuestions>;
