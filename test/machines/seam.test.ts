/**
 * The one typed seam between bot/ and machines/ (machines/conversation.ts): a client-sent choice
 * is checked against the topic, rule, answer and command ids; a stored snapshot is read only
 * through it; and the turn core reaches the machines through nothing else.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type Choice,
  parseChoice,
  requestEvent,
  storedRule,
  takeTurn,
  type Turn,
} from '../../machines/conversation.js';

const nb: Turn = { today: '2026-11-22', locale: 'nb' };

describe('a client-sent choice is checked against what exists', () => {
  const CASES: { name: string; id: string; expected: Choice }[] = [
    { name: 'a command', id: 'cmd:restart', expected: { kind: 'command', command: 'restart' } },
    {
      name: 'a topic of the catalogue',
      id: 'topic:cook.required',
      expected: { kind: 'topic', topic: 'cook.required' },
    },
    { name: 'the fallback is no topic to route to', id: 'topic:fallback', expected: { kind: 'unknown' } },
    { name: 'a topic that does not exist', id: 'topic:no-such-topic', expected: { kind: 'unknown' } },
    { name: 'an Object.prototype name as a topic', id: 'topic:constructor', expected: { kind: 'unknown' } },
    { name: 'a rule', id: 'rule:issc-renewal', expected: { kind: 'rule', ruleId: 'issc-renewal' } },
    { name: 'a rule that does not exist', id: 'rule:__proto__', expected: { kind: 'unknown' } },
    { name: 'yes', id: 'answer:yes', expected: { kind: 'answer', value: 'yes' } },
    { name: 'a value a question offers', id: 'answer:cargo', expected: { kind: 'answer', value: 'cargo' } },
    { name: 'a value no question offers', id: 'answer:toString', expected: { kind: 'unknown' } },
    { name: 'a command that does not exist', id: 'cmd:format-disk', expected: { kind: 'unknown' } },
    { name: 'no known prefix at all', id: 'hello', expected: { kind: 'unknown' } },
  ];
  it.each(CASES)('$name ($id)', ({ id, expected }) => {
    expect(parseChoice(id)).toEqual(expected);
  });

  it('a checked choice becomes the event the machine reads; a command goes as a command', () => {
    expect(requestEvent({ choice: parseChoice('cmd:back') }, nb)).toEqual({ type: 'COMMAND', command: 'back', ...nb });
    expect(requestEvent({ choice: parseChoice('topic:cook.required') }, nb)).toEqual({
      type: 'CHOICE',
      id: 'topic:cook.required',
      ...nb,
    });
    expect(requestEvent({ choice: parseChoice('topic:constructor') }, nb)).toEqual({
      type: 'CHOICE',
      id: 'unknown',
      ...nb,
    });
    expect(requestEvent({}, nb)).toEqual({ type: 'GREET', ...nb });
  });
});

describe('the rule a stored snapshot is on', () => {
  it('is read from a real conversation, typed, with its facts', () => {
    const first = takeTurn(undefined, nb, requestEvent({ choice: parseChoice('topic:seatime.confirmation') }, nb));
    const rule = storedRule(JSON.parse(JSON.stringify(first.snapshot)), 'en');
    expect(rule?.ruleId).toBe('sea-time-confirmation');
    expect(rule?.locale).toBe('nb');
    expect(rule?.today).toBe(nb.today);
  });

  it.each([
    { name: 'nothing', snapshot: undefined },
    { name: 'not an object', snapshot: 'guided' },
    { name: 'no rule', snapshot: { context: { ruleId: null, facts: {}, today: '2026-01-01' } } },
    {
      name: 'a rule that does not exist',
      snapshot: { context: { ruleId: 'constructor', facts: {}, today: '2026-01-01' } },
    },
    {
      name: 'facts that are not a record',
      snapshot: { context: { ruleId: 'sea-time', facts: [1], today: '2026-01-01' } },
    },
  ])('is none for $name', ({ snapshot }) => {
    expect(storedRule(snapshot, 'nb')).toBeUndefined();
  });
});

describe('a turn', () => {
  it('starts afresh from a snapshot that is not a running conversation', () => {
    const outcome = takeTurn({ status: 'done', value: 'x' }, nb, requestEvent({}, nb));
    expect(outcome.turns).toBe(1);
    expect(outcome.messages).toHaveLength(1);
    expect(outcome.holdsSomething).toBe(false);
  });

  it('holds something once a topic with a rule is under way', () => {
    const outcome = takeTurn(undefined, nb, requestEvent({ choice: parseChoice('topic:cook.required') }, nb));
    expect(outcome.holdsSomething).toBe(true);
    expect(outcome.messages.some((m) => m.ask !== undefined)).toBe(true);
  });
});

const ROOT = join(import.meta.dirname, '..', '..');

async function tsFiles(dir: string): Promise<string[]> {
  const entries = await readdir(join(ROOT, dir), { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name).slice(ROOT.length + 1));
}

describe('the seam holds', () => {
  it('the turn core imports from machines/ only the conversation module', async () => {
    const source = await readFile(join(ROOT, 'bot', 'core', 'turn.ts'), 'utf8');
    const machines = [...source.matchAll(/from '(\.\.\/)+machines\/([^']+)'/g)].map((m) => m[2]);
    expect(machines).toEqual(['conversation.js']);
  });

  it('no production module casts through unknown', async () => {
    const files = (await Promise.all(['rules', 'understanding', 'machines', 'content', 'bot'].map(tsFiles))).flat();
    const casting: string[] = [];
    for (const file of files)
      if ((await readFile(join(ROOT, file), 'utf8')).includes(['as', 'unknown', 'as'].join(' '))) casting.push(file);
    expect(casting).toEqual([]);
  });
});
