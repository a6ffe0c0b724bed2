/**
 * What a deck officer class 6 (D6) certificate allows — kvalifikasjonsforskriften § 23 (seed 003).
 *
 * D6 allows service on ships under 500 GT in trading area liten kystfart (which includes trading
 * areas 1–4, facts.md), except passenger ships and fishing vessels, as: officer of the watch and
 * chief mate on ships of length (L) under 24 m; master on ships of length overall under 15 m. A
 * holder aged 20 or more with at least 12 months as officer of the watch on ships of LOA 8 m or
 * more may also be master on ships of L under 24 m in liten kystfart.
 *
 * Vessel categories (facts.md): the exception names passenger ships (more than 12 passengers) and
 * fishing vessels; a cargo ship (any other commercial vessel) is covered. The sources do not say how
 * § 23 treats a boat carrying 12 or fewer passengers (its own category, seed 004), a leisure craft,
 * or a vessel whose category the user does not know: for those the answer is 'uncertain' — unless
 * another condition already fails, which makes the answer "not allowed" whatever the category.
 */
import type { VESSEL_TYPES } from './facts.js';
import { TRADING_AREAS, fact } from './facts.js';
import type { Evaluation, Outcome } from './rule.js';
import { defineRule, missingOf, need, num } from './rule.js';
import { cite } from './sources.js';
import { limit } from './thresholds.js';
import type { Decision, Text } from './types.js';

type Facts = {
  role: 'master' | 'chief-mate' | 'officer-of-the-watch';
  vesselType: (typeof VESSEL_TYPES)[number];
  grossTonnage: number;
  tradingArea: (typeof TRADING_AREAS)[number];
  lengthL: number;
  lengthOverall: number;
  age: number;
  monthsAsOfficerOfTheWatch: number;
};

/** Trading areas within liten kystfart (areas 1–4 lie inside it; facts.md "Trading areas"). */
const WITHIN_LITEN_KYSTFART: readonly string[] = TRADING_AREAS.slice(0, TRADING_AREAS.indexOf('liten-kystfart') + 1);

const notAllowed = (...reasons: Text[]): Outcome => ({ outcome: 'not-allowed', reasons });

/** The positions on board a D6 decision names (also the headline names of content/outcomes.ts). */
export const D6_ROLE_NAMES: Record<Facts['role'], Text> = {
  master: { nb: 'skipsfører', nn: 'skipsførar', en: 'master' },
  'chief-mate': { nb: 'overstyrmann', nn: 'overstyrmann', en: 'chief mate' },
  'officer-of-the-watch': {
    nb: 'ansvarshavende vaktoffiser',
    nn: 'ansvarshavande vaktoffiser',
    en: 'officer of the watch',
  },
};

/** Why the category leaves the answer open, per category the sources do not settle. */
const CATEGORY_UNSETTLED: Record<'small-passenger' | 'leisure' | 'other', Text> = {
  'small-passenger': {
    nb: 'D6 gjelder ikke på passasjerskip. En båt som fører 12 eller færre passasjerer, er en egen kategori, og kildene våre sier ikke om D6 gir rett til å tjenestegjøre på en slik båt. Kontakt Sjøfartsdirektoratet for et sikkert svar.',
    nn: 'D6 gjeld ikkje på passasjerskip. Ein båt som fører 12 eller færre passasjerar, er ein eigen kategori, og kjeldene våre seier ikkje om D6 gir rett til å tenestegjere på ein slik båt. Kontakt Sjøfartsdirektoratet for eit sikkert svar.',
    en: 'D6 does not apply on passenger ships. A boat carrying 12 or fewer passengers is a category of its own, and our sources do not say whether D6 allows serving on such a boat. Contact the Norwegian Maritime Authority for a reliable answer.',
  },
  leisure: {
    nb: 'Kildene våre beskriver hva D6 gir rett til på næringsfartøy. Hvilke krav som gjelder om bord i et fritidsfartøy, sier de ikke noe om. Kontakt Sjøfartsdirektoratet for et sikkert svar.',
    nn: 'Kjeldene våre skildrar kva D6 gir rett til på næringsfartøy. Kva krav som gjeld om bord i eit fritidsfartøy, seier dei ingenting om. Kontakt Sjøfartsdirektoratet for eit sikkert svar.',
    en: 'Our sources describe what D6 allows on commercial vessels. They say nothing about the requirements on board a leisure craft. Contact the Norwegian Maritime Authority for a reliable answer.',
  },
  other: {
    nb: 'D6 gjelder ikke på passasjerskip (flere enn 12 passasjerer) eller fiskefartøy, men gjelder på lasteskip (andre næringsfartøy). Uten å vite hva slags fartøy det er, kan vi ikke svare sikkert. Finn ut hvilken kategori fartøyet hører til, eller kontakt Sjøfartsdirektoratet.',
    nn: 'D6 gjeld ikkje på passasjerskip (fleire enn 12 passasjerar) eller fiskefartøy, men gjeld på lasteskip (andre næringsfartøy). Utan å vite kva slags fartøy det er, kan vi ikkje svare sikkert. Finn ut kva kategori fartøyet høyrer til, eller kontakt Sjøfartsdirektoratet.',
    en: 'D6 does not apply on passenger ships (more than 12 passengers) or fishing vessels, but does on cargo ships (other commercial vessels). Without knowing the kind of vessel we cannot answer reliably. Find out which category the vessel belongs to, or contact the Norwegian Maritime Authority.',
  },
};

/** § 23 for a vessel of a category D6 covers (a cargo ship), on the facts known so far. */
function evaluateCovered(f: Partial<Facts>): Evaluation {
  const maxGt = limit('d6MaxGrossTonnageExclusive');
  const mGt = num(maxGt);
  if (f.grossTonnage !== undefined && f.grossTonnage >= maxGt) {
    const gt = num(f.grossTonnage);
    return notAllowed({
      nb: `D6 gjelder skip under ${mGt.nb} BT; ${gt.nb} BT er for stort.`,
      nn: `D6 gjeld skip under ${mGt.nn} BT; ${gt.nn} BT er for stort.`,
      en: `D6 applies to ships under ${mGt.en} GT; ${gt.en} GT is too large.`,
    });
  }
  if (f.tradingArea !== undefined && !WITHIN_LITEN_KYSTFART.includes(f.tradingArea)) {
    return notAllowed({
      nb: 'D6 gjelder bare i fartsområde liten kystfart (og fartsområdene innenfor).',
      nn: 'D6 gjeld berre i fartsområde liten kystfart (og fartsområda innanfor).',
      en: 'D6 applies only in trading area liten kystfart (and the areas inside it).',
    });
  }
  const general: Text = {
    nb: `Skipet er under ${mGt.nb} BT, i liten kystfart eller innenfor, og er ikke passasjerskip eller fiskefartøy.`,
    nn: `Skipet er under ${mGt.nn} BT, i liten kystfart eller innanfor, og er ikkje passasjerskip eller fiskefartøy.`,
    en: `The ship is under ${mGt.en} GT, in liten kystfart or inside it, and is neither a passenger ship nor a fishing vessel.`,
  };
  const maxL = limit('d6OfficerMaxLengthLExclusive');
  const mL = num(maxL);
  if (f.role === 'officer-of-the-watch' || f.role === 'chief-mate') {
    const role = D6_ROLE_NAMES[f.role];
    if (f.lengthL !== undefined && f.lengthL >= maxL) {
      const l = num(f.lengthL);
      return notAllowed({
        nb: `D6 gir rett til å være ${role.nb} bare på skip med lengde (L) under ${mL.nb} m; her er L ${l.nb} m.`,
        nn: `D6 gir rett til å vere ${role.nn} berre på skip med lengde (L) under ${mL.nn} m; her er L ${l.nn} m.`,
        en: `D6 allows serving as ${role.en} only on ships of length (L) under ${mL.en} m; here L is ${l.en} m.`,
      });
    }
    // L is never longer than the length overall (facts.md "Lengths"): a LOA under 24 m settles it.
    const byLoa = f.lengthL === undefined && f.lengthOverall !== undefined && f.lengthOverall < maxL;
    const g = need(f, 'vesselType', 'grossTonnage', 'tradingArea', ...(byLoa ? [] : (['lengthL'] as const)));
    if (!g.ok) return g;
    const l = num(f.lengthL ?? f.lengthOverall ?? 0);
    return {
      outcome: 'allowed',
      values: { basis: 'd6' },
      reasons: [
        general,
        byLoa
          ? {
              nb: `Største lengde ${l.nb} m er under ${mL.nb} m, og lengden (L) er aldri større enn største lengde, så D6 gir rett til å være ${role.nb}.`,
              nn: `Største lengde ${l.nn} m er under ${mL.nn} m, og lengda (L) er aldri større enn største lengde, så D6 gir rett til å vere ${role.nn}.`,
              en: `Length overall ${l.en} m is under ${mL.en} m, and the length (L) is never greater than the length overall, so D6 allows serving as ${role.en}.`,
            }
          : {
              nb: `Lengde (L) ${l.nb} m er under ${mL.nb} m, så D6 gir rett til å være ${role.nb}.`,
              nn: `Lengde (L) ${l.nn} m er under ${mL.nn} m, så D6 gir rett til å vere ${role.nn}.`,
              en: `Length (L) ${l.en} m is under ${mL.en} m, so D6 allows serving as ${role.en}.`,
            },
      ],
    };
  }
  const masterFacts = [
    'vesselType',
    'grossTonnage',
    'tradingArea',
    'lengthOverall',
    'lengthL',
    'age',
    'monthsAsOfficerOfTheWatch',
  ] as const;
  if (f.role === undefined) return { needs: missingOf(f, 'role', ...masterFacts) };
  // Master: length overall under 15 m, or else the extension on L under 24 m.
  const maxLoa = limit('d6MasterMaxLengthOverallExclusive');
  const mLoa = num(maxLoa);
  // The length overall is never shorter than L (facts.md "Lengths"): an L of 15 m or more settles it.
  const loaByL = f.lengthOverall === undefined && f.lengthL !== undefined && f.lengthL >= maxLoa;
  if (f.lengthOverall === undefined && !loaByL) return { needs: missingOf(f, ...masterFacts) };
  const loa = num(f.lengthOverall ?? f.lengthL ?? 0);
  if (f.lengthOverall !== undefined && f.lengthOverall < maxLoa) {
    const g = need(f, 'vesselType', 'grossTonnage', 'tradingArea');
    if (!g.ok) return g;
    return {
      outcome: 'allowed',
      values: { basis: 'd6' },
      reasons: [
        general,
        {
          nb: `Største lengde ${loa.nb} m er under ${mLoa.nb} m, så D6 gir rett til å være skipsfører.`,
          nn: `Største lengde ${loa.nn} m er under ${mLoa.nn} m, så D6 gir rett til å vere skipsførar.`,
          en: `Length overall ${loa.en} m is under ${mLoa.en} m, so D6 allows serving as master.`,
        },
      ],
    };
  }
  const extMaxL = limit('d6MasterExtensionMaxLengthLExclusive');
  const minAge = limit('d6MasterExtensionMinAge');
  const minMonths = limit('d6MasterExtensionMinMonthsOow');
  const minLoa = limit('d6MasterExtensionMinLoaOfService');
  const mExtL = num(extMaxL);
  const beyondLoa: Text = loaByL
    ? {
        nb: `Lengden (L) ${loa.nb} m er ${mLoa.nb} m eller mer, og største lengde er aldri kortere enn L. For å være skipsfører da må innehaveren oppfylle vilkårene for utvidelsen i § 23.`,
        nn: `Lengda (L) ${loa.nn} m er ${mLoa.nn} m eller meir, og største lengde er aldri kortare enn L. For å vere skipsførar då må innehavaren oppfylle vilkåra for utvidinga i § 23.`,
        en: `The length (L) ${loa.en} m is ${mLoa.en} m or more, and the length overall is never shorter than L, so serving as master needs the extension in § 23.`,
      }
    : {
        nb: `Største lengde ${loa.nb} m er ${mLoa.nb} m eller mer. For å være skipsfører da må innehaveren oppfylle vilkårene for utvidelsen i § 23.`,
        nn: `Største lengde ${loa.nn} m er ${mLoa.nn} m eller meir. For å vere skipsførar då må innehavaren oppfylle vilkåra for utvidinga i § 23.`,
        en: `Length overall ${loa.en} m is ${mLoa.en} m or more, so serving as master needs the extension in § 23.`,
      };
  if (f.lengthL !== undefined && f.lengthL >= extMaxL) {
    const l = num(f.lengthL);
    return notAllowed(beyondLoa, {
      nb: `Utvidelsen gjelder bare skip med lengde (L) under ${mExtL.nb} m; her er L ${l.nb} m.`,
      nn: `Utvidinga gjeld berre skip med lengde (L) under ${mExtL.nn} m; her er L ${l.nn} m.`,
      en: `The extension applies only to ships of length (L) under ${mExtL.en} m; here L is ${l.en} m.`,
    });
  }
  if (f.age !== undefined && f.age < minAge) {
    const a = num(f.age);
    return notAllowed(beyondLoa, {
      nb: `Utvidelsen krever at innehaveren har fylt ${minAge} år; oppgitt alder er ${a.nb} år.`,
      nn: `Utvidinga krev at innehavaren har fylt ${minAge} år; oppgitt alder er ${a.nn} år.`,
      en: `The extension requires the holder to be at least ${minAge}; the age given is ${a.en}.`,
    });
  }
  if (f.monthsAsOfficerOfTheWatch !== undefined && f.monthsAsOfficerOfTheWatch < minMonths) {
    const m = num(f.monthsAsOfficerOfTheWatch);
    return notAllowed(beyondLoa, {
      nb: `Utvidelsen krever minst ${minMonths} måneders fartstid som ansvarshavende vaktoffiser på skip med største lengde ${minLoa} m eller mer; oppgitt er ${m.nb} måneder.`,
      nn: `Utvidinga krev minst ${minMonths} månaders fartstid som ansvarshavande vaktoffiser på skip med største lengde ${minLoa} m eller meir; oppgitt er ${m.nn} månader.`,
      en: `The extension requires at least ${minMonths} months as officer of the watch on ships of LOA ${minLoa} m or more; ${m.en} months were given.`,
    });
  }
  const g = need(f, ...masterFacts.filter((k) => !(loaByL && k === 'lengthOverall')));
  if (!g.ok) return g;
  const { age, monthsAsOfficerOfTheWatch, lengthL } = g.facts;
  return {
    outcome: 'allowed',
    values: { basis: 'd6-master-extension' },
    reasons: [
      general,
      beyondLoa,
      {
        nb: `Innehaveren er ${num(age).nb} år (krav: fylt ${minAge}) og har ${num(monthsAsOfficerOfTheWatch).nb} måneder som vaktoffiser (krav: ${minMonths}), og skipets lengde (L) ${num(lengthL).nb} m er under ${mExtL.nb} m.`,
        nn: `Innehavaren er ${num(age).nn} år (krav: fylt ${minAge}) og har ${num(monthsAsOfficerOfTheWatch).nn} månader som vaktoffiser (krav: ${minMonths}), og lengda (L) på skipet, ${num(lengthL).nn} m, er under ${mExtL.nn} m.`,
        en: `The holder is ${num(age).en} (required: ${minAge}) with ${num(monthsAsOfficerOfTheWatch).en} months as officer of the watch (required: ${minMonths}), and the ship's length (L) ${num(lengthL).en} m is under ${mExtL.en} m.`,
      },
    ],
  };
}

/** Seed 002: D6 needs a valid health certificate, and its limits apply whatever D6 allows. */
export const HEALTH_NEEDED: Text = {
  nb: 'D6 er bare gyldig sammen med gyldig helseerklæring, og har legen satt begrensninger i helseerklæringen, må du følge dem selv om D6 gir rett til stillingen.',
  nn: 'D6 er berre gyldig saman med gyldig helseerklæring, og har legen sett avgrensingar i helseerklæringa, må du følgje dei sjølv om D6 gir rett til stillinga.',
  en: 'D6 is valid only with a valid health certificate, and any limits the doctor set in it must be followed even where D6 allows the position.',
};

/** Seed 002: without a valid health certificate D6 is not valid either. */
export const HEALTH_LAPSED: Text = {
  nb: 'Uten gyldig helseerklæring er heller ikke D6-sertifikatet gyldig, så du kan ikke bruke D6 før du har en gyldig helseerklæring.',
  nn: 'Utan gyldig helseerklæring er heller ikkje D6-sertifikatet gyldig, så du kan ikkje bruke D6 før du har ei gyldig helseerklæring.',
  en: 'Without a valid health certificate, D6 is not valid either, so you cannot use D6 until you have a valid health certificate.',
};
/** What D6 would allow with a valid health certificate, said after HEALTH_LAPSED. */
const ALLOWED_WITH_HEALTH: Text = {
  nb: 'Med gyldig helseerklæring gir D6 rett til denne stillingen på dette fartøyet.',
  nn: 'Med gyldig helseerklæring gir D6 rett til denne stillinga på dette fartøyet.',
  en: 'With a valid health certificate, D6 allows this position on this vessel.',
};

/**
 * The position evaluated, named in the decision so every channel can show it ("For skipsfører: …"),
 * and a yes reminded that it holds only with a valid health certificate (seed 002).
 */
function naming(result: Evaluation, role: Facts['role'] | undefined): Evaluation {
  if (!('outcome' in result)) return result;
  const reasons = result.outcome === 'allowed' ? [...result.reasons, HEALTH_NEEDED] : result.reasons;
  if (role === undefined) return { ...result, reasons };
  return { ...result, reasons, values: { ...result.values, evaluated: role } };
}

export const d6Privileges = defineRule<Facts>({
  id: 'd6-privileges',
  topic: 'd6.privileges',
  title: { nb: 'Rettigheter med D6', nn: 'Rettar med D6', en: 'D6 privileges' },
  summary: {
    nb: 'Avgjør om en innehaver av D6 kan tjenestegjøre i en gitt stilling på et gitt skip: bruttotonnasje under 500, fartsområde liten kystfart (eller innenfor), ikke passasjerskip eller fiskefartøy; vaktoffiser og overstyrmann på lengde (L) under 24 m; skipsfører på største lengde under 15 m, eller på L under 24 m for innehaver som har fylt 20 år og har 12 måneders fartstid som vaktoffiser på skip med største lengde 8 m eller mer. For båter som fører 12 eller færre passasjerer, fritidsfartøy og ukjent fartøystype gir kildene ikke svar (usikkert).',
    nn: 'Avgjer om ein innehavar av D6 kan tenestegjere i ei gitt stilling på eit gitt skip: bruttotonnasje under 500, fartsområde liten kystfart (eller innanfor), ikkje passasjerskip eller fiskefartøy; vaktoffiser og overstyrmann på lengde (L) under 24 m; skipsførar på største lengde under 15 m, eller på L under 24 m for innehavar som har fylt 20 år og har 12 månaders fartstid som vaktoffiser på skip med største lengde 8 m eller meir. For båtar som fører 12 eller færre passasjerar, fritidsfartøy og ukjend fartøytype gir kjeldene ikkje svar (usikkert).',
    en: 'Decides whether a D6 holder may serve in a given position on a given ship: under 500 GT, trading area liten kystfart (or inside it), not passenger ships or fishing vessels; officer of the watch and chief mate on length (L) under 24 m; master on length overall under 15 m, or on L under 24 m for a holder aged 20 or more with 12 months as officer of the watch on ships of LOA 8 m or more. For boats carrying 12 or fewer passengers, leisure craft and an unknown vessel type the sources give no answer (uncertain).',
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
  outcomes: ['allowed', 'not-allowed', 'uncertain'],
  thresholds: [
    'smallPassengerMaxPassengers',
    'd6MaxGrossTonnageExclusive',
    'd6OfficerMaxLengthLExclusive',
    'd6MasterMaxLengthOverallExclusive',
    'd6MasterExtensionMaxLengthLExclusive',
    'd6MasterExtensionMinAge',
    'd6MasterExtensionMinMonthsOow',
    'd6MasterExtensionMinLoaOfService',
  ],
  citations: [cite('qualificationRegulations', '§ 23'), cite('sdirManningFaq'), cite('sdirSeaTimeMinutes')],
  evaluate(f) {
    if (f.vesselType === 'passenger' || f.vesselType === 'fishing') {
      return naming(
        notAllowed({
          nb: 'D6 gjelder ikke på passasjerskip eller fiskefartøy.',
          nn: 'D6 gjeld ikkje på passasjerskip eller fiskefartøy.',
          en: 'D6 does not apply on passenger ships or fishing vessels.',
        }),
        f.role,
      );
    }
    if (f.vesselType === 'small-passenger' || f.vesselType === 'leisure' || f.vesselType === 'other') {
      // A condition that already fails decides whatever the category; otherwise the category is open.
      const covered = evaluateCovered({ ...f, vesselType: 'cargo' });
      if ('outcome' in covered && covered.outcome === 'not-allowed') return naming(covered, f.role);
      return naming(
        { outcome: 'uncertain', values: { vesselType: f.vesselType }, reasons: [CATEGORY_UNSETTLED[f.vesselType]] },
        f.role,
      );
    }
    return naming(evaluateCovered(f), f.role);
  },
});

/**
 * A D6 decision for a holder whose health certificate is known not to be valid. Seed 002: «Uten
 * gyldig helseerklæring vil heller ikke D6 sertifikatet ditt være gyldig» — so the holder may not
 * serve on D6 in any position, whatever the position and vessel would allow, and nothing more about
 * them need be asked. Said first, then what D6 would allow with a valid one (when decided). The
 * conversation applies it when the same conversation read or decided a lapsed health certificate;
 * the rule's own facts (contract.md §1) stay as they are.
 */
export function withHealthLapsed(d: Decision): Decision {
  if (d.rule !== d6Privileges.id || d.status === 'invalid') return d;
  const values: Record<string, unknown> = { healthCertificateValid: false };
  if (d.status === 'needs')
    return {
      status: 'decided',
      rule: d.rule,
      outcome: 'not-allowed',
      values,
      reasons: [HEALTH_LAPSED],
      citations: [...d6Privileges.citations],
    };
  if (typeof d.values?.evaluated === 'string') values.evaluated = d.values.evaluated;
  const reasons =
    d.outcome === 'allowed'
      ? [HEALTH_LAPSED, ALLOWED_WITH_HEALTH]
      : d.outcome === 'not-allowed'
        ? [...d.reasons, HEALTH_LAPSED]
        : [HEALTH_LAPSED, ...d.reasons];
  return { ...d, outcome: 'not-allowed', values, reasons };
}
