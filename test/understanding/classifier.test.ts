/**
 * What `classifyTopics` does with messages users write: canonical FAQ questions, fragments, typos,
 * facts stated first and questions from the issue go to their topic directly; questions outside
 * the catalogue go to the fallback; the policy never offers a menu of one; long e-mails work and
 * take time in proportion to their length.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RoutableTopicId } from '../../rules/topics.js';
import { decide, POLICY } from '../../understanding/classifier/policy.js';
import { classifyTopics } from '../../understanding/topics.js';

const ANSWERED: [string, RoutableTopicId][] = [
  // Canonical FAQ forms (nb, nn, en)
  ['Når er det krav om skipskokk?', 'cook.required'],
  ['Hva får jeg føre med D6-sertifikat?', 'd6.privileges'],
  ['how do I write a sea-time confirmation?', 'seatime.confirmation'],
  ['Kva krav er det til ein skipskokk?', 'cook.qualification'],
  ['Kven kan stadfeste fartstida mi?', 'seatime.who-can-confirm'],
  ['Har bemanningssertifikatet en utløpsdato?', 'manning.expiry'],
  // Fragments, typos, no æøå
  ['kokk 10 mann?', 'cook.required'],
  ['bemaningssertifikat lasteskip 60 bt', 'manning.which-vessels'],
  ['helseerklering gyldig hvor lenge', 'health.certificate'],
  ['i-issc forlenge', 'isps.interim'],
  // Facts first, and the issue's own examples
  [
    "Our cargo ship is Norwegian-flagged, 120 GT, and there are 11 people in the safe manning. Do we need a ship's cook?",
    'cook.required',
  ],
  ['Do we need a manning certificate for our 60 GT cargo ship?', 'manning.which-vessels'],
  ['I sent my D6 application on Min side sjøfolk. Will it be issued automatically?', 'aps.processing'],
  ['Vi har jobbet 6 timer om dagen i 200 dager. Hvor mye fartstid blir det?', 'seatime.calculate'],
  ['Eg er kadett og fekk vitnemålet i mai. Når kan eg søkje om D4?', 'deck.cadet'],
];

const OUT_OF_SCOPE: string[] = [
  'Hva koster det å registrere en fritidsbåt i småbåtregisteret?',
  'How do we move our ship from NOR to NIS?',
  'Må vi ha AIS på en sjark på 11 meter?',
  'How often must the life raft be serviced?',
  'Korleis søkjer eg om farleibevis?',
  'What is the minimum wage for an able seaman under MLC?',
  'Hvordan fortoller jeg en båt fra Sverige?',
  'Do Filipino crew need a visa to join the ship in Bergen?',
  'Hvordan melder jeg en arbeidsulykke om bord?',
  'Hva blir været i morgen?',
];

describe('classifyTopics', () => {
  it.each(ANSWERED)('answers «%s» directly with %s', (text, topic) => {
    const v = classifyTopics(text);
    expect(v.kind === 'answer' ? v.topic : v).toBe(topic);
  });

  it.each(OUT_OF_SCOPE)('sends «%s» to the fallback', (text) => {
    expect(classifyTopics(text).kind).toBe('out-of-scope');
  });

  it('ranks every topic of the catalogue with probabilities that sum to at most 1', () => {
    const v = classifyTopics('Trenger vi bemanningssertifikat?');
    expect(v.ranked).toHaveLength(43);
    const sum = v.ranked.reduce((s, r) => s + r.p, 0);
    expect(sum).toBeLessThanOrEqual(1 + 1e-9);
    expect(v.ranked[0]?.p).toBeGreaterThanOrEqual(v.ranked[1]?.p ?? 0);
  });

  it('gives the same verdict every time', () => {
    const text = 'Hvor lenge gjelder helseerklæringen for sjøfolk?';
    expect(classifyTopics(text)).toEqual(classifyTopics(text));
  });

  it.each(['constructor', '__proto__', 'toString hasOwnProperty', '', '   ', '???', '😀😀'])(
    'copes with the odd message %j',
    (text) => {
      expect(['answer', 'clarify', 'out-of-scope']).toContain(classifyTopics(text).kind);
    },
  );

  it('finds the question in a long e-mail of greetings and context (about 2,000 characters)', () => {
    const filler =
      'Vi er et lite rederi på Vestlandet med tre fartøy, og vi har drevet i over tjue år. ' +
      'Takk for god hjelp sist, og beklager at denne e-posten ble lang. ';
    const text = `Hei!\n\n${filler.repeat(12)}\nSpørsmålet vårt: Må vi ha skipskokk når sikkerhetsbemanningen er 12 personer?\n\nMed vennlig hilsen\nKari`;
    expect(text.length).toBeGreaterThan(1800);
    const v = classifyTopics(text);
    expect(v.kind === 'answer' ? v.topic : v.kind === 'clarify' ? v.topics : v.kind).toContain('cook.required');
  });

  it('takes time in proportion to length (10 KB no more than ~10× 1 KB, within 50 ms)', () => {
    const sentence = 'Vi lurer på hvordan fartstid skal dokumenteres når rederiet ikke rapporterer elektronisk. ';
    const oneKb = sentence.repeat(Math.ceil(1000 / sentence.length)).slice(0, 1000);
    const tenKb = sentence.repeat(Math.ceil(10_000 / sentence.length)).slice(0, 10_000);
    classifyTopics(oneKb);
    // The fastest of five runs in this process's CPU time: on a shared machine wall-clock time also
    // counts the time other processes held the core.
    const time = (text: string) => {
      let best = Number.POSITIVE_INFINITY;
      for (let i = 0; i < 5; i++) {
        const started = process.cpuUsage();
        classifyTopics(`${text} ${i}`);
        const used = process.cpuUsage(started);
        best = Math.min(best, (used.user + used.system) / 1000);
      }
      return best;
    };
    const small = time(oneKb);
    const large = time(tenKb);
    expect(large).toBeLessThan(50);
    expect(large / Math.max(small, 0.05)).toBeLessThan(25);
  });
});

describe('routing policy', () => {
  const scores = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 43, maxLength: 43 }).map((raw) => {
    const sum = raw.reduce((a, b) => a + b, 0) + 1e-9;
    return raw.map((p, i) => ({ topic: `t${i}` as RoutableTopicId, p: p / sum })).sort((a, b) => b.p - a.p);
  });

  it('never offers a menu of one, and never more than three', () => {
    fc.assert(
      fc.property(scores, fc.double({ min: 0, max: 1, noNaN: true }), (ranked, oos) => {
        const d = decide(ranked, oos);
        if (d.kind === 'clarify') return d.topics.length >= 2 && d.topics.length <= POLICY.menuSize;
        return true;
      }),
    );
  });

  it('answers only above the threshold with out-of-scope unlikely, and with at most two related topics', () => {
    fc.assert(
      fc.property(scores, fc.double({ min: 0, max: 1, noNaN: true }), (ranked, oos) => {
        const d = decide(ranked, oos);
        if (d.kind !== 'answer') return true;
        return (
          d.p >= POLICY.answer &&
          d.p > oos &&
          oos <= POLICY.answerMaxOutOfScope &&
          d.related.length <= 2 &&
          !d.related.includes(d.topic)
        );
      }),
    );
  });

  it.each([
    { name: 'one clear topic', ranked: [0.9, 0.05], oos: 0.02, kind: 'answer' },
    { name: 'two close topics', ranked: [0.4, 0.35], oos: 0.1, kind: 'clarify' },
    { name: 'one weak topic and nothing close', ranked: [0.4, 0.05], oos: 0.5, kind: 'out-of-scope' },
    { name: 'a likely topic but out of scope quite likely too', ranked: [0.65, 0.05], oos: 0.3, kind: 'out-of-scope' },
    { name: 'out of scope most likely', ranked: [0.2, 0.1], oos: 0.7, kind: 'out-of-scope' },
  ])('decides $kind for $name', ({ ranked, oos, kind }) => {
    const scored = ranked.map((p, i) => ({ topic: `t${i}` as RoutableTopicId, p }));
    expect(decide(scored, oos).kind).toBe(kind);
  });
});
