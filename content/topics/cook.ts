/**
 * The ship's cook: when one is required and what the cook must have (seed 003).
 * Titles and answers in bokmål, nynorsk and English, side by side. Every statement comes from the
 * Sdir seed documents (`shared/seeds/`) or a confirmed item in `shared/domain/facts.md`, in our own
 * words. For a topic with a rule, the answer is the general answer and the intro to the guided questions.
 */
import type { Localized } from '../localized.js';
import type { TopicGroup } from '../types.js';

export const cookTopics = {
  'cook.required': {
    title: {
      nb: 'Når kreves skipskokk?',
      nn: 'Når er det krav om skipskokk?',
      en: "When is a ship's cook required?",
    },
    answer: {
      nb:
        'Det kreves skipskokk på fartøy der sikkerhetsbemanningen er 10 personer eller flere.\n\n' +
        'Oppgi hvor mange personer sikkerhetsbemanningen består av, så sier jeg om fartøyet må ha skipskokk.',
      nn:
        'Det er krav om skipskokk på fartøy der sikkerheitsbemanninga er 10 personar eller fleire.\n\n' +
        'Oppgi kor mange personar det er i sikkerheitsbemanninga, så seier eg om fartøyet må ha skipskokk.',
      en:
        "A ship's cook is required on vessels where the safe manning is 10 persons or more.\n\n" +
        "Tell me how many persons the safe manning consists of, and I will tell you whether the vessel must have a ship's cook.",
    },
  },
  'cook.qualification': {
    title: {
      nb: 'Krav til skipskokk',
      nn: 'Krav til skipskokk',
      en: "Requirements for a ship's cook",
    },
    answer: {
      nb:
        'Kravene til skipskokk står i kvalifikasjonsforskriften § 52:\n\n' +
        '• Skipskokken må ha fylt 18 år og ha utdanning og opplæring som er relevant for stillingen.\n' +
        '• Relevant utdanning er restaurant- og matfag etter Utdanningsdirektoratets tilbudsstruktur, eller tilsvarende utdanning godkjent av myndighetene i et annet land, med bestått praktisk prøve.\n' +
        '• Er sikkerhetsbemanningen under 10 personer, kan rederiet bruke en kokk uten slik utdanning hvis rederiet dokumenterer en utsjekk av kokkeferdighetene. Utsjekken må minst dekke matlaging, ernæringskunnskap og mathygiene, også behandling og lagring av mat. Har skipet ingen sikkerhetsbemanning, gjelder det samme når bemanningen er under 10 personer.\n\n' +
        'Svar på noen spørsmål, så sjekker jeg om kokken oppfyller kravene.',
      nn:
        'Krava til skipskokk står i kvalifikasjonsforskrifta § 52:\n\n' +
        '• Skipskokken må ha fylt 18 år og ha utdanning og opplæring som er relevant for stillinga.\n' +
        '• Relevant utdanning er restaurant- og matfag etter tilbodsstrukturen til Utdanningsdirektoratet, eller tilsvarande utdanning som styresmaktene i eit anna land har godkjent, med bestått praktisk prøve.\n' +
        '• Er sikkerheitsbemanninga under 10 personar, kan reiarlaget bruke ein kokk utan slik utdanning dersom reiarlaget dokumenterer at kokkeferdigheitene er sjekka. Sjekken må minst dekkje matlaging, ernæringskunnskap og mathygiene, òg behandling og lagring av mat. Har skipet inga sikkerheitsbemanning, gjeld det same når bemanninga er under 10 personar.\n\n' +
        'Svar på nokre spørsmål, så sjekkar eg om kokken oppfyller krava.',
      en:
        "The requirements for a ship's cook are in § 52 of the Qualification Regulations:\n\n" +
        '• The cook must be at least 18 years old and have education and training relevant to the position.\n' +
        "• Relevant education means the restaurant and food-processing programme in the Norwegian Directorate for Education and Training's course structure, or equivalent education recognised by another country's authorities, with a passed practical test.\n" +
        "• If the safe manning is fewer than 10 persons, the company may use a cook without such education if it documents a check of the person's cooking skills. The check must at least cover cooking, nutrition and food hygiene, including handling and storage of food. On a ship with no safe manning, the same applies where the crew is fewer than 10 persons.\n\n" +
        'Answer a few questions and I will check whether the cook meets the requirements.',
    },
  },
} satisfies Localized<TopicGroup<'cook'>>;
