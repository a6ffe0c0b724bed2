/**
 * How long a seafarer's health certificate is valid — helseforskriften (FOR-2014-06-05-805), as
 * summarised in facts.md (C) and seed 002: valid for up to 2 years, up to 1 year if the seafarer
 * is under 18; the doctor may set a shorter period. A D6 (or any certificate) is not valid without
 * a valid health certificate. The repealed 1-year rule for over-50s and under-21s on fishing
 * vessels (before July 2014) is not used.
 *
 * Dates follow the "valid for N years" policy of `dates.ts`: the expiry date the doctor wrote is
 * authoritative, and is accepted up to and including the 2nd anniversary of the date of issue (the
 * 1st for a seafarer under 18 — so an expiry more than a year after issue needs the age). Without
 * a written expiry date the longest validity is assumed (through the anniversary) and the user is
 * told to check the date the doctor wrote. A certificate is valid up to and including its last day.
 * The age that counts is the age on the date of issue.
 */
import { fact } from './facts.js';
import { isAfter, isBefore, lastDayOfValidity } from './dates.js';
import { date, defineRule, factProblem, missingOf, need } from './rule.js';
import { cite } from './sources.js';
import { limit } from './thresholds.js';
import type { Text } from './types.js';

type Facts = { issueDate: string; ageAtIssue: number; expiryDate: string; onDate: string };

const issueFact = fact('issueDate');
const expiryFact = fact('expiryDate', { optional: true });
const onDateFact = fact('onDate', { optional: true });

export const healthCertificate = defineRule<Facts>({
  id: 'health-certificate',
  topic: 'health.certificate',
  title: { nb: 'Gyldighet av helseerklæring', nn: 'Gyldigheit for helseerklæring', en: 'Health certificate validity' },
  summary: {
    nb: 'Avgjør om en helseerklæring for sjøfolk er gyldig på en gitt dato. Den gjelder i inntil 2 år, eller inntil 1 år for sjøfolk under 18 år, eller den kortere perioden legen har satt. Utløpsdatoen legen har skrevet, gjelder; den kan ligge på toårsdagen (ettårsdagen for sjøfolk under 18 år) for utstedelsesdatoen. Uten gyldig helseerklæring er heller ikke D6-sertifikatet gyldig.',
    nn: 'Avgjer om ei helseerklæring for sjøfolk er gyldig på ein gitt dato. Ho gjeld i inntil 2 år, eller inntil 1 år for sjøfolk under 18 år, eller den kortare perioden legen har sett. Utløpsdatoen legen har skrive, gjeld; han kan liggje på toårsdagen (eittårsdagen for sjøfolk under 18 år) for utskrivingsdatoen. Utan gyldig helseerklæring er heller ikkje D6-sertifikatet gyldig.',
    en: "Decides whether a seafarer's health certificate is valid on a given date. It is valid for up to 2 years, or up to 1 year for seafarers under 18, or the shorter period the doctor set. The expiry date the doctor wrote applies; it may fall on the second anniversary (the first for seafarers under 18) of the date of issue. Without a valid health certificate a D6 certificate is not valid either.",
  },
  facts: [issueFact, expiryFact, fact('ageAtIssue'), onDateFact],
  outcomes: ['valid', 'expired'],
  thresholds: ['healthMaxYears', 'healthMaxYearsMinor', 'healthAdultAge'],
  citations: [cite('healthRegulations'), cite('sdirSeaTimeMinutes')],
  evaluate(f, ctx) {
    const on = f.onDate ?? ctx.today;
    // Dates that contradict the issue date are reported before asking for the age, which cannot mend them.
    if (f.issueDate !== undefined) {
      if (f.expiryDate !== undefined && isBefore(f.expiryDate, f.issueDate)) {
        return factProblem(expiryFact.spec, {
          nb: 'kan ikke være før utstedelsesdatoen.',
          nn: 'kan ikkje vere før utskrivingsdatoen.',
          en: 'cannot be before the date of issue.',
        });
      }
      // No date asked about: an issue date after today is a mistyped date, not a question about the past.
      if (f.onDate === undefined && isBefore(on, f.issueDate)) {
        return factProblem(issueFact.spec, {
          nb: `kan ikke være etter dagens dato (${date(on).nb}).`,
          nn: `kan ikkje vere etter dagens dato (${date(on).nn}).`,
          en: `cannot be after today's date (${date(on).en}).`,
        });
      }
      if (isBefore(on, f.issueDate)) {
        return factProblem(onDateFact.spec, {
          nb: 'er før helseerklæringen ble utstedt.',
          nn: 'er før helseerklæringa vart skriven ut.',
          en: 'is before the health certificate was issued.',
        });
      }
    }
    // The date the doctor wrote applies (facts.md): once it has passed, no issue date can make it valid.
    if (f.issueDate === undefined && f.expiryDate !== undefined && isAfter(on, f.expiryDate))
      return {
        outcome: 'expired',
        values: { validUntil: f.expiryDate },
        reasons: [
          {
            nb: `Utløpsdatoen legen har skrevet, gjelder: helseerklæringen gjaldt til og med ${date(f.expiryDate).nb}.`,
            nn: `Utløpsdatoen legen har skrive, gjeld: helseerklæringa gjaldt til og med ${date(f.expiryDate).nn}.`,
            en: `The expiry date the doctor wrote applies: the health certificate was valid up to and including ${date(f.expiryDate).en}.`,
          },
          {
            nb: `Den ${date(on).nb} er den ikke lenger gyldig. Uten gyldig helseerklæring er heller ikke D6-sertifikatet gyldig.`,
            nn: `Den ${date(on).nn} er ho ikkje lenger gyldig. Utan gyldig helseerklæring er heller ikkje D6-sertifikatet gyldig.`,
            en: `On ${date(on).en} it is no longer valid. Without a valid health certificate a D6 certificate is not valid either.`,
          },
        ],
      };
    if (f.issueDate === undefined)
      return { needs: f.expiryDate === undefined ? missingOf(f, 'issueDate', 'ageAtIssue') : ['issueDate'] };
    const issued = f.issueDate;
    const adultYears = limit('healthMaxYears');
    const minorYears = limit('healthMaxYearsMinor');
    const adultAge = limit('healthAdultAge');
    const longest = lastDayOfValidity(issued, adultYears);
    const longestMinor = lastDayOfValidity(issued, minorYears);
    const reasons: Text[] = [];
    let validUntil: string;
    if (f.expiryDate !== undefined) {
      if (isAfter(f.expiryDate, longest)) {
        return factProblem(expiryFact.spec, {
          nb: `kan ikke være senere enn ${date(longest).nb}; en helseerklæring gjelder i høyst ${adultYears} år fra utstedelsesdatoen.`,
          nn: `kan ikkje vere seinare enn ${date(longest).nn}; ei helseerklæring gjeld i høgst ${adultYears} år frå utskrivingsdatoen.`,
          en: `cannot be later than ${date(longest).en}; a health certificate is valid for at most ${adultYears} years from the date of issue.`,
        });
      }
      // More than a year: only a seafarer of 18 or more can have it, so the age now matters.
      if (isAfter(f.expiryDate, longestMinor)) {
        if (f.ageAtIssue === undefined) return { needs: ['ageAtIssue'] };
        if (f.ageAtIssue < adultAge) {
          return factProblem(expiryFact.spec, {
            nb: `kan ikke være senere enn ${date(longestMinor).nb}; for sjøfolk under ${adultAge} år gjelder helseerklæringen i høyst ${minorYears} år.`,
            nn: `kan ikkje vere seinare enn ${date(longestMinor).nn}; for sjøfolk under ${adultAge} år gjeld helseerklæringa i høgst ${minorYears} år.`,
            en: `cannot be later than ${date(longestMinor).en}; for seafarers under ${adultAge} a health certificate is valid for at most ${minorYears} year.`,
          });
        }
      }
      validUntil = f.expiryDate;
      reasons.push({
        nb: `Helseerklæringen gjelder til og med ${date(validUntil).nb}, datoen legen har skrevet på den.`,
        nn: `Helseerklæringa gjeld til og med ${date(validUntil).nn}, datoen legen har skrive på ho.`,
        en: `The health certificate is valid up to and including ${date(validUntil).en}, the date the doctor wrote on it.`,
      });
    } else {
      const h = need(f, 'ageAtIssue');
      if (!h.ok) return h;
      const minor = h.facts.ageAtIssue < adultAge;
      validUntil = minor ? longestMinor : longest;
      reasons.push(
        minor
          ? {
              nb: `For sjøfolk under ${adultAge} år gjelder helseerklæringen i inntil ${minorYears} år: fra ${date(issued).nb} til og med ${date(validUntil).nb} på det meste.`,
              nn: `For sjøfolk under ${adultAge} år gjeld helseerklæringa i inntil ${minorYears} år: frå ${date(issued).nn} til og med ${date(validUntil).nn} på det meste.`,
              en: `For seafarers under ${adultAge} the health certificate is valid for up to ${minorYears} year: from ${date(issued).en} up to and including ${date(validUntil).en} at most.`,
            }
          : {
              nb: `En helseerklæring gjelder i inntil ${adultYears} år: fra ${date(issued).nb} til og med ${date(validUntil).nb} på det meste.`,
              nn: `Ei helseerklæring gjeld i inntil ${adultYears} år: frå ${date(issued).nn} til og med ${date(validUntil).nn} på det meste.`,
              en: `A health certificate is valid for up to ${adultYears} years: from ${date(issued).en} up to and including ${date(validUntil).en} at most.`,
            },
      );
      reasons.push({
        nb: 'Legen kan ha satt en kortere gyldighet eller begrensninger. Datoen som står på erklæringen, er den som gjelder.',
        nn: 'Legen kan ha sett ei kortare gyldigheitstid eller avgrensingar. Datoen som står på erklæringa, er den som gjeld.',
        en: 'The doctor may have set a shorter validity or limitations. The date written on the certificate is the one that applies.',
      });
    }
    const expired = isAfter(on, validUntil);
    reasons.push(
      expired
        ? {
            nb: `Den ${date(on).nb} er den ikke lenger gyldig. Uten gyldig helseerklæring er heller ikke D6-sertifikatet gyldig.`,
            nn: `Den ${date(on).nn} er ho ikkje lenger gyldig. Utan gyldig helseerklæring er heller ikkje D6-sertifikatet gyldig.`,
            en: `On ${date(on).en} it is no longer valid. Without a valid health certificate a D6 certificate is not valid either.`,
          }
        : {
            nb: `Den ${date(on).nb} er den gyldig.`,
            nn: `Den ${date(on).nn} er ho gyldig.`,
            en: `On ${date(on).en} it is valid.`,
          },
    );
    return { outcome: expired ? 'expired' : 'valid', values: { validUntil }, reasons };
  },
});
