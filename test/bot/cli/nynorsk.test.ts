/**
 * `losen ask --locale nn` answers in nynorsk (contract.md §4); and a question written in nynorsk
 * gets nynorsk without the flag once the language detector tells nynorsk (another engineer's work).
 */
import { describe, expect, it } from 'vitest';
import { main } from '../../../bot/cli/main.js';
import { texts } from '../../../content/index.js';
import type { BotMessage } from '../../../content/types.js';

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => void out.push(s), err: (s) => void err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const nn = texts('nn');
const QUESTION = 'Treng båten min bemanningssertifikat, og kva gjeld for oss?';

describe('losen ask in nynorsk', () => {
  it.each([['--locale', 'nn'], ['--locale=nn']])('%s answers and asks in nynorsk', async (...flag) => {
    const r = await run(['ask', ...flag, 'Treng båten min bemanningssertifikat?']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toContain(nn.topics['manning.which-vessels'].answer);
    expect(r.out).toContain(`[1] ${nn.facts.flag.choices.NO}`);
  });

  it('--locale nn --json gives the nynorsk messages', async () => {
    const r = await run(['ask', '--json', '--locale', 'nn', 'Kor lenge gjeld helseerklæringa?']);
    const messages = JSON.parse(r.out) as BotMessage[];
    expect(messages[0]).toMatchObject({ topic: 'health.certificate' });
    expect(messages[0]?.text.startsWith(nn.topics['health.certificate'].answer)).toBe(true);
  });

  it('answers a question written in nynorsk in nynorsk without --locale', async () => {
    const r = await run(['ask', QUESTION]);
    expect(r.out).toContain(nn.topics['manning.which-vessels'].answer);
  });
});
