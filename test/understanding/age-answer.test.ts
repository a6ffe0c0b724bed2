/**
 * A reply to "how old were you when it was issued?" that gives the age now or the age then: the age
 * at issue is taken only when it is certain on the side of 18 that matters, never the age now as
 * it stands (an expired certificate of a minor was declared valid that way).
 */
import { describe, expect, it } from 'vitest';
import { ageAtIssueReply } from '../../understanding/age-answer.js';

const TODAY = '2026-12-04';

describe('the age at issue from a reply about the age now or then', () => {
  it.each([
    ['«jeg er 18 nå», issued 22 months ago: under 18 then', 'jeg er 18 nå', '2025-02-01', { kind: 'value', value: 17 }],
    ['«jeg fyller 18 i januar»: 17 now, 16 then', 'jeg fyller 18 i januar', '2025-06-01', { kind: 'value', value: 16 }],
    ['«17 da, 18 nå»: the age then as said', '17 da, 18 nå', '2025-06-01', { kind: 'value', value: 17 }],
    ['"I am 40 now": an adult then too', 'I am 40 now', '2025-06-01', { kind: 'value', value: 38 }],
    [
      '«eg er 19 no», issued 18 months ago: 17 or 18 then, so asked again',
      'eg er 19 no',
      '2025-06-01',
      { kind: 'not-understood' },
    ],
    [
      '"born 15.03.2007", issued 01.02.2025: exactly 17 then',
      'I told you, born 15.03.2007',
      '2025-02-01',
      { kind: 'value', value: 17 },
    ],
    [
      '«født 01.02.2007», issued that day 18 years later: 18 then',
      'født 01.02.2007',
      '2025-02-01',
      { kind: 'value', value: 18 },
    ],
    ['a plain age is left to the ordinary reading', '40', '2025-06-01', undefined],
    ['«17 år» is left to the ordinary reading', '17 år', '2025-06-01', undefined],
  ])('%s', (_name, text, issueDate, expected) => {
    expect(ageAtIssueReply(text, issueDate, TODAY)).toEqual(expected);
  });

  it('without a date of issue, an age now is not taken', () => {
    expect(ageAtIssueReply('jeg er 18 nå', undefined, TODAY)).toEqual({ kind: 'not-understood' });
  });
});
