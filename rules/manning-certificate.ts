/**
 * Manning certificate (bemanningssertifikat / minimum safe manning document).
 *
 * Bemanningsforskriften (FOR-2009-06-18-666) § 1, as Sdir explains it (seed 003): Sdir issues a
 * manning certificate to Norwegian passenger ships of any size, Norwegian cargo ships of 50 GT or
 * more, and Norwegian fishing vessels of length (L) 24 m or more whatever their trading area.
 * Ships used only for training, or in pilot or rescue service, are covered only as far as Sdir
 * decides in the individual case — that, and nothing else, is "case by case".
 *
 * Vessel categories (facts.md "Vessel categories", status P unless noted): a passenger ship carries
 * more than 12 passengers; a commercial vessel that is neither a passenger ship nor a fishing vessel
 * is a cargo ship (work boats, tugs, supply and well boats included); a leisure craft, not used
 * commercially, is outside the regulation. A boat carrying 12 or fewer passengers is a category of
 * its own (seed 004, C), but how the manning rules treat it is not in the sources (U): the answer
 * for it is 'uncertain', as it is for a user who does not know the category.
 */
import type { VESSEL_TYPES } from './facts.js';
import { fact } from './facts.js';
import { defineRule, missingOf, need, num } from './rule.js';
import { cite } from './sources.js';
import { limit } from './thresholds.js';
import type { Text } from './types.js';

type Facts = {
  flag: 'NO' | 'foreign';
  vesselType: (typeof VESSEL_TYPES)[number];
  grossTonnage: number;
  lengthL: number;
  serviceOnly: 'none' | 'training' | 'pilot' | 'rescue';
};

const scope = [cite('manningRegulations', '§ 1'), cite('sdirManningFaq')];

/** Said with every answer that takes the ordinary rules of § 1 (no special service given). */
const ASSUMED_ORDINARY_SERVICE: Text = {
  nb: 'Vi har lagt til grunn at fartøyet ikke bare brukes til opplæring eller i los- eller redningstjeneste; gjør det det, avgjør Sjøfartsdirektoratet saken i det enkelte tilfellet.',
  nn: 'Vi har lagt til grunn at fartøyet ikkje berre blir brukt til opplæring eller i los- eller redningsteneste; gjer det det, avgjer Sjøfartsdirektoratet saka i kvart enkelt tilfelle.',
  en: 'We have assumed the vessel is not used only for training or in pilot or rescue service; if it is, the Norwegian Maritime Authority decides in the individual case.',
};

const SMALL_PASSENGER_UNSETTLED: Text = {
  nb: 'En båt som fører 12 eller færre passasjerer, er en egen kategori (forskrift om drift av fartøy som fører 12 eller færre passasjerer), ikke et passasjerskip. Kildene våre sier ikke om, eller fra hvilken størrelse, en slik båt må ha bemanningssertifikat. Kontakt Sjøfartsdirektoratet for et sikkert svar.',
  nn: 'Ein båt som fører 12 eller færre passasjerar, er ein eigen kategori (forskrift om drift av fartøy som fører 12 eller færre passasjerer), ikkje eit passasjerskip. Kjeldene våre seier ikkje om, eller frå kva storleik, ein slik båt må ha bemanningssertifikat. Kontakt Sjøfartsdirektoratet for eit sikkert svar.',
  en: 'A boat carrying 12 or fewer passengers is a category of its own (the regulations on the operation of vessels carrying 12 or fewer passengers), not a passenger ship. Our sources do not say whether, or from what size, such a boat needs a manning certificate. Contact the Norwegian Maritime Authority for a reliable answer.',
};

const CATEGORY_UNKNOWN: Text = {
  nb: 'Kravet avhenger av hva slags fartøy det er: passasjerskip (flere enn 12 passasjerer) må alltid ha bemanningssertifikat, lasteskip fra 50 BT og fiskefartøy fra lengde (L) 24 meter. Finn ut hvilken kategori fartøyet hører til, eller kontakt Sjøfartsdirektoratet.',
  nn: 'Kravet kjem an på kva slags fartøy det er: passasjerskip (fleire enn 12 passasjerar) må alltid ha bemanningssertifikat, lasteskip frå 50 BT og fiskefartøy frå lengde (L) 24 meter. Finn ut kva kategori fartøyet høyrer til, eller kontakt Sjøfartsdirektoratet.',
  en: 'The requirement depends on the kind of vessel: a passenger ship (more than 12 passengers) always needs a manning certificate, a cargo ship from 50 GT and a fishing vessel from length (L) 24 m. Find out which category the vessel belongs to, or contact the Norwegian Maritime Authority.',
};

export const manningCertificate = defineRule<Facts>({
  id: 'manning-certificate',
  topic: 'manning.which-vessels',
  title: {
    nb: 'Krav om bemanningssertifikat',
    nn: 'Krav om bemanningssertifikat',
    en: 'Manning certificate required?',
  },
  summary: {
    nb: 'Avgjør om et fartøy må ha bemanningssertifikat (minste sikkerhetsbemanning) fra Sjøfartsdirektoratet: norske passasjerskip (flere enn 12 passasjerer) uansett størrelse, norske lasteskip (andre næringsfartøy enn passasjerskip og fiskefartøy) med bruttotonnasje 50 eller mer og norske fiskefartøy med lengde (L) 24 meter eller mer. Skip som bare brukes til opplæring, eller i los- eller redningstjeneste, vurderer Sjøfartsdirektoratet i hvert enkelt tilfelle. Fritidsfartøy er utenfor forskriften. For båter som fører 12 eller færre passasjerer, gir kildene ikke svar (usikkert).',
    nn: 'Avgjer om eit fartøy må ha bemanningssertifikat (minste sikkerheitsbemanning) frå Sjøfartsdirektoratet: norske passasjerskip (fleire enn 12 passasjerar) same kor store dei er, norske lasteskip (andre næringsfartøy enn passasjerskip og fiskefartøy) med bruttotonnasje 50 eller meir og norske fiskefartøy med lengde (L) 24 meter eller meir. Skip som berre blir brukte til opplæring, eller i los- eller redningsteneste, vurderer Sjøfartsdirektoratet i kvart enkelt tilfelle. Fritidsfartøy er utanfor forskrifta. For båtar som fører 12 eller færre passasjerar, gir kjeldene ikkje svar (usikkert).',
    en: 'Decides whether a vessel needs a manning certificate (minimum safe manning document) from the Norwegian Maritime Authority: Norwegian passenger ships (more than 12 passengers) of any size, Norwegian cargo ships (commercial vessels other than passenger ships and fishing vessels) of 50 GT or more and Norwegian fishing vessels of length (L) 24 m or more. Ships used only for training, or in pilot or rescue service, are decided by the Authority case by case. Leisure craft are outside the regulation. For boats carrying 12 or fewer passengers the sources give no answer (uncertain).',
  },
  facts: [
    fact('flag'),
    fact('vesselType'),
    fact('grossTonnage'),
    fact('lengthL'),
    fact('serviceOnly', { optional: true }),
  ],
  outcomes: ['required', 'not-required', 'case-by-case', 'not-norwegian', 'uncertain'],
  thresholds: ['smallPassengerMaxPassengers', 'manningCargoMinGrossTonnage', 'manningFishingMinLengthL'],
  citations: scope,
  evaluate(f) {
    if (f.flag === 'foreign') {
      return {
        outcome: 'not-norwegian',
        reasons: [
          {
            nb: 'Bemanningsforskriften gjelder norske skip (§ 1). Hvilke bemanningskrav som gjelder for et skip under et annet flagg, sier kildene våre ikke noe om.',
            nn: 'Bemanningsforskrifta gjeld norske skip (§ 1). Kva bemanningskrav som gjeld for eit skip under eit anna flagg, seier kjeldene våre ingenting om.',
            en: 'The manning regulations apply to Norwegian ships (§ 1). Our sources do not say what manning requirements apply to a ship under another flag.',
          },
        ],
      };
    }
    const service = f.serviceOnly ?? 'none';
    if (service !== 'none') {
      const g = need(f, 'flag');
      if (!g.ok) return g;
      return {
        outcome: 'case-by-case',
        values: { serviceOnly: service },
        reasons: [
          {
            nb: 'For skip som bare brukes til opplæring og undervisning, eller i los- eller redningstjeneste, gjelder bemanningsforskriften bare så langt Sjøfartsdirektoratet bestemmer det i hvert enkelt tilfelle.',
            nn: 'For skip som berre blir brukte til opplæring og undervisning, eller i los- eller redningsteneste, gjeld bemanningsforskrifta berre så langt Sjøfartsdirektoratet bestemmer det i kvart enkelt tilfelle.',
            en: 'For ships used only for training and education, or in pilot or rescue service, the manning regulations apply only as far as the Norwegian Maritime Authority decides in each case.',
          },
        ],
      };
    }
    switch (f.vesselType) {
      case 'passenger': {
        const g = need(f, 'flag');
        if (!g.ok) return g;
        return {
          outcome: 'required',
          reasons: [
            {
              nb: 'Et passasjerskip (et skip som fører flere enn 12 passasjerer) under norsk flagg må ha bemanningssertifikat uansett størrelse.',
              nn: 'Eit passasjerskip (eit skip som fører fleire enn 12 passasjerar) under norsk flagg må ha bemanningssertifikat same kor stort det er.',
              en: 'A Norwegian passenger ship (a ship carrying more than 12 passengers) needs a manning certificate whatever its size.',
            },
            ASSUMED_ORDINARY_SERVICE,
          ],
        };
      }
      case 'cargo': {
        const g = need(f, 'flag', 'grossTonnage');
        if (!g.ok) return g;
        const gt = num(g.facts.grossTonnage);
        const min = limit('manningCargoMinGrossTonnage');
        const m = num(min);
        return g.facts.grossTonnage >= min
          ? {
              outcome: 'required',
              reasons: [
                {
                  nb: `${gt.nb} BT er på eller over grensen på ${m.nb} BT for lasteskip.`,
                  nn: `${gt.nn} BT er på eller over grensa på ${m.nn} BT for lasteskip.`,
                  en: `${gt.en} GT is at or above the ${m.en} GT limit for cargo ships.`,
                },
                ASSUMED_ORDINARY_SERVICE,
              ],
            }
          : {
              outcome: 'not-required',
              reasons: [
                {
                  nb: `${gt.nb} BT er under grensen på ${m.nb} BT for lasteskip.`,
                  nn: `${gt.nn} BT er under grensa på ${m.nn} BT for lasteskip.`,
                  en: `${gt.en} GT is under the ${m.en} GT limit for cargo ships.`,
                },
                ASSUMED_ORDINARY_SERVICE,
              ],
            };
      }
      case 'fishing': {
        const g = need(f, 'flag', 'lengthL');
        if (!g.ok) return g;
        const l = num(g.facts.lengthL);
        const min = limit('manningFishingMinLengthL');
        const m = num(min);
        return g.facts.lengthL >= min
          ? {
              outcome: 'required',
              reasons: [
                {
                  nb: `Lengde (L) ${l.nb} m er på eller over grensen på ${m.nb} m for fiskefartøy, uansett fartsområde.`,
                  nn: `Lengde (L) ${l.nn} m er på eller over grensa på ${m.nn} m for fiskefartøy, same kva fartsområde.`,
                  en: `Length (L) ${l.en} m is at or above the ${m.en} m limit for fishing vessels, whatever the trading area.`,
                },
                ASSUMED_ORDINARY_SERVICE,
              ],
            }
          : {
              outcome: 'not-required',
              reasons: [
                {
                  nb: `Lengde (L) ${l.nb} m er under grensen på ${m.nb} m for fiskefartøy.`,
                  nn: `Lengde (L) ${l.nn} m er under grensa på ${m.nn} m for fiskefartøy.`,
                  en: `Length (L) ${l.en} m is under the ${m.en} m limit for fishing vessels.`,
                },
                ASSUMED_ORDINARY_SERVICE,
              ],
            };
      }
      case 'leisure': {
        const g = need(f, 'flag');
        if (!g.ok) return g;
        return {
          outcome: 'not-required',
          values: { vesselType: 'leisure' },
          reasons: [
            {
              nb: 'Et fritidsfartøy som ikke brukes i næring, er utenfor bemanningsforskriften: den gjelder passasjerskip, lasteskip og fiskefartøy (§ 1). Brukes båten i næring, hører den til en av de andre kategoriene.',
              nn: 'Eit fritidsfartøy som ikkje blir brukt i næring, er utanfor bemanningsforskrifta: ho gjeld passasjerskip, lasteskip og fiskefartøy (§ 1). Blir båten brukt i næring, høyrer han til ein av dei andre kategoriane.',
              en: 'A leisure craft that is not used commercially is outside the manning regulations: they apply to passenger ships, cargo ships and fishing vessels (§ 1). If the boat is used commercially, it belongs to one of the other categories.',
            },
          ],
        };
      }
      case 'small-passenger': {
        const g = need(f, 'flag');
        if (!g.ok) return g;
        return {
          outcome: 'uncertain',
          values: { vesselType: 'small-passenger' },
          reasons: [SMALL_PASSENGER_UNSETTLED],
        };
      }
      case 'other': {
        const g = need(f, 'flag');
        if (!g.ok) return g;
        return { outcome: 'uncertain', values: { vesselType: 'other' }, reasons: [CATEGORY_UNKNOWN] };
      }
      default:
        return { needs: missingOf(f, 'flag', 'vesselType', 'grossTonnage', 'lengthL') };
    }
  },
});
