/**
 * Ship's cook required?
 *
 * Sdir (seed 003, "Når er det krav til skipskokk i bemanningen?"): a ship's cook is required on
 * vessels whose safety manning is 10 persons or more. No second source was found (facts.md), so
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
    nn: 'Avgjør om skipet må ha skipskokk: det kreves når sikkerhetsbemanningen består av 10 eller flere personer.',
    en: "Decides whether the ship must carry a ship's cook: required when the safety manning is 10 persons or more.",
  },
  facts: [fact('safetyManning')],
  outcomes: ['required', 'not-required'],
  thresholds: ['cookRequiredMinSafetyManning'],
  citations: [cite('sdirManningFaq')],
  evaluate(f) {
    const missing = need(f, 'safetyManning');
    if (missing) return missing;
    const n = f.safetyManning!;
    const min = limit('cookRequiredMinSafetyManning');
    return n >= min
      ? {
          outcome: 'required',
          reasons: [
            {
              nb: `En sikkerhetsbemanning på ${num(n).nb} personer er ${num(min).nb} eller flere, så skipskokk kreves.`,
              nn: `En sikkerhetsbemanning på ${num(n).nn} personer er ${num(min).nn} eller flere, så skipskokk kreves.`,
              en: `A safety manning of ${num(n).en} persons is ${num(min).en} or more, so a ship's cook is required.`,
            },
          ],
        }
      : {
          outcome: 'not-required',
          reasons: [
            {
              nb: `En sikkerhetsbemanning på ${num(n).nb} personer er under ${num(min).nb}, så skipskokk kreves ikke.`,
              nn: `En sikkerhetsbemanning på ${num(n).nn} personer er under ${num(min).nn}, så skipskokk kreves ikke.`,
              en: `A safety manning of ${num(n).en} persons is under ${num(min).en}, so a ship's cook is not required.`,
            },
          ],
        };
  },
});
