/**
 * What a deck officer class 6 (D6) certificate allows — kvalifikasjonsforskriften § 23 (seed 003).
 *
 * D6 allows service on ships under 500 GT in trading area liten kystfart (which includes trading
 * areas 1–4), except passenger ships and fishing vessels, as: officer of the watch and chief mate
 * on ships of length (L) under 24 m; master on ships of length overall under 15 m. A holder aged 20
 * or more with at least 12 months as officer of the watch on ships of LOA 8 m or more may also be
 * master on ships of L under 24 m in liten kystfart.
 */
import { TRADING_AREAS, fact } from './facts.js';
import { defineRule, need, num } from './rule.js';
import { cite } from './sources.js';
import { limit } from './thresholds.js';
import type { Text } from './types.js';

type Facts = {
  role: 'master' | 'chief-mate' | 'officer-of-the-watch';
  vesselType: 'passenger' | 'cargo' | 'fishing' | 'other';
  grossTonnage: number;
  tradingArea: (typeof TRADING_AREAS)[number];
  lengthL: number;
  lengthOverall: number;
  age: number;
  monthsAsOfficerOfTheWatch: number;
};

/** Trading areas within liten kystfart (areas 1–4 lie inside it; facts.md "Trading areas"). */
const WITHIN_LITEN_KYSTFART = TRADING_AREAS.slice(0, TRADING_AREAS.indexOf('liten-kystfart') + 1);

const notAllowed = (reason: Text) => ({ outcome: 'not-allowed', reasons: [reason] });

export const d6Privileges = defineRule<Facts>({
  id: 'd6-privileges',
  topic: 'd6.privileges',
  title: { nb: 'Rettigheter med D6', nn: 'Rettigheter med D6', en: 'D6 privileges' },
  summary: {
    nb: 'Avgjør om en innehaver av D6 kan tjenestegjøre i en gitt stilling på et gitt skip: bruttotonnasje under 500, fartsområde liten kystfart (eller innenfor), ikke passasjerskip eller fiskefartøy; vaktoffiser og overstyrmann på lengde (L) under 24 m; skipsfører på største lengde under 15 m, eller på L under 24 m for innehaver som er fylt 20 år og har 12 måneders fartstid som vaktoffiser på skip med største lengde 8 m eller mer.',
    nn: 'Avgjør om en innehaver av D6 kan tjenestegjøre i en gitt stilling på et gitt skip: bruttotonnasje under 500, fartsområde liten kystfart (eller innenfor), ikke passasjerskip eller fiskefartøy; vaktoffiser og overstyrmann på lengde (L) under 24 m; skipsfører på største lengde under 15 m, eller på L under 24 m for innehaver som er fylt 20 år og har 12 måneders fartstid som vaktoffiser på skip med største lengde 8 m eller mer.',
    en: 'Decides whether a D6 holder may serve in a given position on a given ship: under 500 GT, trading area liten kystfart (or inside it), not passenger ships or fishing vessels; officer of the watch and chief mate on length (L) under 24 m; master on length overall under 15 m, or on L under 24 m for a holder aged 20 or more with 12 months as officer of the watch on ships of LOA 8 m or more.',
  },
  facts: [
    fact('role'),
    fact('vesselType'),
    fact('grossTonnage'),
    fact('tradingArea'),
    fact('lengthOverall'),
    fact('lengthL'),
    fact('age'),
    fact('monthsAsOfficerOfTheWatch'),
  ],
  outcomes: ['allowed', 'not-allowed'],
  thresholds: [
    'd6MaxGrossTonnageExclusive',
    'd6OfficerMaxLengthLExclusive',
    'd6MasterMaxLengthOverallExclusive',
    'd6MasterExtensionMaxLengthLExclusive',
    'd6MasterExtensionMinAge',
    'd6MasterExtensionMinMonthsOow',
  ],
  citations: [cite('qualificationRegulations', '§ 23'), cite('sdirManningFaq')],
  evaluate(f) {
    // Conditions common to every role: any known failure decides at once.
    if (f.vesselType === 'passenger' || f.vesselType === 'fishing') {
      return notAllowed({
        nb: 'D6 gjelder ikke på passasjerskip eller fiskefartøy.',
        nn: 'D6 gjelder ikke på passasjerskip eller fiskefartøy.',
        en: 'D6 does not apply on passenger ships or fishing vessels.',
      });
    }
    const maxGt = limit('d6MaxGrossTonnageExclusive');
    if (f.grossTonnage !== undefined && f.grossTonnage >= maxGt) {
      return notAllowed({
        nb: `D6 gjelder skip under ${num(maxGt).nb} BT; ${num(f.grossTonnage).nb} BT er for stort.`,
        nn: `D6 gjelder skip under ${num(maxGt).nn} BT; ${num(f.grossTonnage).nn} BT er for stort.`,
        en: `D6 applies to ships under ${num(maxGt).en} GT; ${num(f.grossTonnage).en} GT is too large.`,
      });
    }
    if (f.tradingArea !== undefined && !WITHIN_LITEN_KYSTFART.includes(f.tradingArea)) {
      return notAllowed({
        nb: 'D6 gjelder bare i fartsområde liten kystfart (og fartsområdene innenfor).',
        nn: 'D6 gjelder bare i fartsområde liten kystfart (og fartsområdene innenfor).',
        en: 'D6 applies only in trading area liten kystfart (and the areas inside it).',
      });
    }
    const general: Text = {
      nb: `Skipet er under ${num(maxGt).nb} BT, i liten kystfart eller innenfor, og er ikke passasjerskip eller fiskefartøy.`,
      nn: `Skipet er under ${num(maxGt).nn} BT, i liten kystfart eller innenfor, og er ikke passasjerskip eller fiskefartøy.`,
      en: `The ship is under ${num(maxGt).en} GT, in liten kystfart or inside it, and is neither a passenger ship nor a fishing vessel.`,
    };
    const maxL = limit('d6OfficerMaxLengthLExclusive');
    if (f.role === 'officer-of-the-watch' || f.role === 'chief-mate') {
      const role =
        f.role === 'chief-mate'
          ? { nb: 'overstyrmann', nn: 'overstyrmann', en: 'chief mate' }
          : { nb: 'ansvarshavende vaktoffiser', nn: 'ansvarshavende vaktoffiser', en: 'officer of the watch' };
      if (f.lengthL !== undefined && f.lengthL >= maxL) {
        return notAllowed({
          nb: `D6 gir rett til å være ${role.nb} bare på skip med lengde (L) under ${num(maxL).nb} m; her er L ${num(f.lengthL).nb} m.`,
          nn: `D6 gir rett til å være ${role.nn} bare på skip med lengde (L) under ${num(maxL).nn} m; her er L ${num(f.lengthL).nn} m.`,
          en: `D6 allows serving as ${role.en} only on ships of length (L) under ${num(maxL).en} m; here L is ${num(f.lengthL).en} m.`,
        });
      }
      return (
        need(f, 'role', 'vesselType', 'grossTonnage', 'tradingArea', 'lengthL') ?? {
          outcome: 'allowed',
          values: { basis: 'd6' },
          reasons: [
            general,
            {
              nb: `Lengde (L) ${num(f.lengthL!).nb} m er under ${num(maxL).nb} m, så D6 gir rett til å være ${role.nb}.`,
              nn: `Lengde (L) ${num(f.lengthL!).nn} m er under ${num(maxL).nn} m, så D6 gir rett til å være ${role.nn}.`,
              en: `Length (L) ${num(f.lengthL!).en} m is under ${num(maxL).en} m, so D6 allows serving as ${role.en}.`,
            },
          ],
        }
      );
    }
    if (f.role === undefined)
      return need(
        f,
        'role',
        'vesselType',
        'grossTonnage',
        'tradingArea',
        'lengthOverall',
        'lengthL',
        'age',
        'monthsAsOfficerOfTheWatch',
      )!;
    // Master: length overall under 15 m, or else the extension on L under 24 m.
    const maxLoa = limit('d6MasterMaxLengthOverallExclusive');
    if (f.lengthOverall === undefined)
      return need(
        f,
        'vesselType',
        'grossTonnage',
        'tradingArea',
        'lengthOverall',
        'lengthL',
        'age',
        'monthsAsOfficerOfTheWatch',
      )!;
    if (f.lengthOverall < maxLoa) {
      return (
        need(f, 'vesselType', 'grossTonnage', 'tradingArea') ?? {
          outcome: 'allowed',
          values: { basis: 'd6' },
          reasons: [
            general,
            {
              nb: `Største lengde ${num(f.lengthOverall).nb} m er under ${num(maxLoa).nb} m, så D6 gir rett til å være skipsfører.`,
              nn: `Største lengde ${num(f.lengthOverall).nn} m er under ${num(maxLoa).nn} m, så D6 gir rett til å være skipsfører.`,
              en: `Length overall ${num(f.lengthOverall).en} m is under ${num(maxLoa).en} m, so D6 allows serving as master.`,
            },
          ],
        }
      );
    }
    const extMaxL = limit('d6MasterExtensionMaxLengthLExclusive');
    const minAge = limit('d6MasterExtensionMinAge');
    const minMonths = limit('d6MasterExtensionMinMonthsOow');
    const beyondLoa = {
      nb: `Største lengde ${num(f.lengthOverall).nb} m er ${num(maxLoa).nb} m eller mer, så skipsfører krever utvidelsen i § 23.`,
      nn: `Største lengde ${num(f.lengthOverall).nn} m er ${num(maxLoa).nn} m eller mer, så skipsfører krever utvidelsen i § 23.`,
      en: `Length overall ${num(f.lengthOverall).en} m is ${num(maxLoa).en} m or more, so serving as master needs the extension in § 23.`,
    };
    if (f.lengthL !== undefined && f.lengthL >= extMaxL) {
      return {
        outcome: 'not-allowed',
        reasons: [
          beyondLoa,
          {
            nb: `Utvidelsen gjelder bare skip med lengde (L) under ${num(extMaxL).nb} m; her er L ${num(f.lengthL).nb} m.`,
            nn: `Utvidelsen gjelder bare skip med lengde (L) under ${num(extMaxL).nn} m; her er L ${num(f.lengthL).nn} m.`,
            en: `The extension applies only to ships of length (L) under ${num(extMaxL).en} m; here L is ${num(f.lengthL).en} m.`,
          },
        ],
      };
    }
    if (f.age !== undefined && f.age < minAge) {
      return {
        outcome: 'not-allowed',
        reasons: [
          beyondLoa,
          {
            nb: `Utvidelsen krever fylte ${minAge} år; alderen er ${num(f.age).nb}.`,
            nn: `Utvidelsen krever fylte ${minAge} år; alderen er ${num(f.age).nn}.`,
            en: `The extension requires age ${minAge} or more; the age is ${num(f.age).en}.`,
          },
        ],
      };
    }
    if (f.monthsAsOfficerOfTheWatch !== undefined && f.monthsAsOfficerOfTheWatch < minMonths) {
      return {
        outcome: 'not-allowed',
        reasons: [
          beyondLoa,
          {
            nb: `Utvidelsen krever minst ${minMonths} måneders fartstid som vaktoffiser på skip med største lengde 8 m eller mer; her er det ${num(f.monthsAsOfficerOfTheWatch).nb}.`,
            nn: `Utvidelsen krever minst ${minMonths} måneders fartstid som vaktoffiser på skip med største lengde 8 m eller mer; her er det ${num(f.monthsAsOfficerOfTheWatch).nn}.`,
            en: `The extension requires at least ${minMonths} months as officer of the watch on ships of LOA 8 m or more; here it is ${num(f.monthsAsOfficerOfTheWatch).en}.`,
          },
        ],
      };
    }
    return (
      need(
        f,
        'vesselType',
        'grossTonnage',
        'tradingArea',
        'lengthOverall',
        'lengthL',
        'age',
        'monthsAsOfficerOfTheWatch',
      ) ?? {
        outcome: 'allowed',
        values: { basis: 'd6-master-extension' },
        reasons: [
          general,
          beyondLoa,
          {
            nb: `Innehaveren er ${num(f.age!).nb} år (krav: fylt ${minAge}) med ${num(f.monthsAsOfficerOfTheWatch!).nb} måneder som vaktoffiser (krav: ${minMonths}), og skipets lengde (L) ${num(f.lengthL!).nb} m er under ${num(extMaxL).nb} m.`,
            nn: `Innehaveren er ${num(f.age!).nn} år (krav: fylt ${minAge}) med ${num(f.monthsAsOfficerOfTheWatch!).nn} måneder som vaktoffiser (krav: ${minMonths}), og skipets lengde (L) ${num(f.lengthL!).nn} m er under ${num(extMaxL).nn} m.`,
            en: `The holder is ${num(f.age!).en} (required: ${minAge}) with ${num(f.monthsAsOfficerOfTheWatch!).en} months as officer of the watch (required: ${minMonths}), and the ship's length (L) ${num(f.lengthL!).en} m is under ${num(extMaxL).en} m.`,
          },
        ],
      }
    );
  },
});
