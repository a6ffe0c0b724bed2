/**
 * Two questions asked as one, their objects joined by "og" / "and" ("Do we need a cook and a manning
 * certificate?", «Må vi ha skipskokk og bemanningssertifikat?»). The part before the joiner is a
 * question of its own ("Do we need a cook"); the part after it is only an object ("a manning
 * certificate?"), so it is read with the start of the first question in front of it ("Do we need a
 * manning certificate?"). Both must be confident answers about different topics; anything less
 * stays one question, as before.
 */
import type { TopicVerdict } from './topics.js';
import { OBJECT_JOINERS } from './lexicon/discourse.js';
import { escapeRegExp, fold } from './normalize.js';
import { outsideTopic } from './narrow-readings.js';
import { asks, type MessagePart } from './questions.js';

/** Least probability of the first reading (a split is never a guess). */
const CONFIDENT = 0.9;
/**
 * Least probability of the second: its object alone behind a few words of the first ("Treng ho
 * skipskokk?") reads less surely than a whole question, but must still be an answer of its own.
 */
const TAIL_CONFIDENT = 0.75;
/** The words a joiner may follow; later joiners join parts of one object ("20 days and 12 hours"). */
const JOINER = new RegExp(`\\s(?:${OBJECT_JOINERS.map(escapeRegExp).join('|')})\\s`, 'giu');
/** Most words of the first question tried as the start put in front of the object. */
const MAX_FRAME = 6;

type Read = (text: string) => TopicVerdict;
type Answer = Extract<TopicVerdict, { kind: 'answer' }>;
const confident = (v: TopicVerdict): v is Answer => v.kind === 'answer' && v.p >= CONFIDENT;

/**
 * The two questions of `part` when it asks two things joined by "og"/"and" (see the module
 * comment), each with its verdict from `read`; undefined when it asks one.
 */
export function coordinatedQuestions(
  part: MessagePart,
  read: Read,
): [MessagePart & { verdict: TopicVerdict }, MessagePart & { verdict: TopicVerdict }] | undefined {
  const m = JOINER.exec(part.text);
  JOINER.lastIndex = 0;
  if (!m) return undefined;
  const head = part.text.slice(0, m.index).trim();
  const tail = part.text.slice(m.index + m[0].length).trim();
  if (!head || !/\p{L}/u.test(tail) || !asks(head)) return undefined;
  const first = read(head);
  if (!confident(first)) return undefined;
  // "does time when the boat is moored and I work at the fish farm count as fartstid?": the whole
  // question's words take its head outside the topic it seems to be alone (the crew at the quay).
  if (outsideTopic(first.topic, fold(part.text))) return undefined;
  const frame = head.split(/\s+/);
  let best: Answer | undefined;
  for (let j = 1; j < Math.min(frame.length, MAX_FRAME + 1); j++) {
    const v = read(`${frame.slice(0, j).join(' ')} ${tail}`);
    if (v.kind === 'answer' && (best === undefined || v.p > best.p)) best = v;
  }
  if (!best || best.p < TAIL_CONFIDENT || best.topic === first.topic) return undefined;
  const tailStart = part.start + m.index + m[0].length;
  return [
    { text: head, start: part.start, end: part.start + head.length, asks: true, verdict: first },
    { text: tail, start: tailStart, end: part.end, asks: true, verdict: best },
  ];
}
