/**
 * What round 9 found, played through the real turn core after the fix.
 */
import { describe, it } from 'vitest';
import { type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  ...(
    [
      ['maa vi levere tilbake bemanningssertifikatet naar skipet selges til utlandet?', 'nb'],
      ['Kor lang tid tek det å få svar på ein klage på fartstida?', 'nn'],
      ['skal det vaere CSO-kurs for den som begjarer verifikasjon i Altinn? hvilket kurs', 'nb'],
      ['hvor lenge maa rederiet oppbevare fartstidsattester?', 'nb'],
      ['trenger jeg helseerklaering for aa soke D5?', 'nb'],
      ['Går fartstida mi ut på dato? Eg har fartstid frå 2012 som eg vil bruke til D5.', 'nn'],
      ['kan fartstidsbekreftelsen signeres digitalt med BankID?', 'nb'],
      ['hvor lang tid tar det foer fartstida rederiet har rapportert dukker opp paa min side sjofolk?', 'nb'],
    ] as const
  ).map(
    ([text, locale]): Golden => ({
      name: `outside the sources, so the fallback: «${text}» (${locale}, N9-W8)`,
      locale,
      turns: [say(text, { topic: 'fallback' })],
    }),
  ),
  {
    name: 'a complaint about a decision still gets the contact card (nb)',
    locale: 'nb',
    turns: [say('Jeg vil klage på et vedtak, hvem kontakter jeg?', { topic: 'contact' })],
  },
];

describe('round 9: what the red team found, replayed', () => {
  for (const c of CONVERSATIONS) it(c.name, () => playGolden(c));
});
