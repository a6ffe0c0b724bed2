/**
 * International Ship Security Certificate (ISSC) dates — Sdir's certification process for
 * non-delegated ships (seed 001), under the ISPS Code, Regulation (EC) 725/2004 and
 * FOR-2004-06-22-972 (sikkerhetsforskriften).
 *
 * - An interim ISSC is valid for at most 6 months and cannot be extended.
 * - A full-term ISSC is valid for at most 5 years. "Mellom andre og tredje årsdag for sertifikatets
 *   gyldighetsdato skal det gjennomføres en mellomliggende verifikasjon": the anniversaries are those
 *   of the expiry date (ISPS A/19.1.1), so the window runs from expiry − 3 years to expiry − 2 years.
 *   The expiry date is asked for, never guessed from the issue date: a renewal within 3 months
 *   before expiry gives the old expiry date plus five years, so a renewed certificate can expire up
 *   to 5 years and 3 months after its date of issue; one can also be issued for less than 5 years.
 *   A window starting before the date of issue starts on the date of issue; a window that ends
 *   before it is no window at all, and that case is 'uncertain' (the seed does not cover it).
 * - Renewal: a renewal verification within 3 months before expiry gives a new expiry date of the old
 *   expiry date plus five years; one more than 3 months before expiry gives the verification date
 *   plus five years. It must take place by the expiry date.
 *
 * Date policy: see `dates.ts` (month ends clamp; "within 3 months before" is inclusive; a printed
 * expiry date is authoritative within the longest validity).
 */
import { fact } from './facts.js';
import { isAfter, isBefore, plusMonths, plusYears } from './dates.js';
import { date, defineRule, factProblem, missingOf, need } from './rule.js';
import { cite } from './sources.js';
import type { Text } from './types.js';
import { limit } from './thresholds.js';

const citations = [cite('sdirIspsProcess'), cite('ispsCode', 'A/19'), cite('shipSecurityRegulations')];
const expiryFact = fact('expiryDate', { optional: true });

type ValidityFacts = {
  certificateKind: 'interim' | 'full';
  issueDate: string;
  expiryDate: string;
  intermediateDate: string;
};

/**
 * Where a date given for the intermediate verification stands against its window (seed 001: between
 * the second and third anniversaries; a certificate whose verifications were not held is to be
 * returned). Only a renewal verification gives a new expiry date; this one gives none.
 */
function intermediateHeld(on: string, window: { from: string; to: string }): Text {
  const from = date(window.from);
  const to = date(window.to);
  const day = date(on);
  if (isBefore(on, window.from))
    return {
      nb: `En mellomliggende verifikasjon ${day.nb} er før vinduet (${from.nb}–${to.nb}). Kildene våre sier at den skal gjøres i vinduet, men ikke om en tidligere verifikasjon godtas; kontakt Sjøfartsdirektoratet.`,
      nn: `Ein mellomliggjande verifikasjon ${day.nn} er før vindauget (${from.nn}–${to.nn}). Kjeldene våre seier at han skal gjerast i vindauget, men ikkje om ein tidlegare verifikasjon blir godteken; kontakt Sjøfartsdirektoratet.`,
      en: `An intermediate verification on ${day.en} is before the window (${from.en}–${to.en}). Our sources say it must take place within the window, but not whether an earlier one is accepted; contact the Norwegian Maritime Authority.`,
    };
  if (isAfter(on, window.to))
    return {
      nb: `En mellomliggende verifikasjon ${day.nb} er etter vinduet (${from.nb}–${to.nb}), altså for sent. Er verifikasjonen ikke holdt i vinduet, skal sertifikatet leveres tilbake til Sjøfartsdirektoratet.`,
      nn: `Ein mellomliggjande verifikasjon ${day.nn} er etter vindauget (${from.nn}–${to.nn}), altså for seint. Er verifikasjonen ikkje halden i vindauget, skal sertifikatet leverast tilbake til Sjøfartsdirektoratet.`,
      en: `An intermediate verification on ${day.en} is after the window (${from.en}–${to.en}), so too late. If the verification is not held within the window, the certificate must be returned to the Norwegian Maritime Authority.`,
    };
  return {
    nb: `En mellomliggende verifikasjon ${day.nb} er innenfor vinduet (${from.nb}–${to.nb}). Den gir ingen ny utløpsdato; det gjør bare en fornyelsesverifikasjon.`,
    nn: `Ein mellomliggjande verifikasjon ${day.nn} er innanfor vindauget (${from.nn}–${to.nn}). Han gir ingen ny utløpsdato; det gjer berre ei fornyingsverifikasjon.`,
    en: `An intermediate verification on ${day.en} is within the window (${from.en}–${to.en}). It gives no new expiry date; only a renewal verification does.`,
  };
}

/**
 * Where `today` stands: whether the certificate is still valid and, for a full-term ISSC, whether the
 * window for the intermediate verification is ahead, open or past (a user asks "when is it due?"
 * and must see at once when the answer lies behind them).
 */
function validOn(today: string, issue: string, expiry: string, window?: { from: string; to: string }): Text {
  // «I-ISSC utstedt 01.01.2027, gyldig i dag?» on 5 December 2026: not valid before it is issued.
  if (isBefore(today, issue))
    return {
      nb: `Den ${date(today).nb} er sertifikatet ennå ikke utstedt (utstedelsesdato ${date(issue).nb}), så det er ikke gyldig ennå.`,
      nn: `Den ${date(today).nn} er sertifikatet enno ikkje skrive ut (utskrivingsdato ${date(issue).nn}), så det er ikkje gyldig enno.`,
      en: `On ${date(today).en} the certificate has not yet been issued (date of issue ${date(issue).en}), so it is not valid yet.`,
    };
  if (isAfter(today, expiry))
    return {
      nb: `Den ${date(today).nb} er sertifikatet ikke lenger gyldig.`,
      nn: `Den ${date(today).nn} er sertifikatet ikkje lenger gyldig.`,
      en: `On ${date(today).en} the certificate is no longer valid.`,
    };
  if (!window)
    return {
      nb: `Den ${date(today).nb} er det gyldig.`,
      nn: `Den ${date(today).nn} er det gyldig.`,
      en: `On ${date(today).en} it is valid.`,
    };
  if (isAfter(today, window.to))
    return {
      // Seed 001: a certificate whose verifications were not held is to be returned — so it is valid
      // after the window only if the intermediate verification was held, which the facts do not say.
      nb: `Den ${date(today).nb} gjelder sertifikatet bare hvis den mellomliggende verifikasjonen ble holdt i vinduet; ble den ikke holdt, skal sertifikatet leveres tilbake til Sjøfartsdirektoratet.`,
      nn: `Den ${date(today).nn} gjeld sertifikatet berre dersom den mellomliggjande verifikasjonen vart halden i vindauget; vart ho ikkje halden, skal sertifikatet leverast tilbake til Sjøfartsdirektoratet.`,
      en: `On ${date(today).en} the certificate is valid only if the intermediate verification was held within the window; if it was not, the certificate must be returned to the Norwegian Maritime Authority.`,
    };
  if (isBefore(today, window.from))
    return {
      nb: `Den ${date(today).nb} er sertifikatet gyldig, og vinduet for mellomliggende verifikasjon har ikke begynt.`,
      nn: `Den ${date(today).nn} er sertifikatet gyldig, og vindauget for mellomliggjande verifikasjon har ikkje byrja.`,
      en: `On ${date(today).en} the certificate is valid, and the window for the intermediate verification has not begun.`,
    };
  return {
    nb: `Den ${date(today).nb} er sertifikatet gyldig, og vinduet for mellomliggende verifikasjon er åpent.`,
    nn: `Den ${date(today).nn} er sertifikatet gyldig, og vindauget for mellomliggjande verifikasjon er ope.`,
    en: `On ${date(today).en} the certificate is valid, and the window for the intermediate verification is open.`,
  };
}

/**
 * Seed 001, step 6: the paper that goes with an interim ISSC. Said in the interim ISSC's topic answer
 * and beside its dates.
 */
export const INTERIM_LETTER: Text = {
  nb: 'Sammen med I-ISSC skal skipet ha et originalt brev fra Sjøfartsdirektoratet som bekrefter at sårbarhetsvurderingen (SSA) og sikkerhetsplanen (SSP) er mottatt til gjennomgang og godkjenning. Brevet skal være om bord sammen med sertifikatet.',
  nn: 'Saman med I-ISSC skal skipet ha eit originalt brev frå Sjøfartsdirektoratet som stadfestar at sårbarheitsvurderinga (SSA) og sikkerheitsplanen (SSP) er mottekne for gjennomgang og godkjenning. Brevet skal vere om bord saman med sertifikatet.',
  en: 'Together with the I-ISSC the ship must have an original letter from the Norwegian Maritime Authority confirming that the ship security assessment (SSA) and ship security plan (SSP) have been received for review and approval. The letter must be kept on board with the certificate.',
};

export const isscValidity = defineRule<ValidityFacts>({
  id: 'issc-validity',
  topic: 'isps.verification-dates',
  topics: ['isps.verification-dates', 'isps.interim'],
  title: {
    nb: 'ISSC: gyldighet og mellomliggende verifikasjon',
    nn: 'ISSC: gyldigheit og mellomliggjande verifikasjon',
    en: 'ISSC: validity and intermediate verification',
  },
  summary: {
    nb: 'Et midlertidig ISSC gjelder i høyst 6 måneder fra utstedelsen og kan ikke forlenges. For et fulltids ISSC brukes utløpsdatoen som står på sertifikatet (høyst 5 år, eller gammel utløpsdato pluss 5 år etter fornyelse), og vinduet for mellomliggende verifikasjon går fra andre til tredje årsdag for utløpsdatoen: utløpsdatoen minus 3 år til utløpsdatoen minus 2 år, aldri før utstedelsesdatoen.',
    nn: 'Eit mellombels ISSC gjeld i høgst 6 månader frå utskrivinga og kan ikkje forlengjast. For eit fulltids ISSC blir utløpsdatoen som står på sertifikatet, brukt (høgst 5 år, eller gammal utløpsdato pluss 5 år etter fornying), og vindauget for mellomliggjande verifikasjon går frå andre til tredje årsdagen for utløpsdatoen: utløpsdatoen minus 3 år til utløpsdatoen minus 2 år, aldri før utskrivingsdatoen.',
    en: 'An interim ISSC is valid for at most 6 months from issue and cannot be extended. For a full-term ISSC the expiry date printed on the certificate is used (at most 5 years, or the old expiry date plus 5 years after a renewal), and the window for the intermediate verification runs from the second to the third anniversary of the expiry date: the expiry date minus 3 years to the expiry date minus 2 years, never before the date of issue.',
  },
  facts: [fact('certificateKind'), fact('issueDate'), expiryFact, fact('intermediateDate', { optional: true })],
  outcomes: ['dates', 'uncertain'],
  thresholds: [
    'isscInterimMaxMonths',
    'isscFullMaxYears',
    'isscIntermediateFromAnniversary',
    'isscIntermediateToAnniversary',
    'isscRenewalWindowMonths',
    'isscRenewalYears',
  ],
  citations,
  evaluate(f, ctx) {
    // An expiry before the issue date is wrong whatever the kind: say so before asking anything.
    if (f.issueDate !== undefined && f.expiryDate !== undefined && isBefore(f.expiryDate, f.issueDate)) {
      return factProblem(expiryFact.spec, {
        nb: 'kan ikke være før utstedelsesdatoen.',
        nn: 'kan ikkje vere før utskrivingsdatoen.',
        en: 'cannot be before the date of issue.',
      });
    }
    if (f.certificateKind === 'interim') {
      const g = need(f, 'issueDate');
      if (!g.ok) return g;
      const issue = g.facts.issueDate;
      const months = limit('isscInterimMaxMonths');
      const latest = plusMonths(issue, months);
      if (f.expiryDate !== undefined && isAfter(f.expiryDate, latest)) {
        return factProblem(expiryFact.spec, {
          nb: `kan ikke være senere enn ${date(latest).nb}: et midlertidig ISSC gjelder i høyst ${months} måneder og kan ikke forlenges.`,
          nn: `kan ikkje vere seinare enn ${date(latest).nn}: eit mellombels ISSC gjeld i høgst ${months} månader og kan ikkje forlengjast.`,
          en: `cannot be later than ${date(latest).en}: an interim ISSC is valid for at most ${months} months and cannot be extended.`,
        });
      }
      return {
        outcome: 'dates',
        values: { latestExpiry: latest, expiry: f.expiryDate ?? latest },
        reasons: [
          {
            nb: `Et midlertidig ISSC gjelder i høyst ${months} måneder: utstedt ${date(issue).nb}, gjelder til og med ${date(latest).nb} på det meste. Det kan ikke forlenges.`,
            nn: `Eit mellombels ISSC gjeld i høgst ${months} månader: skrive ut ${date(issue).nn}, gjeld til og med ${date(latest).nn} på det meste. Det kan ikkje forlengjast.`,
            en: `An interim ISSC is valid for at most ${months} months: issued ${date(issue).en}, valid up to and including ${date(latest).en} at most. It cannot be extended.`,
          },
          ...(f.expiryDate !== undefined && isBefore(f.expiryDate, latest)
            ? [
                {
                  nb: `Utløpsdatoen som står på sertifikatet, ${date(f.expiryDate).nb}, er den som gjelder.`,
                  nn: `Utløpsdatoen som står på sertifikatet, ${date(f.expiryDate).nn}, er den som gjeld.`,
                  en: `The expiry date printed on the certificate, ${date(f.expiryDate).en}, is the one that applies.`,
                },
              ]
            : []),
          validOn(ctx.today, issue, f.expiryDate ?? latest),
          // ("which documents must be kept on board with it?")
          INTERIM_LETTER,
        ],
      };
    }
    if (f.certificateKind === undefined) return { needs: missingOf(f, 'certificateKind', 'issueDate', 'expiryDate') };
    // A full-term ISSC: the printed expiry date, never one guessed from the date of issue.
    const g = need(f, 'issueDate', 'expiryDate');
    if (!g.ok) return g;
    const { issueDate: issue, expiryDate: expiry } = g.facts;
    const years = limit('isscFullMaxYears');
    const renewalMonths = limit('isscRenewalWindowMonths');
    const latestRenewed = plusYears(plusMonths(issue, renewalMonths), limit('isscRenewalYears'));
    if (isAfter(expiry, latestRenewed)) {
      return factProblem(expiryFact.spec, {
        nb: `kan ikke være senere enn ${date(latestRenewed).nb}: et fulltids ISSC gjelder i høyst ${years} år, og ved fornyelse inntil ${renewalMonths} måneder før utløp blir ny utløpsdato gammel utløpsdato pluss fem år.`,
        nn: `kan ikkje vere seinare enn ${date(latestRenewed).nn}: eit fulltids ISSC gjeld i høgst ${years} år, og ved fornying inntil ${renewalMonths} månader før utløpet blir ny utløpsdato gammal utløpsdato pluss fem år.`,
        en: `cannot be later than ${date(latestRenewed).en}: a full-term ISSC is valid for at most ${years} years, and a renewal within ${renewalMonths} months before expiry gives the old expiry date plus five years.`,
      });
    }
    const secondAnniversary = plusYears(expiry, limit('isscIntermediateFromAnniversary') - years);
    const thirdAnniversary = plusYears(expiry, limit('isscIntermediateToAnniversary') - years);
    const validity = {
      nb: `Et fulltids ISSC gjelder i høyst ${years} år (etter fornyelse inntil gammel utløpsdato pluss ${years} år). Dette sertifikatet er utstedt ${date(issue).nb} og gjelder til og med ${date(expiry).nb}, datoen som står på det.`,
      nn: `Eit fulltids ISSC gjeld i høgst ${years} år (etter fornying inntil gammal utløpsdato pluss ${years} år). Dette sertifikatet er skrive ut ${date(issue).nn} og gjeld til og med ${date(expiry).nn}, datoen som står på det.`,
      en: `A full-term ISSC is valid for at most ${years} years (after a renewal, up to the old expiry date plus ${years} years). This certificate was issued ${date(issue).en} and is valid up to and including ${date(expiry).en}, the date printed on it.`,
    };
    if (isBefore(thirdAnniversary, issue)) {
      return {
        outcome: 'uncertain',
        values: { latestExpiry: expiry, expiry },
        reasons: [
          validity,
          {
            nb: `Andre og tredje årsdag for utløpsdatoen (${date(secondAnniversary).nb} og ${date(thirdAnniversary).nb}) ligger før sertifikatet ble utstedt. Kildene våre sier ikke når den mellomliggende verifikasjonen skal gjøres for et så kortvarig sertifikat. Kontakt Sjøfartsdirektoratet.`,
            nn: `Andre og tredje årsdagen for utløpsdatoen (${date(secondAnniversary).nn} og ${date(thirdAnniversary).nn}) ligg før sertifikatet vart skrive ut. Kjeldene våre seier ikkje når den mellomliggjande verifikasjonen skal gjerast for eit så kortvarig sertifikat. Kontakt Sjøfartsdirektoratet.`,
            en: `The second and third anniversaries of the expiry date (${date(secondAnniversary).en} and ${date(thirdAnniversary).en}) fall before the certificate was issued. Our sources do not say when the intermediate verification is due for so short a certificate. Contact the Norwegian Maritime Authority.`,
          },
        ],
      };
    }
    const clipped = isBefore(secondAnniversary, issue);
    const intermediateFrom = clipped ? issue : secondAnniversary;
    const intermediateTo = thirdAnniversary;
    const window = { from: intermediateFrom, to: intermediateTo };
    const held =
      f.intermediateDate === undefined
        ? {}
        : {
            intermediateInWindow:
              !isBefore(f.intermediateDate, intermediateFrom) && !isAfter(f.intermediateDate, intermediateTo),
          };
    return {
      outcome: 'dates',
      values: { latestExpiry: expiry, expiry, intermediateFrom, intermediateTo, ...held },
      reasons: [
        validity,
        {
          nb: `Mellomliggende verifikasjon skal gjøres mellom andre og tredje årsdag for utløpsdatoen: fra ${date(intermediateFrom).nb} til og med ${date(intermediateTo).nb}. Den begjæres gjennom Altinn.`,
          nn: `Mellomliggjande verifikasjon skal gjerast mellom andre og tredje årsdagen for utløpsdatoen: frå ${date(intermediateFrom).nn} til og med ${date(intermediateTo).nn}. Han skal krevjast gjennom Altinn.`,
          en: `The intermediate verification must take place between the second and third anniversaries of the expiry date: from ${date(intermediateFrom).en} up to and including ${date(intermediateTo).en}. It is requested through Altinn.`,
        },
        ...(f.intermediateDate === undefined ? [] : [intermediateHeld(f.intermediateDate, window)]),
        validOn(ctx.today, issue, expiry, window),
        ...(clipped
          ? [
              {
                nb: `Andre årsdag for utløpsdatoen (${date(secondAnniversary).nb}) er før sertifikatet ble utstedt, så vinduet begynner på utstedelsesdatoen.`,
                nn: `Andre årsdagen for utløpsdatoen (${date(secondAnniversary).nn}) er før sertifikatet vart skrive ut, så vindauget byrjar på utskrivingsdatoen.`,
                en: `The second anniversary of the expiry date (${date(secondAnniversary).en}) is before the certificate was issued, so the window starts on the date of issue.`,
              },
            ]
          : []),
      ],
    };
  },
});

type RenewalFacts = { expiryDate: string; verificationDate: string };
const verificationFact = fact('verificationDate', { optional: true });

export const isscRenewal = defineRule<RenewalFacts>({
  id: 'issc-renewal',
  topic: 'isps.verification-dates',
  title: {
    nb: 'ISSC: ny utløpsdato etter fornyelse',
    nn: 'ISSC: ny utløpsdato etter fornying',
    en: 'ISSC: new expiry date after renewal',
  },
  summary: {
    nb: 'Regner ut ny utløpsdato etter fornyelsesverifikasjon: gjøres den inntil 3 måneder før utløp, blir ny utløpsdato gammel utløpsdato pluss fem år; gjøres den tidligere, verifikasjonsdatoen pluss fem år. Verifikasjonen må gjøres innen utløpsdatoen.',
    nn: 'Reknar ut ny utløpsdato etter fornyingsverifikasjonen: blir verifikasjonen gjord inntil 3 månader før utløpet, blir ny utløpsdato gammal utløpsdato pluss fem år; blir han gjord tidlegare, verifikasjonsdatoen pluss fem år. Verifikasjonen må gjerast innan utløpsdatoen.',
    en: 'Works out the new expiry date after a renewal verification: done within 3 months before expiry, the new expiry is the old expiry plus five years; done earlier, the verification date plus five years. The verification must take place by the expiry date.',
  },
  facts: [fact('expiryDate'), verificationFact],
  outcomes: ['new-expiry', 'expired'],
  thresholds: ['isscRenewalWindowMonths', 'isscRenewalYears'],
  citations,
  evaluate(f, ctx) {
    const e = need(f, 'expiryDate');
    if (!e.ok) return e;
    const months = limit('isscRenewalWindowMonths');
    const years = limit('isscRenewalYears');
    if (f.verificationDate === undefined) {
      // "When can we do the renewal and keep the old expiry plus five years?": the window, and what
      // a verification in it and before it gives (seed 001); the date itself gives the new expiry.
      const expiry = e.facts.expiryDate;
      // "ISSC expired 2026-10-01 … today can do renewal?": the expiry has passed, so no renewal
      // verification can now be done by it (seed 001: «innen utløpsdato»).
      if (isAfter(ctx.today, expiry))
        return {
          outcome: 'expired',
          values: { expiredBeforeToday: true },
          reasons: [
            {
              nb: `Utløpsdatoen (${date(expiry).nb}) er passert (i dag er ${date(ctx.today).nb}); fornyelsesverifikasjonen skal gjøres innen utløpsdatoen, så sertifikatet er ikke lenger gyldig. Kontakt Sjøfartsdirektoratet.`,
              nn: `Utløpsdatoen (${date(expiry).nn}) er passert (i dag er ${date(ctx.today).nn}); fornyingsverifikasjonen skal gjerast innan utløpsdatoen, så sertifikatet er ikkje lenger gyldig. Kontakt Sjøfartsdirektoratet.`,
              en: `The expiry date (${date(expiry).en}) has passed (today is ${date(ctx.today).en}); the renewal verification must take place by the expiry date, so the certificate is no longer valid. Contact the Norwegian Maritime Authority.`,
            },
          ],
        };
      const windowStart = plusMonths(expiry, -months);
      const newExpiry = plusYears(expiry, years);
      return {
        outcome: 'new-expiry',
        values: { windowStart, newExpiry, windowOnly: true },
        reasons: [
          {
            nb: `En fornyelsesverifikasjon fra ${date(windowStart).nb} til og med utløpsdatoen ${date(expiry).nb} (inntil ${months} måneder før utløp) gir ny utløpsdato ${date(newExpiry).nb}: gammel utløpsdato pluss ${years} år.`,
            nn: `Ein fornyingsverifikasjon frå ${date(windowStart).nn} til og med utløpsdatoen ${date(expiry).nn} (inntil ${months} månader før utløpet) gir ny utløpsdato ${date(newExpiry).nn}: gammal utløpsdato pluss ${years} år.`,
            en: `A renewal verification from ${date(windowStart).en} up to and including the expiry date ${date(expiry).en} (within ${months} months before expiry) gives the new expiry date ${date(newExpiry).en}: the old expiry date plus ${years} years.`,
          },
          {
            nb: `Gjøres den tidligere, blir ny utløpsdato verifikasjonsdatoen pluss ${years} år. Den må gjøres innen utløpsdatoen. Oppgi datoen for verifikasjonen, så regner jeg ut den nye utløpsdatoen.`,
            nn: `Blir han gjord tidlegare, blir ny utløpsdato verifikasjonsdatoen pluss ${years} år. Han må gjerast innan utløpsdatoen. Oppgi datoen for verifikasjonen, så reknar eg ut den nye utløpsdatoen.`,
            en: `Done earlier, the new expiry date is the verification date plus ${years} years. It must take place by the expiry date. Give the date of the verification and I will work out the new expiry date.`,
          },
        ],
      };
    }
    const { expiryDate: expiry } = e.facts;
    const verified = f.verificationDate;
    if (isAfter(verified, expiry)) {
      return {
        outcome: 'expired',
        reasons: [
          {
            nb: `Fornyelsesverifikasjonen (${date(verified).nb}) er etter utløpsdatoen (${date(expiry).nb}); den skal gjøres innen utløpsdatoen. Kontakt Sjøfartsdirektoratet.`,
            nn: `Fornyingsverifikasjonen (${date(verified).nn}) er etter utløpsdatoen (${date(expiry).nn}); han skal gjerast innan utløpsdatoen. Kontakt Sjøfartsdirektoratet.`,
            en: `The renewal verification (${date(verified).en}) is after the expiry date (${date(expiry).en}); it must take place by the expiry date. Contact the Norwegian Maritime Authority.`,
          },
        ],
      };
    }
    const windowStart = plusMonths(expiry, -months);
    const withinWindow = !isBefore(verified, windowStart);
    const newExpiry = plusYears(withinWindow ? expiry : verified, years);
    return {
      outcome: 'new-expiry',
      values: { newExpiry, windowStart },
      reasons: [
        withinWindow
          ? {
              nb: `Verifikasjonen ${date(verified).nb} er innenfor ${months} måneder før utløp (fra ${date(windowStart).nb}), så ny utløpsdato er gammel utløpsdato pluss ${years} år: ${date(newExpiry).nb}.`,
              nn: `Verifikasjonen ${date(verified).nn} er innanfor ${months} månader før utløpet (frå ${date(windowStart).nn}), så ny utløpsdato er gammal utløpsdato pluss ${years} år: ${date(newExpiry).nn}.`,
              en: `The verification on ${date(verified).en} is within ${months} months before expiry (from ${date(windowStart).en}), so the new expiry date is the old expiry date plus ${years} years: ${date(newExpiry).en}.`,
            }
          : {
              nb: `Verifikasjonen ${date(verified).nb} er mer enn ${months} måneder før utløp (vinduet starter ${date(windowStart).nb}), så ny utløpsdato er verifikasjonsdatoen pluss ${years} år: ${date(newExpiry).nb}.`,
              nn: `Verifikasjonen ${date(verified).nn} er meir enn ${months} månader før utløpet (vindauget byrjar ${date(windowStart).nn}), så ny utløpsdato er verifikasjonsdatoen pluss ${years} år: ${date(newExpiry).nn}.`,
              en: `The verification on ${date(verified).en} is more than ${months} months before expiry (the window starts ${date(windowStart).en}), so the new expiry date is the verification date plus ${years} years: ${date(newExpiry).en}.`,
            },
      ],
    };
  },
});
