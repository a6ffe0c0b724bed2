/**
 * What round 24 found, played through the real turn core after the fix: the red team's texts
 * verbatim, beside a few written here for a second language.
 */
import { describe, it } from 'vitest';
import { asks, decides, type Golden, playGolden, reviews, SEA_TIME_D6_FACTS, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '"8 months OOW on ferry and 5 months on supply ship after issue": 13 months, eligible (en, round 24)',
    locale: 'en',
    turns: [
      say(
        'Dobry den, I have D5 first issue from 2023 no master rights, I am 24, 8 months OOW on ferry and 5 months on supply ship after issue. can get master?',
        decides('deck.master-rights', 'master-rights', 'eligible', undefined, {
          facts: { monthsAsOfficerOfTheWatchSinceIssue: 13 },
        }),
      ),
    ],
  },
  {
    name: '«7 mnd som vaktoffiser på ferje og 6 mnd på ein brønnbåt etter det»: 13 months, eligible (nn, round 24)',
    locale: 'nn',
    turns: [
      say(
        'fekk D4 første gong i 2024, er 27, har 7 mnd som vaktoffiser på ferje og 6 mnd på ein brønnbåt etter det. kan eg få førarrett?',
        decides('deck.master-rights', 'master-rights', 'eligible'),
      ),
    ],
  },
  {
    name: '«6 mnd som vaktoffiser på MS A (10 m) og 7 mnd på MS B (12 m)»: 13 months, the D6 extension allowed (nn, round 24)',
    locale: 'nn',
    turns: [
      say(
        'D6 skipper: 22 år, 6 mnd som vaktoffiser på MS A (10 m) og 7 mnd på MS B (12 m). Kan eg føre ein 20 m L lastebåt 100 BT i liten kystfart?',
        decides('d6.privileges', 'd6-privileges', 'allowed', undefined, { facts: { monthsAsOfficerOfTheWatch: 13 } }),
      ),
    ],
  },
  {
    // Round 42: each time is read with its own boat, so the 6 months on the 10 m boat count (and
    // decide), the 7 on the 6 m boat do not (it was asked before).
    name: '«… og 7 mnd på MS B (6 m)»: time on a boat under 8 m is not added; the 6 months on the 10 m boat decide (nn)',
    locale: 'nn',
    turns: [
      say(
        'D6 skipper: 22 år, 6 mnd som vaktoffiser på MS A (10 m) og 7 mnd på MS B (6 m). Kan eg føre ein 20 m L lastebåt 100 BT i liten kystfart?',
        decides('d6.privileges', 'd6-privileges', 'not-allowed', undefined, {
          facts: { monthsAsOfficerOfTheWatch: 6 },
        }),
      ),
    ],
  },
  {
    name: "«hvor sender man søknad om D5-fornyelse?»: a personal certificate, never the manning certificate's forms (nb, round 24)",
    locale: 'nb',
    turns: [say('hvor sender man søknad om D5-fornyelse?', { topic: 'fallback' })],
  },
  {
    name: '"safety manning 7 persons, the cook has no education. allowed?": whether this cook may serve (en, round 24)',
    locale: 'en',
    turns: [
      say(
        'ship cook on board with safety manning 7 persons, the cook has no education. allowed?',
        asks('cook.qualification', 'age', { facts: { hasRelevantEducation: false, crewSize: 7 } }),
      ),
    ],
  },
  {
    name: '"and the full one issued 01.03.2027 expires 01.03.2032" after an interim: the full ISSC\'s intermediate window (en, round 24)',
    locale: 'en',
    turns: [
      say('ISSC interim issued 15.09.2026', decides('isps.interim', 'issc-validity', 'dates')),
      say(
        'and the full one issued 01.03.2027 expires 01.03.2032 — intermediate when?',
        decides(
          'isps.verification-dates',
          'issc-validity',
          'dates',
          { intermediateFrom: '2029-03-01', intermediateTo: '2030-03-01' },
          { facts: { certificateKind: 'full' } },
        ),
      ),
    ],
  },
  {
    name: 'a pasted confirmation with "position navigator" and "vessel Sjøbris LK7788": all read, the review shown (en, round 24)',
    locale: 'en',
    turns: [
      say(
        'Good morning, please check this attest: Name Maria Santos, born 14.02.1995, position navigator, 01.05.2025-31.08.2025, 95 days, 11 hours/day, vessel Sjøbris LK7788 LOA 14.5 m, signed Per Olsen, daglig leder. It is for D6.',
        reviews('seatime.confirmation', SEA_TIME_D6_FACTS, {
          facts: { position: 'navigator', vesselName: 'Sjøbris', callSign: 'LK7788' },
        }),
      ),
    ],
  },
  {
    name: '"is it ok?" while the position is asked is no position; "position deckhand" is «deckhand» (en, round 24)',
    locale: 'en',
    turns: [
      ...['i want make sea time confirmation', 'D6', 'Anna Kowalska'].map((t) =>
        say(t, { topic: 'seatime.confirmation' }),
      ),
      say('born 03.07.1995', asks('seatime.confirmation', 'position')),
      say('is it ok?', asks('seatime.confirmation', 'position', { absent: ['position'] })),
      say('position deckhand', asks('seatime.confirmation', 'periodFrom', { facts: { position: 'deckhand' } })),
    ],
  },
  {
    name: "near misses of round 23: a health certificate expiring mid-trip, a seaman's book, sea time under a foreign flag, a drilling rig (en/nb)",
    locale: 'en',
    turns: [
      say('my health certificate expire in middle of trip, can i continue?', { topic: 'fallback' }),
      say("how to get sjøfartsbok (seaman's book)?", { topic: 'fallback' }),
      say('can I apply D5 with sea time from Polish flag vessels?', { topic: 'fallback' }),
      say('how long time is D6 certificate valid?', { topic: 'fallback' }),
      say('ISSC for mobil borerigg — gjelder samme prosess?', { topic: 'fallback', locale: 'nb' }),
    ],
  },
  {
    name: '"how many sea time days is 12 hours for 30 days": 30 days at 12 hours, never the days asked again (en, round 24)',
    locale: 'en',
    turns: [
      say(
        'how many sea time days is 12 hours for 30 days',
        decides(
          'seatime.calculate',
          'sea-time',
          'calculated',
          { hours: 360 },
          { facts: { days: 30, hoursPerDay: 12 } },
        ),
      ),
    ],
  },
  {
    name: '"cargo 60 GT norwegian", "…, flag NO": the flag read beside a listed type and size (en, round 24)',
    locale: 'en',
    turns: [
      say(
        'cargo 60 GT norwegian, manning cert needed?',
        decides('manning.which-vessels', 'manning-certificate', 'required', undefined, { facts: { flag: 'NO' } }),
      ),
    ],
  },
  {
    name: '"do small cargo 30 GT need it, flag NO": not required (en, round 24)',
    locale: 'en',
    turns: [
      say(
        'do small cargo 30 GT need a manning certificate, flag NO',
        decides('manning.which-vessels', 'manning-certificate', 'not-required', undefined, { facts: { flag: 'NO' } }),
      ),
    ],
  },
  {
    name: '"renewal verification ISSC done 01.01.2029, expiry 31.12.2029": the date read, decided (en, round 24)',
    locale: 'en',
    turns: [
      say(
        'renewal verification ISSC done 01.01.2029, expiry 31.12.2029, new expiry?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', { newExpiry: '2034-01-01' }),
      ),
    ],
  },
  {
    name: '"how many more?" after a first D5 short of 1080 days: the decision with what is missing again (en, round 24)',
    locale: 'en',
    turns: [
      say(
        'how many sea time days I need for first D5? I have 900 days on 20 m vessel',
        decides('deck.first-issue', 'deck-officer-first-issue', 'does-not-meet'),
      ),
      say('how many more?', decides('deck.first-issue', 'deck-officer-first-issue', 'does-not-meet')),
    ],
  },
  {
    name: '«kor mange fleire treng eg?» after master rights short of 12 months: the decision again (nn)',
    locale: 'nn',
    turns: [
      say(
        'fekk D5 første gong i 2025, er 22, har 8 mnd som vaktoffiser etter det. kan eg få førarrett?',
        decides('deck.master-rights', 'master-rights', 'not-eligible'),
      ),
      say('kor mange fleire treng eg?', decides('deck.master-rights', 'master-rights', 'not-eligible')),
    ],
  },
  {
    name: '"owner want my uncle to cook without education, ok?": the cook\'s qualification, English «to cook» no count of cooks (en, round 24)',
    locale: 'en',
    turns: [
      say(
        'on 8 crew safe manning, owner want my uncle to cook without education, ok?',
        asks('cook.qualification', 'age', { facts: { hasRelevantEducation: false } }),
      ),
    ],
  },
  {
    name: '"and in english: our cook is 17, ok?" after a cook decision: answered in English, not qualified (en, round 24)',
    locale: 'en',
    turns: [
      say('safe manning 10, cook?', decides('cook.required', 'ship-cook', 'required')),
      say(
        'and in english: our cook is 17, ok?',
        decides('cook.qualification', 'cook-qualification', 'not-qualified', undefined, { facts: { age: 17 } }),
      ),
    ],
  },
  {
    name: '"can I work as kokk at age 17 on ship with 12 crew?": the qualification, not whether a cook is required (en, round 24)',
    locale: 'en',
    turns: [
      say(
        'can I work as kokk at age 17 on ship with 12 crew?',
        decides('cook.qualification', 'cook-qualification', 'not-qualified'),
      ),
    ],
  },
];

describe('Round 24, replayed through the turn core', () => {
  for (const golden of CONVERSATIONS) it(golden.name, () => playGolden(golden));
});
