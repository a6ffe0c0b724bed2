/**
 * Sea-time calculation, hour by hour — kvalifikasjonsforskriften § 16 first paragraph, as Sdir
 * applies it to every personal-certificate decision from 1 July 2016, whenever the sea time was
 * earned (facts.md; seed 004).
 *
 * Sea-time days = hours worked on board / 1867 × 365, where 1867 is the hours of a base work year
 * of 8-hour days. No overtime multiplier. At most 14 hours a day count (skipssikkerhetsloven § 24).
 * A month is 30 days. Sdir does not publish a rounding rule: full precision is kept and the values
 * are shown to 2 decimals; months are cut, not rounded, so 359.92 days never show as 12 months.
 */
import { fact } from './facts.js';
import { defineRule, floor2, need, num, round2 } from './rule.js';
import type { FactSpec } from './facts.js';
import { factProblem } from './rule.js';
import { cite } from './sources.js';
import { limit } from './thresholds.js';

type Facts = { totalHours: number; days: number; hoursPerDay: number; targetDays: number; seaTimeDaysHad: number };

/** Sea-time days earned by `hours` hours on board (full precision). */
export const seaTimeDaysFromHours = (hours: number): number =>
  (hours / limit('seaTimeHoursPerYear')) * limit('seaTimeDaysPerYear');

/** Hours on board needed for `days` sea-time days (full precision). */
export const hoursFromSeaTimeDays = (days: number): number =>
  (days * limit('seaTimeHoursPerYear')) / limit('seaTimeDaysPerYear');

const totalHoursFact = fact('totalHours');

export const seaTime = defineRule<Facts>({
  id: 'sea-time',
  topic: 'seatime.calculate',
  title: { nb: 'Beregning av fartstid', nn: 'Utrekning av fartstid', en: 'Sea-time calculation' },
  summary: {
    nb: 'Regner om timer arbeidet om bord til fartstidsdager (timer / 1867 × 365) og tilbake. Antall timer er enten oppgitt samlet, eller antall dager ganger timer per dag (1–14). En måned regnes som 30 dager.',
    nn: 'Reknar om timar arbeidde om bord til fartstidsdagar (timar / 1867 × 365) og tilbake. Timane er anten oppgitt samla, eller som talet på dagar gonger timar per dag (1–14). Ein månad blir rekna som 30 dagar.',
    en: 'Converts hours worked on board into sea-time days (hours / 1867 × 365) and back. The hours are given as a total, or as days times hours per day (1–14). A month counts as 30 days.',
  },
  facts: [
    fact('days'),
    fact('hoursPerDay'),
    { ...totalHoursFact, optional: true },
    fact('targetDays', { optional: true }),
    fact('seaTimeDaysHad', { optional: true }),
  ],
  outcomes: ['calculated'],
  thresholds: [
    'seaTimeHoursPerYear',
    'seaTimeDaysPerYear',
    'seaTimeMinHoursPerDay',
    'seaTimeMaxHoursPerDay',
    'seaTimeMaxDaysInRowAtMaxHours',
    'daysPerMonth',
  ],
  citations: [
    cite('qualificationRegulations', '§ 16'),
    cite('sdirSeaTimeHourByHour'),
    cite('shipSafetyAct', '§ 24'),
    cite('sdirSeaTimeSpreadsheet'),
  ],
  evaluate(f) {
    const perYear = limit('seaTimeHoursPerYear');
    const daysPerYear = limit('seaTimeDaysPerYear');
    const values: Record<string, number | boolean> = {};
    const reasons = [];
    const perDay = need(f, 'days', 'hoursPerDay');
    const fromDays = perDay.ok ? perDay.facts.days * perDay.facts.hoursPerDay : undefined;
    // "20 dager × 12 timer = " — how the hours were reached from days and hours per day.
    const product: { nb: string; nn: string; en: string } = perDay.ok
      ? {
          nb: `${num(perDay.facts.days).nb} dager × ${num(perDay.facts.hoursPerDay).nb} timer`,
          nn: `${num(perDay.facts.days).nn} dagar × ${num(perDay.facts.hoursPerDay).nn} timar`,
          en: `${num(perDay.facts.days).en} days × ${num(perDay.facts.hoursPerDay).en} hours`,
        }
      : { nb: '', nn: '', en: '' };
    if (fromDays !== undefined && f.totalHours !== undefined && Math.abs(fromDays - f.totalHours) > 1e-9) {
      return factProblem(totalHoursFact.spec as FactSpec, {
        nb: `${product.nb} er ${num(fromDays).nb} timer, ikke ${num(f.totalHours).nb}. Oppgi enten timer totalt eller dager og timer per dag.`,
        nn: `${product.nn} er ${num(fromDays).nn} timar, ikkje ${num(f.totalHours).nn}. Oppgi anten timar i alt eller dagar og timar per dag.`,
        en: `${product.en} is ${num(fromDays).en} hours, not ${num(f.totalHours).en}. Give either total hours or days and hours per day.`,
      });
    }
    // "90 days on board, total 1400 hours": more than 14 hours a day on average cannot all be sea time
    // (seed 002: at most 14 hours of work a day), so the total is not taken as given.
    const maxPerDay = limit('seaTimeMaxHoursPerDay');
    if (fromDays === undefined && f.totalHours !== undefined && f.days && f.totalHours / f.days > maxPerDay) {
      const average = Math.round((f.totalHours / f.days) * 100) / 100;
      return factProblem(totalHoursFact.spec as FactSpec, {
        nb: `${num(f.totalHours).nb} timer over ${num(f.days).nb} dager er ${num(average).nb} timer per dag, men høyst ${maxPerDay} timer per dag kan føres som fartstid. Sjekk timene eller dagene.`,
        nn: `${num(f.totalHours).nn} timar over ${num(f.days).nn} dagar er ${num(average).nn} timar per dag, men høgst ${maxPerDay} timar per dag kan førast som fartstid. Sjekk timane eller dagane.`,
        en: `${num(f.totalHours).en} hours over ${num(f.days).en} days is ${num(average).en} hours a day, but at most ${maxPerDay} hours a day can be entered as sea time. Check the hours or the days.`,
      });
    }
    // "I have 250 sea-time days and need 360": the days had count as the hours they stand for, beside
    // any hours stated (only toward a sea time wanted).
    const hadHours =
      f.seaTimeDaysHad !== undefined && f.targetDays !== undefined ? hoursFromSeaTimeDays(f.seaTimeDaysHad) : undefined;
    const stated = f.totalHours ?? fromDays;
    const hours = hadHours === undefined ? stated : (stated ?? 0) + hadHours;
    if (hadHours !== undefined) {
      const had = num(f.seaTimeDaysHad ?? 0);
      const h = num(round2(hadHours));
      reasons.push({
        nb: `${had.nb} fartstidsdager du allerede har, tilsvarer ${had.nb} × ${num(perYear).nb} / ${daysPerYear} = ${h.nb} timer om bord.`,
        nn: `${had.nn} fartstidsdagar du alt har, svarar til ${had.nn} × ${num(perYear).nn} / ${daysPerYear} = ${h.nn} timar om bord.`,
        en: `The ${had.en} sea-time days you already have equal ${had.en} × ${num(perYear).en} / ${daysPerYear} = ${h.en} hours on board.`,
      });
    }
    if (hours === undefined && f.targetDays === undefined) {
      return {
        needs: [
          f.days === undefined ? 'days' : undefined,
          f.hoursPerDay === undefined ? 'hoursPerDay' : undefined,
        ].filter((x): x is string => x !== undefined),
      };
    }
    if (hours !== undefined) {
      const days = seaTimeDaysFromHours(hours);
      values.hours = round2(hours);
      values.seaTimeDays = round2(days);
      // Months cut, not rounded: 359.92 days (11.997 months) must never show as "12 months".
      values.seaTimeMonths = floor2(days / limit('daysPerMonth'));
      const how =
        fromDays !== undefined && f.totalHours === undefined && hadHours === undefined
          ? {
              nb: `${product.nb} = ${num(hours).nb} timer. `,
              nn: `${product.nn} = ${num(hours).nn} timar. `,
              en: `${product.en} = ${num(hours).en} hours. `,
            }
          : { nb: '', nn: '', en: '' };
      reasons.push({
        nb: `${how.nb}${num(hours).nb} timer / ${num(perYear).nb} × ${daysPerYear} = ${num(values.seaTimeDays).nb} fartstidsdager (${num(values.seaTimeMonths).nb} måneder à 30 dager).`,
        nn: `${how.nn}${num(hours).nn} timar / ${num(perYear).nn} × ${daysPerYear} = ${num(values.seaTimeDays).nn} fartstidsdagar (${num(values.seaTimeMonths).nn} månader à 30 dagar).`,
        en: `${how.en}${num(hours).en} hours / ${num(perYear).en} × ${daysPerYear} = ${num(values.seaTimeDays).en} sea-time days (${num(values.seaTimeMonths).en} months of 30 days).`,
      });
    }
    if (f.targetDays !== undefined) {
      const needed = hoursFromSeaTimeDays(f.targetDays);
      values.hoursNeeded = round2(needed);
      // "How many months is 500 sea-time days?", «14 månader fartstid, kor mange dagar er det?»: the
      // sea time in both units (a month is 30 days; months cut as above).
      values.targetMonths = floor2(f.targetDays / limit('daysPerMonth'));
      const [target, months] = [num(f.targetDays), num(values.targetMonths)];
      reasons.push({
        nb: `${target.nb} fartstidsdager er ${months.nb} måneder à 30 dager.`,
        nn: `${target.nn} fartstidsdagar er ${months.nn} månader à 30 dagar.`,
        en: `${target.en} sea-time days are ${months.en} months of 30 days.`,
      });
      reasons.push({
        nb: `${num(f.targetDays).nb} fartstidsdager krever ${num(f.targetDays).nb} × ${num(perYear).nb} / ${daysPerYear} = ${num(values.hoursNeeded).nb} timer om bord.`,
        nn: `${num(f.targetDays).nn} fartstidsdagar krev ${num(f.targetDays).nn} × ${num(perYear).nn} / ${daysPerYear} = ${num(values.hoursNeeded).nn} timar om bord.`,
        en: `${num(f.targetDays).en} sea-time days need ${num(f.targetDays).en} × ${num(perYear).en} / ${daysPerYear} = ${num(values.hoursNeeded).en} hours on board.`,
      });
      if (hours === undefined && f.hoursPerDay !== undefined) {
        // "I work 12 h a day, how many days for 360 days of sea time?": the days on board at that pace,
        // a part-day counted as a whole day.
        values.daysNeeded = round2(needed / f.hoursPerDay);
        values.wholeDaysNeeded = Math.ceil(needed / f.hoursPerDay - 1e-9);
        const perDayText = num(f.hoursPerDay);
        const daysText = num(values.daysNeeded);
        const wholeText = num(values.wholeDaysNeeded);
        reasons.push({
          nb: `Med ${perDayText.nb} timer per dag er det ${num(values.hoursNeeded).nb} / ${perDayText.nb} = ${daysText.nb} dager om bord, altså ${wholeText.nb} dager.`,
          nn: `Med ${perDayText.nn} timar per dag er det ${num(values.hoursNeeded).nn} / ${perDayText.nn} = ${daysText.nn} dagar om bord, altså ${wholeText.nn} dagar.`,
          en: `At ${perDayText.en} hours a day that is ${num(values.hoursNeeded).en} / ${perDayText.en} = ${daysText.en} days on board, so ${wholeText.en} days.`,
        });
      }
      if (hours !== undefined) {
        // Both known ("2100 hours, is that 12 months?"): say which side of the amount asked they are.
        values.reachesTarget = hours >= needed;
        const h = num(hours);
        const n = num(values.hoursNeeded);
        reasons.push(
          hours >= needed
            ? {
                nb: `${h.nb} timer er minst de ${n.nb} timene ${num(f.targetDays).nb} fartstidsdager krever.`,
                nn: `${h.nn} timar er minst dei ${n.nn} timane ${num(f.targetDays).nn} fartstidsdagar krev.`,
                en: `${h.en} hours are at least the ${n.en} hours ${num(f.targetDays).en} sea-time days need.`,
              }
            : {
                nb: `${h.nb} timer er færre enn de ${n.nb} timene ${num(f.targetDays).nb} fartstidsdager krever.`,
                nn: `${h.nn} timar er færre enn dei ${n.nn} timane ${num(f.targetDays).nn} fartstidsdagar krev.`,
                en: `${h.en} hours are fewer than the ${n.en} hours ${num(f.targetDays).en} sea-time days need.`,
              },
        );
        if (hours < needed) {
          // «Kor mange dagar manglar eg?»: the hours still missing, and at the hours a day given, the days.
          values.hoursMissing = round2(needed - hours);
          const missing = num(values.hoursMissing);
          reasons.push({
            nb: `Det mangler ${n.nb} − ${h.nb} = ${missing.nb} timer.`,
            nn: `Det manglar ${n.nn} − ${h.nn} = ${missing.nn} timar.`,
            en: `That leaves ${n.en} − ${h.en} = ${missing.en} hours to go.`,
          });
          if (f.hoursPerDay !== undefined) {
            values.daysMissing = round2((needed - hours) / f.hoursPerDay);
            values.wholeDaysMissing = Math.ceil((needed - hours) / f.hoursPerDay - 1e-9);
            const perDayText = num(f.hoursPerDay);
            const daysText = num(values.daysMissing);
            const wholeText = num(values.wholeDaysMissing);
            reasons.push({
              nb: `Med ${perDayText.nb} timer per dag er det ${missing.nb} / ${perDayText.nb} = ${daysText.nb} dager til om bord, altså ${wholeText.nb} dager.`,
              nn: `Med ${perDayText.nn} timar per dag er det ${missing.nn} / ${perDayText.nn} = ${daysText.nn} dagar til om bord, altså ${wholeText.nn} dagar.`,
              en: `At ${perDayText.en} hours a day that is ${missing.en} / ${perDayText.en} = ${daysText.en} more days on board, so ${wholeText.en} days.`,
            });
          }
        }
      }
    }
    // «14 timer dagen i 100 dager»: Sdir's spreadsheet marks more than 90 such days in a row as an
    // error (facts.md); the days may not be in a row, so it is said as a caution, not a verdict.
    const maxInRow = limit('seaTimeMaxDaysInRowAtMaxHours');
    if (perDay.ok && perDay.facts.hoursPerDay >= maxPerDay && perDay.facts.days > maxInRow) {
      values.flaggedIfInRow = true;
      reasons.push({
        nb: `Sjøfartsdirektoratets regneark for fartstid markerer mer enn ${maxInRow} kalenderdager i strekk med ${maxPerDay} timer per døgn som feil. Var de ${num(perDay.facts.days).nb} dagene i strekk, viser regnearket feil for perioden.`,
        nn: `Reknearket for fartstid frå Sjøfartsdirektoratet markerer meir enn ${maxInRow} kalenderdagar i strekk med ${maxPerDay} timar per døgn som feil. Var dei ${num(perDay.facts.days).nn} dagane i strekk, viser reknearket feil for perioden.`,
        en: `The Authority's sea-time spreadsheet marks more than ${maxInRow} calendar days in a row at ${maxPerDay} hours a day as an error. If the ${num(perDay.facts.days).en} days were in a row, the spreadsheet shows an error for the period.`,
      });
    }
    // Why not days × 8 hours: the base year (facts.md), which "why?" after a calculation asks about.
    const perSeaDay = num(Math.round((perYear / daysPerYear) * 10) / 10);
    reasons.push({
      nb: `Tallet ${num(perYear).nb} er timene i et normalt arbeidsår med 8-timersdager, så én fartstidsdag tilsvarer omtrent ${perSeaDay.nb} timer; overtid gir ikke noe tillegg. Høyst ${limit('seaTimeMaxHoursPerDay')} timer per døgn kan regnes. Beregningen gjelder alle søknader om personlige sertifikater fra 1. juli 2016, uansett når fartstiden ble opptjent.`,
      nn: `Talet ${num(perYear).nn} er timane i eit normalt arbeidsår med 8-timarsdagar, så éin fartstidsdag svarar til om lag ${perSeaDay.nn} timar; overtid gir ikkje noko tillegg. Høgst ${limit('seaTimeMaxHoursPerDay')} timar per døgn kan reknast med. Utrekninga gjeld alle søknader om personlege sertifikat frå 1. juli 2016, same når fartstida vart opptent.`,
      en: `The figure ${num(perYear).en} is the hours in a normal working year of 8-hour days, so one sea-time day equals about ${perSeaDay.en} hours; overtime gives no extra. At most ${limit('seaTimeMaxHoursPerDay')} hours a day count. The calculation applies to every personal-certificate application from 1 July 2016, whenever the sea time was earned.`,
    });
    return { outcome: 'calculated', values, reasons };
  },
});
