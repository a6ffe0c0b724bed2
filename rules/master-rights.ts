/**
 * Master rights after a first D5, D4 or D3.
 *
 * Seed 004 (Sdir, "Diverse spørsmål tilknyttet fartstid"): a first D5, D4 or D3 is issued without
 * master rights. To get them, apply for renewal of the certificate on the basis of at least 12
 * months of sea time in a certificated position ("sertifikatpliktig stilling") earned after the
 * first issue. The seed says no more: the age of 20 and what the rights cover (ships under 500 GT
 * in nord- og østersjøfart) come from Sdir's table of deck officer certificates as facts.md
 * records it (status C), and are cited to that table, not to the seed.
 *
 * Reading: facts.md describes the 12 months as service as officer of the watch; the seed says "in a
 * certificated position". The question asks for months as officer of the watch in a certificated
 * position (see "Readings to review").
 */
import { fact } from './facts.js';
import { checkRequirements } from './requirements.js';
import { defineRule, num } from './rule.js';
import { cite } from './sources.js';
import { limit } from './thresholds.js';
import type { Text } from './types.js';

type Facts = { certificate: 'D5' | 'D4' | 'D3'; age: number; monthsAsOfficerOfTheWatchSinceIssue: number };

const FIRST_ISSUE: Text = {
  nb: 'Første utstedelse av D5, D4 og D3 gis uten førerrettigheter.',
  nn: 'D5, D4 og D3 blir skrivne ut utan førarrettar første gongen.',
  en: 'A first D5, D4 or D3 is issued without master rights.',
};

export const masterRights = defineRule<Facts>({
  id: 'master-rights',
  topic: 'deck.master-rights',
  title: {
    nb: 'Førerrettigheter etter første D5, D4 eller D3',
    nn: 'Førarrettar etter første D5, D4 eller D3',
    en: 'Master rights after a first D5, D4 or D3',
  },
  summary: {
    nb: 'Første utstedelse av D5, D4 og D3 gir ikke førerrettigheter. Avgjør om innehaveren kan få dem ved å søke om fornyelse: minst 12 måneders fartstid i sertifikatpliktig stilling som vaktoffiser, opptjent etter første utstedelse (Sjøfartsdirektoratets spørsmål og svar om fartstid), og fylt 20 år. Etter Sjøfartsdirektoratets sertifikattabell gjelder rettighetene skip under 500 BT i nord- og østersjøfart.',
    nn: 'Når D5, D4 og D3 blir skrivne ut første gongen, gir dei ikkje førarrettar. Avgjer om innehavaren kan få dei ved å søkje om fornying: minst 12 månaders fartstid i sertifikatpliktig stilling som vaktoffiser, opptent etter at sertifikatet vart skrive ut første gongen (spørsmål og svar om fartstid frå Sjøfartsdirektoratet), og fylt 20 år. Etter sertifikattabellen til Sjøfartsdirektoratet gjeld rettane skip under 500 BT i nord- og østersjøfart.',
    en: "A first D5, D4 or D3 carries no master rights. Decides whether the holder can get them by applying for renewal: at least 12 months of sea time as officer of the watch in a certificated position, earned after the first issue (the Authority's questions on sea time), and aged 20 or more. According to the Authority's certificate table the rights cover ships under 500 GT in North Sea and Baltic trade.",
  },
  facts: [fact('certificate', { optional: true }), fact('age'), fact('monthsAsOfficerOfTheWatchSinceIssue')],
  outcomes: ['eligible', 'not-eligible'],
  thresholds: ['masterRightsMinAge', 'masterRightsMinMonths', 'masterRightsMaxGrossTonnageExclusive'],
  citations: [cite('sdirSeaTimeFaq'), cite('sdirDeckOfficerTable')],
  evaluate(f) {
    const check = checkRequirements(f, [
      { fact: 'age', atLeast: 'masterRightsMinAge' },
      { fact: 'monthsAsOfficerOfTheWatchSinceIssue', atLeast: 'masterRightsMinMonths' },
    ]);
    const evaluated = f.certificate === undefined ? {} : { evaluated: f.certificate };
    if (check.status === 'failed')
      return {
        outcome: 'not-eligible',
        values: { ...evaluated, shortfalls: check.shortfalls },
        reasons: [FIRST_ISSUE, ...check.reasons],
      };
    // The certificate (D5, D4 or D3) does not change the answer, so it is never asked for.
    if (check.status === 'open') return { needs: check.missing };
    const gt = num(limit('masterRightsMaxGrossTonnageExclusive'));
    const which =
      f.certificate === undefined
        ? { nb: 'sertifikatet', nn: 'sertifikatet', en: 'the certificate' }
        : { nb: f.certificate, nn: f.certificate, en: `the ${f.certificate}` };
    return {
      outcome: 'eligible',
      ...(f.certificate === undefined ? {} : { values: evaluated }),
      reasons: [
        FIRST_ISSUE,
        ...check.reasons,
        {
          nb: `Søk om fornyelse av ${which.nb} med denne fartstiden for å få førerrettigheter. Etter Sjøfartsdirektoratets sertifikattabell gjelder de skip under ${gt.nb} BT i nord- og østersjøfart.`,
          nn: `Søk om fornying av ${which.nn} med denne fartstida for å få førarrettar. Etter sertifikattabellen til Sjøfartsdirektoratet gjeld dei skip under ${gt.nn} BT i nord- og østersjøfart.`,
          en: `Apply for renewal of ${which.en} with this sea time to get master rights. According to the Authority's certificate table they cover ships under ${gt.en} GT in North Sea and Baltic trade.`,
        },
      ],
    };
  },
});
