/**
 * How long a seafarer's health certificate is valid — helseforskriften (FOR-2014-06-05-805), as
 * summarised in facts.md (C) and seed 002: valid for up to 2 years, up to 1 year if the seafarer
 * is under 18; the doctor may set a shorter period. A D6 (or any certificate) is not valid without
 * a valid health certificate. The repealed 1-year rule for over-50s and under-21s on fishing
 * vessels (before July 2014) is not used.
 *
 * Without an expiry date on the certificate, the longest possible validity is assumed and the user
 * is told to check the date the doctor wrote. A validity of N years from the date of issue ends
 * with the day before the Nth anniversary (issued 10 March 2025, 2 years: valid through 9 March
 * 2027) — the sources give no day-count rule, so the reading that never overstates validity is
 * used. A certificate counts as valid up to and including its last day. An expiry date later than
 * the longest validity is rejected.
 */
import { fact } from './facts.js';
import { isAfter, isBefore, plusDays, plusYears } from './dates.js';
import { date, defineRule, factProblem, need } from './rule.js';
import { cite } from './sources.js';
import { limit } from './thresholds.js';
import type { Text } from './types.js';

type Facts = { issueDate: string; ageAtIssue: number; expiryDate: string; onDate: string };

const expiryFact = fact('expiryDate', { optional: true });

/** The last day of a validity of `years` years from `issued`: the day before the anniversary. */
const lastDayOf = (issued: string, years: number) => plusDays(plusYears(issued, years), -1);
const onDateFact = fact('onDate', { optional: true });

export const healthCertificate = defineRule<Facts>({
  id: 'health-certificate',
  topic: 'health.certificate',
  title: { nb: 'Gyldighet av helseerklæring', nn: 'Gyldighet av helseerklæring', en: 'Health certificate validity' },
  summary: {
    nb: 'Avgjør om en helseerklæring for sjøfolk er gyldig på en gitt dato. Den gjelder i inntil 2 år, eller inntil 1 år for sjøfolk under 18 år, eller den kortere perioden legen har satt. Uten gyldig helseerklæring er heller ikke D6-sertifikatet gyldig.',
    nn: 'Avgjør om en helseerklæring for sjøfolk er gyldig på en gitt dato. Den gjelder i inntil 2 år, eller inntil 1 år for sjøfolk under 18 år, eller den kortere perioden legen har satt. Uten gyldig helseerklæring er heller ikke D6-sertifikatet gyldig.',
    en: "Decides whether a seafarer's health certificate is valid on a given date. It is valid for up to 2 years, or up to 1 year for seafarers under 18, or the shorter period the doctor set. Without a valid health certificate a D6 certificate is not valid either.",
  },
  facts: [fact('issueDate'), expiryFact, fact('ageAtIssue'), onDateFact],
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
          nn: 'kan ikke være før utstedelsesdatoen.',
          en: 'cannot be before the date of issue.',
        });
      }
      if (isBefore(on, f.issueDate)) {
        return factProblem(onDateFact.spec, {
          nb: 'er før helseerklæringen ble utstedt.',
          nn: 'er før helseerklæringen ble utstedt.',
          en: 'is before the health certificate was issued.',
        });
      }
    }
    const missing = f.expiryDate === undefined ? need(f, 'issueDate', 'ageAtIssue') : need(f, 'issueDate');
    if (missing) return missing;
    const issued = f.issueDate!;
    const reasons: Text[] = [];
    let validUntil: string;
    if (f.expiryDate !== undefined) {
      const longest = lastDayOf(issued, limit('healthMaxYears'));
      if (isAfter(f.expiryDate, longest)) {
        return factProblem(expiryFact.spec, {
          nb: `kan ikke være senere enn ${date(longest).nb}; en helseerklæring gjelder i høyst ${limit('healthMaxYears')} år.`,
          nn: `kan ikke være senere enn ${date(longest).nn}; en helseerklæring gjelder i høyst ${limit('healthMaxYears')} år.`,
          en: `cannot be later than ${date(longest).en}; a health certificate is valid for at most ${limit('healthMaxYears')} years.`,
        });
      }
      validUntil = f.expiryDate;
      reasons.push({
        nb: `Helseerklæringen gjelder til ${date(validUntil).nb}, datoen legen har satt.`,
        nn: `Helseerklæringen gjelder til ${date(validUntil).nn}, datoen legen har satt.`,
        en: `The health certificate is valid until ${date(validUntil).en}, the date the doctor set.`,
      });
    } else {
      const minor = f.ageAtIssue! < limit('healthAdultAge');
      const years = limit(minor ? 'healthMaxYearsMinor' : 'healthMaxYears');
      validUntil = lastDayOf(issued, years);
      reasons.push(
        minor
          ? {
              nb: `For sjøfolk under ${limit('healthAdultAge')} år gjelder helseerklæringen i inntil ${years} år: fra ${date(issued).nb} til senest ${date(validUntil).nb}.`,
              nn: `For sjøfolk under ${limit('healthAdultAge')} år gjelder helseerklæringen i inntil ${years} år: fra ${date(issued).nn} til senest ${date(validUntil).nn}.`,
              en: `For seafarers under ${limit('healthAdultAge')} the health certificate is valid for up to ${years} year: from ${date(issued).en} until ${date(validUntil).en} at the latest.`,
            }
          : {
              nb: `En helseerklæring gjelder i inntil ${years} år: fra ${date(issued).nb} til senest ${date(validUntil).nb}.`,
              nn: `En helseerklæring gjelder i inntil ${years} år: fra ${date(issued).nn} til senest ${date(validUntil).nn}.`,
              en: `A health certificate is valid for up to ${years} years: from ${date(issued).en} until ${date(validUntil).en} at the latest.`,
            },
      );
      reasons.push({
        nb: 'Legen kan ha satt en kortere gyldighet eller begrensninger; sjekk datoen på erklæringen.',
        nn: 'Legen kan ha satt en kortere gyldighet eller begrensninger; sjekk datoen på erklæringen.',
        en: 'The doctor may have set a shorter validity or limitations; check the date on the certificate.',
      });
    }
    const expired = isAfter(on, validUntil);
    reasons.push(
      expired
        ? {
            nb: `Den ${date(on).nb} er den ikke lenger gyldig. Uten gyldig helseerklæring er heller ikke D6-sertifikatet gyldig.`,
            nn: `Den ${date(on).nn} er den ikke lenger gyldig. Uten gyldig helseerklæring er heller ikke D6-sertifikatet gyldig.`,
            en: `On ${date(on).en} it is no longer valid. Without a valid health certificate a D6 certificate is not valid either.`,
          }
        : {
            nb: `Den ${date(on).nb} er den gyldig.`,
            nn: `Den ${date(on).nn} er den gyldig.`,
            en: `On ${date(on).en} it is valid.`,
          },
    );
    return { outcome: expired ? 'expired' : 'valid', values: { validUntil }, reasons };
  },
});
