/**
 * The health certificate (seed 002, facts.md).
 * Titles and answers in bokmål, nynorsk and English, side by side. Every statement comes from the
 * Sdir seed documents (`shared/seeds/`) or a confirmed item in `shared/domain/facts.md`, in our own
 * words. For a topic with a rule, the answer is the general answer and the intro to the guided questions.
 */
import type { Localized } from '../localized.js';
import type { TopicGroup } from '../types.js';

export const healthTopics = {
  'health.certificate': {
    title: {
      nb: 'Helseerklæring for sjøfolk',
      nn: 'Helseerklæring for sjøfolk',
      en: 'Health certificate for seafarers',
    },
    answer: {
      nb:
        'En helseerklæring for sjøfolk gjelder i inntil 2 år, eller inntil 1 år hvis du er under 18 år. Legen kan sette kortere gyldighet, eller begrense den til et fartsområde, en periode eller en stilling. Den gamle regelen om 1 år for enkelte aldersgrupper på fiskefartøy ble opphevet i 2014.\n\n' +
        'D6-sertifikatet er ikke gyldig uten gyldig helseerklæring. Begrensninger i helseerklæringen står ikke på D6-sertifikatet, men du må følge dem likevel. Helseerklæringen utstedes av en godkjent sjømannslege.\n\n' +
        'Oppgi når helseerklæringen ble utstedt, så sjekker jeg hvor lenge den gjelder.',
      nn:
        'Ei helseerklæring for sjøfolk gjeld i inntil 2 år, eller inntil 1 år dersom du er under 18 år. Legen kan setje kortare gyldigheitstid, eller avgrense erklæringa til eit fartsområde, ein periode eller ei stilling. Den gamle regelen om 1 år for somme aldersgrupper på fiskefartøy vart oppheva i 2014.\n\n' +
        'D6-sertifikatet er ikkje gyldig utan gyldig helseerklæring. Avgrensingar i helseerklæringa står ikkje på D6-sertifikatet, men du må følgje dei likevel. Helseerklæringa blir skriven ut av ein godkjend sjømannslege.\n\n' +
        'Oppgi når helseerklæringa vart skriven ut, så sjekkar eg kor lenge ho gjeld.',
      en:
        "A seafarer's health certificate is valid for up to 2 years, or up to 1 year if you are under 18. The doctor may set a shorter validity, or limit it to a trading area, a period or a position. The old rule of 1 year for certain age groups on fishing vessels was repealed in 2014.\n\n" +
        "A D6 certificate is not valid without a valid health certificate. Limitations in the health certificate are not shown on the D6 certificate, but you must still follow them. The health certificate is issued by an approved seafarers' doctor.\n\n" +
        'Tell me when the health certificate was issued and I will check how long it is valid.',
    },
  },
} satisfies Localized<TopicGroup<'health'>>;
