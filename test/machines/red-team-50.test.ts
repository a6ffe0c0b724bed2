/**
 * What round 50 found, played through the real turn core after the fix: the red team's texts
 * verbatim. The first six were confident wrong answers on the snapshot the testers had.
 */
import { describe, it } from 'vitest';
import { texts } from '../../content/index.js';
import { answersTopic, asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '"got D5 first time in march 2025. before that i had 2 yrs as OOW": the 2 years are before the issue, never counted for master rights (en, round 50)',
    locale: 'en',
    turns: [
      say(
        'got D5 first time in march 2025. before that i had 2 yrs as OOW. Im 27. do i get master rights now on renewal?',
        asks('deck.master-rights', 'monthsAsOfficerOfTheWatchSinceIssue', {
          absent: ['monthsAsOfficerOfTheWatchSinceIssue'],
        }),
      ),
    ],
  },
  {
    name: '"what if the rib was 8.5 m LOA" after OOW time on a 7 m rib: the rib\'s length, never the workboat\'s; still no at 19 (en, round 50)',
    locale: 'en',
    turns: [
      say(
        'D6 here, 19 years old, 18 months as OOW but all on a 7 m rib. can I be skipper on our 20 m (L) workboat, 90 GT, fartsomrade 3?',
        decides('d6.privileges', 'd6-privileges', 'not-allowed'),
      ),
      say(
        'what if the rib was 8.5 m LOA',
        decides('d6.privileges', 'd6-privileges', 'not-allowed', undefined, { absent: ['lengthOverall'] }),
      ),
    ],
  },
  {
    name: '"what if only 4 days a week?" after 90 days worked: the days worked are asked, never 4 days in all (en, round 50)',
    locale: 'en',
    turns: [
      say('worked 10 hrs a day for 3 months, how many sea days is that', asks('seatime.calculate', 'days')),
      say('all', decides('seatime.calculate', 'sea-time', 'calculated')),
      say('what if only 4 days a week?', asks('seatime.calculate', 'days', { absent: ['days'] })),
    ],
  },
  {
    name: '«jeg signerer selv, Lise Berg, daglig leder i rederiet» for an employee: the company signs, never the seafarer confirming their own time (nb, round 50)',
    locale: 'nb',
    turns: [
      say(
        'Hei, jeg skal skrive fartstidsbekreftelse for en ansatt som skal søke D6',
        asks('seatime.confirmation', 'seafarerName'),
      ),
      say('Per Hansen, født 3.5.1995', asks('seatime.confirmation', 'position')),
      say('navigatør', asks('seatime.confirmation', 'periodFrom')),
      say('01.03.2025-31.08.2025, 120 dager, 8 timer per dag', asks('seatime.confirmation', 'vesselName')),
      say('MS Havbris, LM2233, største lengde 12 m', asks('seatime.confirmation', 'signerName')),
      say(
        'jeg signerer selv, Lise Berg, daglig leder i rederiet',
        asks('seatime.confirmation', 'signerIsSeafarer', {
          facts: { signerName: 'Lise Berg', signerRole: 'company-representative' },
        }),
      ),
    ],
  },
  {
    name: '«kan eg få D6 med 12 mnd fartstid som lettmatros?»: the sea time for D6 is in no source, the fallback; never the ordinary seaman\'s "Ja" (nn, round 50)',
    locale: 'nn',
    turns: [say('kan eg få D6 med 12 mnd fartstid som lettmatros?', answersTopic('fallback'))],
  },
  {
    name: '«hva om skipperen bare er 19?» after D6 master through the extension at 31: 19, not allowed (nb, round 50)',
    locale: 'nb',
    turns: [
      say(
        'kan skipperen ha D6? lasteskip 120 bt, norsk, L 19 m, største lengde 21 m, liten kystfart. han er 31 og har 3 år som vaktoffiser på en 12 m båt',
        decides('d6.privileges', 'd6-privileges', 'allowed'),
      ),
      say(
        'hva om skipperen bare er 19?',
        decides('d6.privileges', 'd6-privileges', 'not-allowed', undefined, { facts: { age: 19 } }),
      ),
    ],
  },
  {
    name: '«kva om skipperen berre er 19?»: the same in nynorsk (nn, round 50)',
    locale: 'nn',
    turns: [
      say(
        'kan skipperen ha D6? lasteskip 120 bt, norsk, L 19 m, største lengd 21 m, liten kystfart. han er 31 og har 3 år som vaktoffiser på ein 12 m båt',
        decides('d6.privileges', 'd6-privileges', 'allowed'),
      ),
      say(
        'kva om skipperen berre er 19?',
        decides('d6.privileges', 'd6-privileges', 'not-allowed', undefined, { facts: { age: 19 } }),
      ),
    ],
  },
  {
    name: '"thanks. different question - is the boat required to have a cook, they are 6 in safe manning": no cook; never the fallback (en, round 50)',
    locale: 'en',
    turns: [
      say(
        'thanks. different question - is the boat required to have a cook, they are 6 in safe manning',
        decides('cook.required', 'ship-cook', 'not-required'),
      ),
    ],
  },
  {
    name: '«fiskeskøyte, norsk flagg, 26 meter L»: a fishing vessel of 24 m or more, required; nothing asked (nn, round 50)',
    locale: 'nn',
    turns: [
      say(
        'fiskeskøyte, norsk flagg, 26 meter L. må ho ha bemanningsoppgåve',
        decides('manning.which-vessels', 'manning-certificate', 'required'),
      ),
    ],
  },
  {
    name: "mixed messages (oos49/oos50): a numbered question after an outside one, a seaman's book ordered, holiday pay, a port's plan: each in-scope part answered and each outside part said to be outside",
    locale: 'nb',
    turns: [
      say('først: hvor kjøper jeg sjøkart for svalbard? så: må ISSC leveres tilbake hvis skipet bytter flagg', {
        topics: ['isps.invalid', undefined, 'fallback'],
      }),
      say('Kven kan skrive under på stadfesting av fartstid? Og korleis bestiller eg sjøfartsbok?', {
        topics: ['seatime.who-can-confirm', undefined, 'fallback'],
        locale: 'nn',
      }),
      say('hva teller som fartstid? og har jeg rett på feriepenger på sjøen', {
        topics: ['seatime.what-counts', undefined, 'fallback'],
      }),
      say('interim ISSC hvor lenge gjelder det? trenger havna også sikringsplan', {
        topics: ['isps.interim', 'isps.interim'],
        ask: 'issueDate',
        says: (l) => [texts(l).conversation.answeredAfter([])],
      }),
    ],
  },
  {
    name: '"the combined motorman and ordinary seaman position": the combined position, both sets of requirements (en, oos49)',
    locale: 'en',
    turns: [
      say(
        'what are the requirements for the combined motorman and ordinary seaman position',
        asks('ratings.maskinpasser-lettmatros', 'monthsEngineService'),
      ),
    ],
  },
  {
    name: '"What does a D6 let me do?": what D6 allows, never the fallback (en, oos50 control)',
    locale: 'en',
    turns: [say('What does a D6 let me do?', asks('d6.privileges', 'role'))],
  },
  {
    name: '"38 months …, 7 months of it with bridge watch": 210 days of bridge watch taken, never asked (en, round 50)',
    locale: 'en',
    turns: [
      say(
        'first time D5 application. I have 38 months on seagoing ships over 15m LOA, 7 months of it with bridge watch, and 45 days after my diploma. assessment done by approved assessor.',
        decides('deck.first-issue', 'deck-officer-first-issue', 'meets', undefined, {
          facts: { bridgeWatchDays: 210, seaTimeDays: 1140 },
        }),
      ),
    ],
  },
  {
    name: '"fishing vessel 22 m L, norw flag, fartsomrade 4": the Norwegian flag taken; under 24 m, not required (en, round 50)',
    locale: 'en',
    turns: [
      say(
        'fishing vessel 22 m L, norw flag, fartsomrade 4 - need bemanningssertifikat?',
        decides('manning.which-vessels', 'manning-certificate', 'not-required'),
      ),
    ],
  },
  {
    name: '"the company has checked and documented his cooking skills" with a safe manning of 8: the skills check taken, qualified (en, round 50)',
    locale: 'en',
    turns: [
      say(
        'cook question. our new cook is 18, no formal cook education, safe manning is 8. the company has checked and documented his cooking skills. ok?',
        decides('cook.qualification', 'cook-qualification', 'qualified', undefined, {
          facts: { documentedSkillsCheck: true },
        }),
      ),
    ],
  },
  {
    name: 'short nynorsk questions outside the catalogue get the fallback in nynorsk («… i Haugesund ope?», «klimagassutslepp», «skipsføraren», «omsetje») (nn, oos50)',
    locale: 'nb',
    turns: [
      say('Når er kontoret til Sjøfartsdirektoratet i Haugesund ope?', answersTopic('fallback', { locale: 'nn' })),
      say('Må vi rapportere klimagassutslepp til EU sitt kvotesystem?', answersTopic('fallback', { locale: 'nn' })),
      say('kan skipsføraren vie folk om bord', answersTopic('fallback', { locale: 'nn' })),
    ],
  },
];

describe('Round 50, replayed through the turn core', () => {
  for (const golden of CONVERSATIONS) it(golden.name, () => playGolden(golden));
});
