/**
 * Master rights after a first D5, D4 or D3.
 *
 * Sdir (seed 004): a first D5, D4 or D3 is issued without master rights. To get them, apply for
 * renewal of the certificate on the basis of at least 12 months of sea time in a certificated
 * position earned after the first issue. facts.md (Sdir's table, C): the holder must be 20 or older,
 * and the master rights cover ships under 500 GT in nord- og østersjøfart.
 */
import { fact } from './facts.js';
import { checkRequirements } from './requirements.js';
import { defineRule, num } from './rule.js';
import { cite } from './sources.js';
import { limit } from './thresholds.js';

type Facts = { certificate: 'D5' | 'D4' | 'D3'; age: number; monthsAsOfficerOfTheWatchSinceIssue: number };

export const masterRights = defineRule<Facts>({
  id: 'master-rights',
  topic: 'deck.master-rights',
  title: {
    nb: 'Førerrettigheter etter første D5, D4 eller D3',
    nn: 'Førerrettigheter etter første D5, D4 eller D3',
    en: 'Master rights after a first D5, D4 or D3',
  },
  summary: {
    nb: 'Første utstedelse av D5, D4 og D3 gir ikke førerrettigheter. Avgjør om innehaveren kan få dem ved å søke fornyelse: fylt 20 år og minst 12 måneders fartstid som vaktoffiser opptjent etter første utstedelse. Rettighetene gjelder skip under 500 BT i nord- og østersjøfart.',
    nn: 'Første utstedelse av D5, D4 og D3 gir ikke førerrettigheter. Avgjør om innehaveren kan få dem ved å søke fornyelse: fylt 20 år og minst 12 måneders fartstid som vaktoffiser opptjent etter første utstedelse. Rettighetene gjelder skip under 500 BT i nord- og østersjøfart.',
    en: 'A first D5, D4 or D3 carries no master rights. Decides whether the holder can get them by applying for renewal: aged 20 or more, with at least 12 months as officer of the watch earned after the first issue. The rights cover ships under 500 GT in North Sea and Baltic trade.',
  },
  facts: [fact('certificate', { optional: true }), fact('age'), fact('monthsAsOfficerOfTheWatchSinceIssue')],
  outcomes: ['eligible', 'not-eligible'],
  thresholds: ['masterRightsMinAge', 'masterRightsMinMonths', 'masterRightsMaxGrossTonnageExclusive'],
  citations: [cite('sdirSeaTimeFaq'), cite('qualificationRegulations')],
  evaluate(f) {
    const check = checkRequirements(f, [
      { fact: 'age', atLeast: 'masterRightsMinAge' },
      { fact: 'monthsAsOfficerOfTheWatchSinceIssue', atLeast: 'masterRightsMinMonths' },
    ]);
    const firstIssue = {
      nb: 'Første utstedelse av D5, D4 og D3 gis uten førerrettigheter.',
      nn: 'Første utstedelse av D5, D4 og D3 gis uten førerrettigheter.',
      en: 'A first D5, D4 or D3 is issued without master rights.',
    };
    if (check.status === 'failed')
      return {
        outcome: 'not-eligible',
        values: { shortfalls: check.shortfalls },
        reasons: [firstIssue, ...check.reasons],
      };
    // The certificate (D5, D4 or D3) does not change the answer, so it is never asked for.
    if (check.status === 'open') return { needs: check.missing };
    const gt = num(limit('masterRightsMaxGrossTonnageExclusive'));
    return {
      outcome: 'eligible',
      reasons: [
        firstIssue,
        ...(check.status === 'met' ? check.reasons : []),
        {
          nb: `Søk om fornyelse av ${f.certificate ?? 'sertifikatet'} med denne fartstiden for å få førerrettigheter på skip under ${gt.nb} BT i nord- og østersjøfart.`,
          nn: `Søk om fornyelse av ${f.certificate ?? 'sertifikatet'} med denne fartstiden for å få førerrettigheter på skip under ${gt.nn} BT i nord- og østersjøfart.`,
          en: `Apply for renewal of ${f.certificate ? `the ${f.certificate}` : 'the certificate'} with this sea time to get master rights on ships under ${gt.en} GT in North Sea and Baltic trade.`,
        },
      ],
    };
  },
});
