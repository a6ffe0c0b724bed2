/**
 * What a D6 holder may serve as, and where (seed 003).
 * Titles and answers in bokmål, nynorsk and English, side by side. Every statement comes from the
 * Sdir seed documents (`shared/seeds/`) or a confirmed item in `shared/domain/facts.md`, in our own
 * words. For a topic with a rule, the answer is the general answer and the intro to the guided questions.
 */
import type { Localized } from '../localized.js';
import type { TopicGroup } from '../types.js';

export const d6Topics = {
  'd6.privileges': {
    title: {
      nb: 'D6: hva sertifikatet gir rett til',
      nn: 'D6: kva sertifikatet gir rett til',
      en: 'D6: what the certificate allows',
    },
    answer: {
      nb:
        'D6 (dekksoffiser klasse 6) gir rett til å tjenestegjøre på skip under 500 BT i fartsområde liten kystfart, men ikke på passasjerskip eller fiskefartøy:\n\n' +
        '• som ansvarshavende vaktoffiser eller overstyrmann på skip med lengde (L) under 24 meter\n' +
        '• som skipsfører på skip med største lengde under 15 meter\n\n' +
        'Har du fylt 20 år og har minst 12 måneders fartstid som ansvarshavende vaktoffiser på skip med største lengde 8 meter eller mer, kan du også være skipsfører på skip med lengde (L) under 24 meter i liten kystfart (kvalifikasjonsforskriften § 23).\n\n' +
        'D6-sertifikatet er bare gyldig når du har gyldig helseerklæring. Svar på noen spørsmål, så sjekker jeg om D6 holder for stillingen.',
      nn:
        'D6 (dekksoffiser klasse 6) gir rett til å tenestegjere på skip under 500 BT i fartsområde liten kystfart, men ikkje på passasjerskip eller fiskefartøy:\n\n' +
        '• som ansvarshavande vaktoffiser eller overstyrmann på skip med lengde (L) under 24 meter\n' +
        '• som skipsførar på skip med største lengde under 15 meter\n\n' +
        'Har du fylt 20 år og har minst 12 månader fartstid som ansvarshavande vaktoffiser på skip med største lengde 8 meter eller meir, kan du òg vere skipsførar på skip med lengde (L) under 24 meter i liten kystfart (kvalifikasjonsforskrifta § 23).\n\n' +
        'D6-sertifikatet er berre gyldig når du har gyldig helseerklæring. Svar på nokre spørsmål, så sjekkar eg om D6 held for stillinga.',
      en:
        'D6 (deck officer class 6) allows you to serve on ships under 500 GT in the trading area liten kystfart (limited coastal trade), but not on passenger ships or fishing vessels:\n\n' +
        '• as officer in charge of a navigational watch or chief mate on ships with a length (L) under 24 metres\n' +
        '• as master on ships with a length overall under 15 metres\n\n' +
        'If you are at least 20 years old and have at least 12 months of sea time as officer in charge of a navigational watch on ships of 8 metres length overall or more, you may also serve as master on ships with a length (L) under 24 metres in liten kystfart (Qualification Regulations § 23).\n\n' +
        'A D6 certificate is only valid together with a valid health certificate. Answer a few questions and I will check whether D6 covers the position.',
    },
  },
} satisfies Localized<TopicGroup<'d6'>>;
