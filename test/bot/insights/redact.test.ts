/** What is removed from a question before the editors keep it, and what is left for them to read. */
import { describe, expect, it } from 'vitest';
import { MAX_QUESTION_LENGTH, redactQuestion } from '../../../bot/insights/redact.js';
import { REDACTED } from '../../../machines/redact.js';

const cases: { name: string; text: string; gone: string[]; kept: string[] }[] = [
  {
    name: 'an identity number',
    text: 'Fødselsnummeret mitt er 010203 12345, trenger jeg helseerklæring?',
    gone: ['12345'],
    kept: ['helseerklæring'],
  },
  {
    name: 'an e-mail address',
    text: 'Send svaret til kari.nordmann@example.no takk',
    gone: ['kari.nordmann', '@'],
    kept: ['Send svaret'],
  },
  { name: 'a phone number', text: 'Ring meg på +47 912 34 567 om D6', gone: ['912'], kept: ['D6'] },
  {
    name: 'a name after "jeg heter"',
    text: 'Hei, jeg heter kari nordmann og lurer på fartstid',
    gone: ['kari', 'nordmann'],
    kept: ['fartstid'],
  },
  {
    name: 'a name after "eg heiter" (nynorsk)',
    text: 'Eg heiter Per og lurer på kva ein D6 gjev',
    gone: ['Per'],
    kept: ['D6'],
  },
  {
    name: 'a name after "my name is"',
    text: 'My name is John and I need a health certificate',
    gone: ['John'],
    kept: ['health certificate'],
  },
  { name: 'a signature after "Mvh"', text: 'Trenger vi skipskokk? Mvh Ola', gone: ['Ola'], kept: ['skipskokk'] },
  {
    name: 'a full name in the middle',
    text: 'Kan Ola Nordmann signere fartstid for meg?',
    gone: ['Ola', 'Nordmann'],
    kept: ['signere fartstid'],
  },
  {
    name: 'a birth date after "født"',
    text: 'Jeg er født 01.02.1980, når går helseerklæringen ut?',
    gone: ['1980'],
    kept: ['helseerklæringen'],
  },
  {
    name: 'nothing personal: the question is kept as it is',
    text: 'Trenger et lasteskip på 45 BT bemanningssertifikat?',
    gone: [REDACTED],
    kept: ['Trenger et lasteskip på 45 BT bemanningssertifikat?'],
  },
  {
    name: 'a date that is no birth date is kept',
    text: 'ISSC utstedt 2026-05-01, når er mellomliggende?',
    gone: [REDACTED],
    kept: ['2026-05-01'],
  },
];

describe('redactQuestion', () => {
  it.each(cases)('removes $name', ({ text, gone, kept }) => {
    const redacted = redactQuestion(text);
    for (const g of gone) expect(redacted).not.toContain(g);
    for (const k of kept) expect(redacted).toContain(k);
  });

  it('keeps a long question on one line and cuts it', () => {
    const redacted = redactQuestion(`Trenger\nbåten ${'min '.repeat(200)}bemanningssertifikat?`);
    expect(redacted).not.toContain('\n');
    expect(redacted.length).toBeLessThanOrEqual(MAX_QUESTION_LENGTH);
  });
});
