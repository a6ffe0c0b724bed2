/**
 * International Ship Security Certificate (ISSC) dates — Sdir's certification process for
 * non-delegated ships (seed 001), under the ISPS Code, Regulation (EC) 725/2004 and
 * FOR-2004-06-22-972.
 *
 * - An interim ISSC is valid for at most 6 months and cannot be extended.
 * - A full-term ISSC is valid for at most 5 years. The intermediate verification takes place
 *   between the second and third anniversary dates of the certificate (ISPS A/19.1.1). An
 *   anniversary date is the day and month of the expiry date in each year, so the window runs from
 *   expiry − 3 years to expiry − 2 years (for a 5-year certificate: issue + 2 to issue + 3 years).
 * - Renewal: a renewal verification within 3 months before expiry gives a new expiry date of the old
 *   expiry date plus five years; one more than 3 months before expiry gives the verification date
 *   plus five years. It must take place by the expiry date.
 *
 * Date policy: see `dates.ts` (month ends clamp; "within 3 months before" is inclusive).
 */
import { fact } from './facts.js';
import { isAfter, isBefore, plusMonths, plusYears } from './dates.js';
import { date, defineRule, factProblem, need } from './rule.js';
import { cite } from './sources.js';
import { limit } from './thresholds.js';

const citations = [cite('sdirIspsProcess'), cite('ispsCode', 'A/19'), cite('shipSecurityRegulations')];
const expiryFact = fact('expiryDate', { optional: true });

type ValidityFacts = { certificateKind: 'interim' | 'full'; issueDate: string; expiryDate: string };

export const isscValidity = defineRule<ValidityFacts>({
  id: 'issc-validity',
  topic: 'isps.verification-dates',
  topics: ['isps.verification-dates', 'isps.interim'],
  title: {
    nb: 'ISSC: gyldighet og mellomliggende verifikasjon',
    nn: 'ISSC: gyldighet og mellomliggende verifikasjon',
    en: 'ISSC: validity and intermediate verification',
  },
  summary: {
    nb: 'Regner ut siste mulige utløpsdato for et ISSC (midlertidig: 6 måneder fra utstedelse, kan ikke forlenges; fulltids: 5 år) og, for et fulltids ISSC, vinduet for mellomliggende verifikasjon mellom andre og tredje årsdag.',
    nn: 'Regner ut siste mulige utløpsdato for et ISSC (midlertidig: 6 måneder fra utstedelse, kan ikke forlenges; fulltids: 5 år) og, for et fulltids ISSC, vinduet for mellomliggende verifikasjon mellom andre og tredje årsdag.',
    en: 'Works out the latest possible expiry date of an ISSC (interim: 6 months from issue, cannot be extended; full-term: 5 years) and, for a full-term ISSC, the window for the intermediate verification between the second and third anniversary dates.',
  },
  facts: [fact('certificateKind'), fact('issueDate'), expiryFact],
  outcomes: ['dates'],
  thresholds: [
    'isscInterimMaxMonths',
    'isscFullMaxYears',
    'isscIntermediateFromAnniversary',
    'isscIntermediateToAnniversary',
  ],
  citations,
  evaluate(f) {
    // An expiry before the issue date is wrong whatever the kind: say so before asking anything.
    if (f.issueDate !== undefined && f.expiryDate !== undefined && isBefore(f.expiryDate, f.issueDate)) {
      return factProblem(expiryFact.spec, {
        nb: 'kan ikke være før utstedelsesdatoen.',
        nn: 'kan ikke være før utstedelsesdatoen.',
        en: 'cannot be before the date of issue.',
      });
    }
    const missing = need(f, 'certificateKind', 'issueDate');
    if (missing) return missing;
    const issue = f.issueDate!;
    const latest =
      f.certificateKind === 'interim'
        ? plusMonths(issue, limit('isscInterimMaxMonths'))
        : plusYears(issue, limit('isscFullMaxYears'));
    if (f.expiryDate !== undefined && (isAfter(f.expiryDate, latest) || isBefore(f.expiryDate, issue))) {
      return factProblem(expiryFact.spec, {
        nb: `må ligge mellom utstedelsesdatoen og ${date(latest).nb}, den lengste gyldigheten.`,
        nn: `må ligge mellom utstedelsesdatoen og ${date(latest).nn}, den lengste gyldigheten.`,
        en: `must lie between the date of issue and ${date(latest).en}, the longest validity.`,
      });
    }
    const expiry = f.expiryDate ?? latest;
    if (f.certificateKind === 'interim') {
      return {
        outcome: 'dates',
        values: { latestExpiry: latest, expiry },
        reasons: [
          {
            nb: `Et midlertidig ISSC gjelder i høyst ${limit('isscInterimMaxMonths')} måneder: utstedt ${date(issue).nb}, gjelder senest til ${date(latest).nb}. Det kan ikke forlenges.`,
            nn: `Et midlertidig ISSC gjelder i høyst ${limit('isscInterimMaxMonths')} måneder: utstedt ${date(issue).nn}, gjelder senest til ${date(latest).nn}. Det kan ikke forlenges.`,
            en: `An interim ISSC is valid for at most ${limit('isscInterimMaxMonths')} months: issued ${date(issue).en}, valid at the latest until ${date(latest).en}. It cannot be extended.`,
          },
        ],
      };
    }
    const intermediateFrom = plusYears(expiry, limit('isscIntermediateFromAnniversary') - limit('isscFullMaxYears'));
    const intermediateTo = plusYears(expiry, limit('isscIntermediateToAnniversary') - limit('isscFullMaxYears'));
    return {
      outcome: 'dates',
      values: { latestExpiry: latest, expiry, intermediateFrom, intermediateTo },
      reasons: [
        {
          nb: `Et fulltids ISSC gjelder i høyst ${limit('isscFullMaxYears')} år: utstedt ${date(issue).nb}, gjelder senest til ${date(latest).nb}.`,
          nn: `Et fulltids ISSC gjelder i høyst ${limit('isscFullMaxYears')} år: utstedt ${date(issue).nn}, gjelder senest til ${date(latest).nn}.`,
          en: `A full-term ISSC is valid for at most ${limit('isscFullMaxYears')} years: issued ${date(issue).en}, valid at the latest until ${date(latest).en}.`,
        },
        {
          nb: `Mellomliggende verifikasjon skal gjøres mellom andre og tredje årsdag for utløpsdatoen (${date(expiry).nb}): fra ${date(intermediateFrom).nb} til ${date(intermediateTo).nb}. Den begjæres gjennom Altinn.`,
          nn: `Mellomliggende verifikasjon skal gjøres mellom andre og tredje årsdag for utløpsdatoen (${date(expiry).nn}): fra ${date(intermediateFrom).nn} til ${date(intermediateTo).nn}. Den begjæres gjennom Altinn.`,
          en: `The intermediate verification must take place between the second and third anniversary dates of the expiry date (${date(expiry).en}): from ${date(intermediateFrom).en} to ${date(intermediateTo).en}. It is requested through Altinn.`,
        },
      ],
    };
  },
});

type RenewalFacts = { expiryDate: string; verificationDate: string };

export const isscRenewal = defineRule<RenewalFacts>({
  id: 'issc-renewal',
  topic: 'isps.verification-dates',
  title: {
    nb: 'ISSC: ny utløpsdato etter fornyelse',
    nn: 'ISSC: ny utløpsdato etter fornyelse',
    en: 'ISSC: new expiry date after renewal',
  },
  summary: {
    nb: 'Regner ut ny utløpsdato etter fornyelsesverifikasjon: gjøres den inntil 3 måneder før utløp, blir ny utløpsdato gammel utløpsdato pluss fem år; gjøres den tidligere, verifikasjonsdatoen pluss fem år. Verifikasjonen må gjøres innen utløpsdatoen.',
    nn: 'Regner ut ny utløpsdato etter fornyelsesverifikasjon: gjøres den inntil 3 måneder før utløp, blir ny utløpsdato gammel utløpsdato pluss fem år; gjøres den tidligere, verifikasjonsdatoen pluss fem år. Verifikasjonen må gjøres innen utløpsdatoen.',
    en: 'Works out the new expiry date after a renewal verification: done within 3 months before expiry, the new expiry is the old expiry plus five years; done earlier, the verification date plus five years. The verification must take place by the expiry date.',
  },
  facts: [fact('expiryDate'), fact('verificationDate')],
  outcomes: ['new-expiry', 'expired'],
  thresholds: ['isscRenewalWindowMonths', 'isscRenewalYears'],
  citations,
  evaluate(f) {
    const missing = need(f, 'expiryDate', 'verificationDate');
    if (missing) return missing;
    const expiry = f.expiryDate!;
    const verified = f.verificationDate!;
    if (isAfter(verified, expiry)) {
      return {
        outcome: 'expired',
        reasons: [
          {
            nb: `Fornyelsesverifikasjonen (${date(verified).nb}) er etter utløpsdatoen (${date(expiry).nb}); den skal gjøres innen utløpsdatoen. Kontakt Sjøfartsdirektoratet.`,
            nn: `Fornyelsesverifikasjonen (${date(verified).nn}) er etter utløpsdatoen (${date(expiry).nn}); den skal gjøres innen utløpsdatoen. Kontakt Sjøfartsdirektoratet.`,
            en: `The renewal verification (${date(verified).en}) is after the expiry date (${date(expiry).en}); it must take place by the expiry date. Contact the Norwegian Maritime Authority.`,
          },
        ],
      };
    }
    const months = limit('isscRenewalWindowMonths');
    const windowStart = plusMonths(expiry, -months);
    const years = limit('isscRenewalYears');
    const withinWindow = !isBefore(verified, windowStart);
    const newExpiry = plusYears(withinWindow ? expiry : verified, years);
    return {
      outcome: 'new-expiry',
      values: { newExpiry, windowStart },
      reasons: [
        withinWindow
          ? {
              nb: `Verifikasjonen ${date(verified).nb} er innenfor ${months} måneder før utløp (fra ${date(windowStart).nb}), så ny utløpsdato er gammel utløpsdato pluss ${years} år: ${date(newExpiry).nb}.`,
              nn: `Verifikasjonen ${date(verified).nn} er innenfor ${months} måneder før utløp (fra ${date(windowStart).nn}), så ny utløpsdato er gammel utløpsdato pluss ${years} år: ${date(newExpiry).nn}.`,
              en: `The verification on ${date(verified).en} is within ${months} months before expiry (from ${date(windowStart).en}), so the new expiry date is the old expiry date plus ${years} years: ${date(newExpiry).en}.`,
            }
          : {
              nb: `Verifikasjonen ${date(verified).nb} er mer enn ${months} måneder før utløp (vinduet starter ${date(windowStart).nb}), så ny utløpsdato er verifikasjonsdatoen pluss ${years} år: ${date(newExpiry).nb}.`,
              nn: `Verifikasjonen ${date(verified).nn} er mer enn ${months} måneder før utløp (vinduet starter ${date(windowStart).nn}), så ny utløpsdato er verifikasjonsdatoen pluss ${years} år: ${date(newExpiry).nn}.`,
              en: `The verification on ${date(verified).en} is more than ${months} months before expiry (the window starts ${date(windowStart).en}), so the new expiry date is the verification date plus ${years} years: ${date(newExpiry).en}.`,
            },
      ],
    };
  },
});
