/**
 * Ship's cook required?
 *
 * Sdir (seed 003, "Når er det krav til skipskokk i bemanningen?"): a ship's cook is required on
 * vessels whose safe manning is 10 persons or more. No second source was found (facts.md), so
 * the Sdir answer itself is cited.
 */
import { fact } from './facts.js';
import { defineRule, need, num } from './rule.js';
import { cite } from './sources.js';
import { limit } from './thresholds.js';

type Facts = { safetyManning: number };

export const shipCook = defineRule<Facts>({
  id: 'ship-cook',
  topic: 'cook.required',
  title: { nb: 'Krav om skipskokk', nn: 'Krav om skipskokk', en: "Ship's cook required?" },
  summary: {
    nb: 'Avgjør om skipet må ha skipskokk: det kreves når sikkerhetsbemanningen består av 10 eller flere personer.',
    nn: 'Avgjer om skipet må ha skipskokk: det er krav om skipskokk når sikkerheitsbemanninga er 10 eller fleire personar.',
    en: "Decides whether the ship must carry a ship's cook: required when the safe manning is 10 persons or more.",
  },
  facts: [fact('safetyManning')],
  outcomes: ['required', 'not-required'],
  thresholds: ['cookRequiredMinSafetyManning'],
  citations: [cite('sdirManningFaq')],
  evaluate(f) {
    const g = need(f, 'safetyManning');
    if (!g.ok) return g;
    const n = g.facts.safetyManning;
    const min = limit('cookRequiredMinSafetyManning');
    return n >= min
      ? {
          outcome: 'required',
          reasons: [
            {
              nb: `En sikkerhetsbemanning på ${num(n).nb} personer er ${num(min).nb} eller flere, så skipskokk kreves.`,
              nn: `Ei sikkerheitsbemanning på ${num(n).nn} personar er ${num(min).nn} eller fleire, så det er krav om skipskokk.`,
              en: `A safe manning of ${num(n).en} persons is ${num(min).en} or more, so a ship's cook is required.`,
            },
          ],
        }
      : {
          outcome: 'not-required',
          reasons: [
            {
              nb: `En sikkerhetsbemanning på ${num(n).nb} personer er under ${num(min).nb}, så skipskokk kreves ikke.`,
              nn: `Ei sikkerheitsbemanning på ${num(n).nn} personar er under ${num(min).nn}, så det er ikkje krav om skipskokk.`,
              en: `A safe manning of ${num(n).en} persons is under ${num(min).en}, so a ship's cook is not required.`,
            },
          ],
        };
  },
});
