/**
 * A reply to "how old were you when the health certificate was issued?" that gives another age:
 * the age now («jeg er 18 nå», "I'm 19 now"), an age about to be reached («jeg fyller 18 i
 * januar»), or both ages («17 da, 18 nå»). The age then is taken as said; an age now only gives the
 * age at issue when every age it can have been is on the same side of 18 (`age-at-issue.ts`);
 * otherwise the reply is not understood and the question is asked again — never the age now.
 */
import type { AnswerResult } from './extract.js';
import { ageAtIssueFromAgeNow } from './age-at-issue.js';
import { fold } from './normalize.js';

const YEARS = String.raw`(?:\s*(?:ar|aar|years?|yrs?))?(?:\s*(?:gammel|gamal|old))?`;
/** «17 da», "17 then", «17 år den gang»: the age at the time. */
const THEN = new RegExp(
  String.raw`(?<![\d.,])(\d{1,2})${YEARS}\s*(?:da|then|den gang|den gongen|at the time)(?![a-z])`,
);
/** «18 nå», «19 no», "18 now", «i dag er jeg 18»: the age now. */
const NOW = new RegExp(
  String.raw`(?<![\d.,])(\d{1,2})${YEARS}\s*(?:na|naa|no|now|today|i dag|currently)(?![a-z])|(?:na|now|i dag|today|currently)\s+(?:er\s+(?:jeg|eg)|(?:i\s*am|im))\s+(\d{1,2})(?![\d])`,
);
/** «fyller 18 i januar», "turning 18 soon": the age now is one less. */
const TURNS =
  /(?:fyller|fyll|blir|turn|turning|will\s+be)\s+(\d{1,2})\s*(?:ar\s*)?(?:i\s+(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|ar)|in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)|snart|soon|this\s+year|neste\s+maned|next\s+month)(?![a-z])/;

/**
 * The age at issue `text` gives when it speaks of the age now or then; undefined when it does
 * neither (the ordinary reading applies).
 */
export function ageAtIssueReply(text: string, issueDate: unknown, today: string): AnswerResult | undefined {
  const folded = fold(text);
  const then = THEN.exec(folded);
  if (then) return { kind: 'value', value: Number(then[1]) };
  const now = NOW.exec(folded);
  const turns = now ? undefined : TURNS.exec(folded);
  const ageNow = now ? Number(now[1] ?? now[2]) : turns ? Number(turns[1]) - 1 : undefined;
  if (ageNow === undefined) return undefined;
  const age = typeof issueDate === 'string' ? ageAtIssueFromAgeNow(ageNow, { iso: issueDate }, today) : undefined;
  return age === undefined ? { kind: 'not-understood' } : { kind: 'value', value: age };
}
