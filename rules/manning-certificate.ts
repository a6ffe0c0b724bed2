/**
 * Manning certificate (bemanningssertifikat / minimum safe manning document).
 *
 * Bemanningsforskriften (FOR-2009-06-18-666) § 1, as Sdir explains it (seed 003): Sdir issues a
 * manning certificate to Norwegian passenger ships of any size, Norwegian cargo ships of 50 GT or
 * more, and Norwegian fishing vessels of length (L) 24 m or more whatever their trading area.
 * Ships used only for training, or in pilot or rescue service, are covered only as far as Sdir
 * decides in the individual case.
 */
import { fact } from './facts.js';
import { defineRule, need, num } from './rule.js';
import { cite } from './sources.js';
import { limit } from './thresholds.js';

type Facts = {
  flag: 'NO' | 'foreign';
  vesselType: 'passenger' | 'cargo' | 'fishing' | 'other';
  grossTonnage: number;
  lengthL: number;
  serviceOnly: 'none' | 'training' | 'pilot' | 'rescue';
};

const scope = [cite('manningRegulations', '§ 1'), cite('sdirManningFaq')];

export const manningCertificate = defineRule<Facts>({
  id: 'manning-certificate',
  topic: 'manning.which-vessels',
  title: {
    nb: 'Krav om bemanningssertifikat',
    nn: 'Krav om bemanningssertifikat',
    en: 'Manning certificate required?',
  },
  summary: {
    nb: 'Avgjør om et fartøy må ha bemanningssertifikat (minste sikkerhetsbemanning) fra Sjøfartsdirektoratet: norske passasjerskip uansett størrelse, norske lasteskip med bruttotonnasje 50 eller mer og norske fiskefartøy med lengde (L) 24 meter eller mer. Skip som bare brukes til opplæring, eller i los- eller redningstjeneste, vurderes av Sjøfartsdirektoratet i hvert enkelt tilfelle.',
    nn: 'Avgjør om et fartøy må ha bemanningssertifikat (minste sikkerhetsbemanning) fra Sjøfartsdirektoratet: norske passasjerskip uansett størrelse, norske lasteskip med bruttotonnasje 50 eller mer og norske fiskefartøy med lengde (L) 24 meter eller mer. Skip som bare brukes til opplæring, eller i los- eller redningstjeneste, vurderes av Sjøfartsdirektoratet i hvert enkelt tilfelle.',
    en: 'Decides whether a vessel needs a manning certificate (minimum safe manning document) from the Norwegian Maritime Authority: Norwegian passenger ships of any size, Norwegian cargo ships of 50 GT or more and Norwegian fishing vessels of length (L) 24 m or more. Ships used only for training, or in pilot or rescue service, are decided by the Authority case by case.',
  },
  facts: [
    fact('flag'),
    fact('vesselType'),
    fact('grossTonnage'),
    fact('lengthL'),
    fact('serviceOnly', { optional: true }),
  ],
  outcomes: ['required', 'not-required', 'case-by-case', 'not-norwegian'],
  thresholds: ['manningCargoMinGrossTonnage', 'manningFishingMinLengthL'],
  citations: scope,
  evaluate(f) {
    if (f.flag === 'foreign') {
      return {
        outcome: 'not-norwegian',
        reasons: [
          {
            nb: 'Bemanningsforskriften gjelder norske skip. For et skip under annet flagg er det flaggstatens myndigheter som utsteder bemanningsdokumentet.',
            nn: 'Bemanningsforskriften gjelder norske skip. For et skip under annet flagg er det flaggstatens myndigheter som utsteder bemanningsdokumentet.',
            en: "The manning regulations apply to Norwegian ships. For a ship under another flag, the flag state's authorities issue the manning document.",
          },
        ],
      };
    }
    const service = f.serviceOnly ?? 'none';
    if (service !== 'none') {
      return (
        need(f, 'flag') ?? {
          outcome: 'case-by-case',
          values: { serviceOnly: service },
          reasons: [
            {
              nb: 'For skip som bare brukes til opplæring og undervisning, eller i los- eller redningstjeneste, gjelder bemanningsforskriften bare så langt Sjøfartsdirektoratet bestemmer det i hvert enkelt tilfelle.',
              nn: 'For skip som bare brukes til opplæring og undervisning, eller i los- eller redningstjeneste, gjelder bemanningsforskriften bare så langt Sjøfartsdirektoratet bestemmer det i hvert enkelt tilfelle.',
              en: 'For ships used only for training and education, or in pilot or rescue service, the manning regulations apply only as far as the Norwegian Maritime Authority decides in each case.',
            },
          ],
        }
      );
    }
    const assumption = {
      nb: 'Vi har lagt til grunn at fartøyet ikke bare brukes til opplæring eller i los- eller redningstjeneste; gjør det det, avgjør Sjøfartsdirektoratet saken i det enkelte tilfellet.',
      nn: 'Vi har lagt til grunn at fartøyet ikke bare brukes til opplæring eller i los- eller redningstjeneste; gjør det det, avgjør Sjøfartsdirektoratet saken i det enkelte tilfellet.',
      en: 'We have assumed the vessel is not used only for training or in pilot or rescue service; if it is, the Norwegian Maritime Authority decides in the individual case.',
    };
    switch (f.vesselType) {
      case 'passenger':
        return (
          need(f, 'flag') ?? {
            outcome: 'required',
            reasons: [
              {
                nb: 'Norske passasjerskip må ha bemanningssertifikat uansett størrelse.',
                nn: 'Norske passasjerskip må ha bemanningssertifikat uansett størrelse.',
                en: 'Norwegian passenger ships need a manning certificate whatever their size.',
              },
              assumption,
            ],
          }
        );
      case 'cargo': {
        const missing = need(f, 'flag', 'grossTonnage');
        if (missing) return missing;
        const gt = f.grossTonnage!;
        const min = limit('manningCargoMinGrossTonnage');
        return gt >= min
          ? {
              outcome: 'required',
              reasons: [
                {
                  nb: `${num(gt).nb} BT er på eller over grensen på ${num(min).nb} BT for lasteskip.`,
                  nn: `${num(gt).nn} BT er på eller over grensen på ${num(min).nn} BT for lasteskip.`,
                  en: `${num(gt).en} GT is at or above the ${num(min).en} GT limit for cargo ships.`,
                },
                assumption,
              ],
            }
          : {
              outcome: 'not-required',
              reasons: [
                {
                  nb: `${num(gt).nb} BT er under grensen på ${num(min).nb} BT for lasteskip.`,
                  nn: `${num(gt).nn} BT er under grensen på ${num(min).nn} BT for lasteskip.`,
                  en: `${num(gt).en} GT is under the ${num(min).en} GT limit for cargo ships.`,
                },
                assumption,
              ],
            };
      }
      case 'fishing': {
        const missing = need(f, 'flag', 'lengthL');
        if (missing) return missing;
        const l = f.lengthL!;
        const min = limit('manningFishingMinLengthL');
        return l >= min
          ? {
              outcome: 'required',
              reasons: [
                {
                  nb: `Lengde (L) ${num(l).nb} m er på eller over grensen på ${num(min).nb} m for fiskefartøy, uansett fartsområde.`,
                  nn: `Lengde (L) ${num(l).nn} m er på eller over grensen på ${num(min).nn} m for fiskefartøy, uansett fartsområde.`,
                  en: `Length (L) ${num(l).en} m is at or above the ${num(min).en} m limit for fishing vessels, whatever the trading area.`,
                },
                assumption,
              ],
            }
          : {
              outcome: 'not-required',
              reasons: [
                {
                  nb: `Lengde (L) ${num(l).nb} m er under grensen på ${num(min).nb} m for fiskefartøy.`,
                  nn: `Lengde (L) ${num(l).nn} m er under grensen på ${num(min).nn} m for fiskefartøy.`,
                  en: `Length (L) ${num(l).en} m is under the ${num(min).en} m limit for fishing vessels.`,
                },
                assumption,
              ],
            };
      }
      case 'other':
        return (
          need(f, 'flag') ?? {
            outcome: 'case-by-case',
            values: { vesselType: 'other' },
            reasons: [
              {
                nb: 'Kildene våre angir kravet for passasjerskip, lasteskip og fiskefartøy. For andre fartøystyper kan vi ikke gi et sikkert svar; kontakt Sjøfartsdirektoratet.',
                nn: 'Kildene våre angir kravet for passasjerskip, lasteskip og fiskefartøy. For andre fartøystyper kan vi ikke gi et sikkert svar; kontakt Sjøfartsdirektoratet.',
                en: 'Our sources state the requirement for passenger ships, cargo ships and fishing vessels. For other vessel types we cannot give a reliable answer; contact the Norwegian Maritime Authority.',
              },
            ],
          }
        );
      default:
        return need(f, 'flag', 'vesselType', 'grossTonnage', 'lengthL')!;
    }
  },
});
