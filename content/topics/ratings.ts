/**
 * Ratings: lettmatros, smører, maskinpasser and matros (seed 003).
 * Titles and answers in bokmål, nynorsk and English, side by side. Every statement comes from the
 * Sdir seed documents (`shared/seeds/`) or a confirmed item in `shared/domain/facts.md`, in our own
 * words. For a topic with a rule, the answer is the general answer and the intro to the guided questions.
 */
import type { Localized } from '../localized.js';
import type { TopicGroup } from '../types.js';

export const ratingsTopics = {
  'ratings.lettmatros': {
    title: {
      nb: 'Krav til lettmatros',
      nn: 'Krav til lettmatros',
      en: 'Requirements for ordinary seaman (lettmatros)',
    },
    answer: {
      nb:
        'Lettmatros må ha seks måneders tjenestetid på dekk (kvalifikasjonsforskriften § 78).\n\n' +
        'Praktisk opplæring, yrkespraksis i mekaniske fag eller maritime fag, eller relevant tjeneste på flyttbare innretninger kan regnes som tjenestetid.\n\n' +
        'Oppgi tjenestetiden din, så sjekker jeg om du oppfyller kravet.',
      nn:
        'Lettmatros må ha seks månader tenestetid på dekk (kvalifikasjonsforskrifta § 78).\n\n' +
        'Praktisk opplæring, yrkespraksis i mekaniske eller maritime fag, eller relevant teneste på flyttbare innretningar kan reknast som tenestetid.\n\n' +
        'Oppgi tenestetida di, så sjekkar eg om du oppfyller kravet.',
      en:
        'An ordinary seaman (lettmatros) must have six months of service on deck (Qualification Regulations § 78).\n\n' +
        'Practical training, work experience in mechanical or maritime trades, or relevant service on mobile units can count as service.\n\n' +
        'Tell me your service time and I will check whether you meet the requirement.',
    },
  },
  'ratings.smorer': {
    title: {
      nb: 'Krav til smører',
      nn: 'Krav til smørjar',
      en: 'Requirements for oiler (smører)',
    },
    answer: {
      nb:
        'Smører må ha minst seks måneders tjenestetid i maskin (kvalifikasjonsforskriften § 77).\n\n' +
        'Praktisk opplæring, yrkespraksis i mekaniske fag eller maritime fag, eller relevant tjeneste på flyttbare innretninger kan regnes som tjenestetid.\n\n' +
        'Oppgi tjenestetiden din, så sjekker jeg om du oppfyller kravet.',
      nn:
        'Smørjar må ha minst seks månader tenestetid i maskin (kvalifikasjonsforskrifta § 77).\n\n' +
        'Praktisk opplæring, yrkespraksis i mekaniske eller maritime fag, eller relevant teneste på flyttbare innretningar kan reknast som tenestetid.\n\n' +
        'Oppgi tenestetida di, så sjekkar eg om du oppfyller kravet.',
      en:
        'An oiler (smører) must have at least six months of service in the engine room (Qualification Regulations § 77).\n\n' +
        'Practical training, work experience in mechanical or maritime trades, or relevant service on mobile units can count as service.\n\n' +
        'Tell me your service time and I will check whether you meet the requirement.',
    },
  },
  'ratings.maskinpasser': {
    title: {
      nb: 'Krav til maskinpasser og motormann',
      nn: 'Krav til maskinpassar og motormann',
      en: 'Requirements for engine rating (maskinpasser) and motorman',
    },
    answer: {
      nb:
        'Maskinpasser må ha minst seks måneders tjenestetid i maskin og 30 måneders tjenestetid slik den er beskrevet i § 77 om smører (kvalifikasjonsforskriften § 80). Forskriften sier ikke om de seks månedene i maskin inngår i de 30 månedene eller kommer i tillegg.\n\n' +
        'Det samme kravet gjelder for motormann som ikke skal ha ferdighetssertifikat som motormann, og som ikke har fagbrev.\n\n' +
        'Oppgi tjenestetiden din, så sjekker jeg om du oppfyller kravet.',
      nn:
        'Maskinpassar må ha minst seks månader tenestetid i maskin og 30 månader tenestetid slik ho er skildra i § 77 om smørjar (kvalifikasjonsforskrifta § 80). Forskrifta seier ikkje om dei seks månadene i maskin inngår i dei 30 månadene eller kjem i tillegg.\n\n' +
        'Det same kravet gjeld for motormann som ikkje skal ha ferdigheitssertifikat som motormann, og som ikkje har fagbrev.\n\n' +
        'Oppgi tenestetida di, så sjekkar eg om du oppfyller kravet.',
      en:
        'An engine rating (maskinpasser) must have at least six months of service in the engine room and 30 months of service as described in § 77 on oilers (Qualification Regulations § 80). The regulations do not say whether the six months in the engine room are part of the 30 months or come on top of them.\n\n' +
        'The same requirement applies to a motorman who is not required to hold a motorman proficiency certificate and has no trade certificate (fagbrev).\n\n' +
        'Tell me your service time and I will check whether you meet the requirement.',
    },
  },
  'ratings.maskinpasser-lettmatros': {
    title: {
      nb: 'Krav til maskinpasser-lettmatros',
      nn: 'Krav til maskinpassar-lettmatros',
      en: 'Requirements for the combined engine rating and ordinary seaman',
    },
    answer: {
      nb:
        'En maskinpasser-lettmatros må oppfylle kravene både til maskinpasser og til lettmatros:\n\n' +
        '• maskinpasser (kvalifikasjonsforskriften § 80): minst seks måneders tjenestetid i maskin og 30 måneders tjenestetid slik den er beskrevet i § 77\n' +
        '• lettmatros (§ 78): seks måneders tjenestetid på dekk\n\n' +
        'Oppgi tjenestetiden din på dekk og i maskin, så sjekker jeg om du oppfyller begge kravene.',
      nn:
        'Ein maskinpassar-lettmatros må oppfylle krava både til maskinpassar og til lettmatros:\n\n' +
        '• maskinpassar (kvalifikasjonsforskrifta § 80): minst seks månader tenestetid i maskin og 30 månader tenestetid slik ho er skildra i § 77\n' +
        '• lettmatros (§ 78): seks månader tenestetid på dekk\n\n' +
        'Oppgi tenestetida di på dekk og i maskin, så sjekkar eg om du oppfyller begge krava.',
      en:
        'A maskinpasser-lettmatros (combined engine rating and ordinary seaman) must meet the requirements for both positions:\n\n' +
        '• engine rating (Qualification Regulations § 80): at least six months of service in the engine room and 30 months of service as described in § 77\n' +
        '• ordinary seaman (§ 78): six months of service on deck\n\n' +
        'Tell me your deck and engine-room service and I will check whether you meet both requirements.',
    },
  },
  'ratings.matros': {
    title: {
      nb: 'Krav til matros',
      nn: 'Krav til matros',
      en: 'Requirements for able seaman (matros)',
    },
    answer: {
      nb:
        'Skal du være matros på et sjøgående skip på 500 BT eller mer, må du ha ferdighetssertifikat matros (kvalifikasjonsforskriften § 34).\n\n' +
        'Har fartøyet fartsområde 2 eller lavere, eller er det under 500 BT, står det ikke noe sertifikatkrav for matros i bemanningssertifikatet. For matros uten krav om ferdighetssertifikat gjelder § 79:\n' +
        '• Uten fagbrev: minst ett års tjenestetid som lettmatros og to års tjenestetid som nevnt i § 78. Tjeneste i en stilling med dekkstjeneste, eller relevant tjeneste på flyttbar innretning, kan erstatte tiden som lettmatros.\n' +
        '• Med fagbrev som matros: ett års tjenestetid på dekk.\n\n' +
        'Svar på noen spørsmål, så sjekker jeg hva som gjelder for deg.',
      nn:
        'Skal du vere matros på eit sjøgåande skip på 500 BT eller meir, må du ha ferdigheitssertifikat matros (kvalifikasjonsforskrifta § 34).\n\n' +
        'Har fartøyet fartsområde 2 eller lågare, eller er det under 500 BT, står det ikkje noko sertifikatkrav for matros i bemanningssertifikatet. For matros utan krav om ferdigheitssertifikat gjeld § 79:\n' +
        '• Utan fagbrev: minst eitt år tenestetid som lettmatros og to år tenestetid som nemnt i § 78. Teneste i ei stilling med dekksteneste, eller relevant teneste på ei flyttbar innretning, kan erstatte tida som lettmatros.\n' +
        '• Med fagbrev som matros: eitt år tenestetid på dekk.\n\n' +
        'Svar på nokre spørsmål, så sjekkar eg kva som gjeld for deg.',
      en:
        'To serve as able seaman (matros) on a seagoing ship of 500 GT or more, you must hold the able seaman proficiency certificate (Qualification Regulations § 34).\n\n' +
        'If the vessel has trading area 2 or lower, or is under 500 GT, the manning certificate states no certificate requirement for able seaman. For an able seaman who does not need the proficiency certificate, § 79 applies:\n' +
        '• Without a trade certificate: at least one year of service as ordinary seaman and two years of service as referred to in § 78. Service in a position that includes deck duties, or relevant service on a mobile unit, can replace the time as ordinary seaman.\n' +
        '• With a trade certificate as able seaman: one year of service on deck.\n\n' +
        'Answer a few questions and I will check what applies to you.',
    },
  },
} satisfies Localized<TopicGroup<'ratings'>>;
