/**
 * The command line (contract.md §4): `ask` in-process through `main(argv, io)`, and the real
 * `bin/losen.js` spawned once for `ask` and once for `chat` driven through piped stdin.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../../bot/cli/main.js';
import { CLI_TEXTS } from '../../../content/cli.js';
import { texts } from '../../../content/index.js';
import type { BotMessage } from '../../../content/types.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => void out.push(s), err: (s) => void err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('losen ask (in process)', () => {
  it('prints the first question of a guided answer, with its choices numbered', async () => {
    const r = await run(['ask', 'Trenger båten min bemanningssertifikat?']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toContain(texts('nb').facts.flag.question);
    expect(r.out).toContain(`[1] ${texts('nb').facts.flag.choices.NO}`);
    expect(r.out).toContain(`[2] ${texts('nb').facts.flag.choices.foreign}`);
  });

  it('--json prints the BotMessage[]', async () => {
    const r = await run(['ask', '--json', 'Trenger båten min bemanningssertifikat?']);
    expect(r.code).toBe(0);
    const messages = JSON.parse(r.out) as BotMessage[];
    expect(Array.isArray(messages)).toBe(true);
    expect(messages.at(-1)).toMatchObject({ topic: 'manning.which-vessels', ask: { fact: 'flag' } });
    expect(messages.at(-1)?.choices?.map((c) => c.id)).toEqual(['answer:NO', 'answer:foreign']);
    for (const m of messages) expect(typeof m.text).toBe('string');
  });

  it('--json prints a decision asked in one question', async () => {
    const r = await run(['ask', 'How much sea time for 20 days at 12 hours?', '--json']);
    const messages = JSON.parse(r.out) as BotMessage[];
    const decided = messages.find((m) => m.decision);
    expect(decided?.decision).toMatchObject({
      rule: 'sea-time',
      outcome: 'calculated',
      values: { seaTimeDays: 46.92 },
    });
    expect(decided?.citations?.length).toBeGreaterThan(0);
  });

  it.each([['--locale', 'en'], ['--locale=en']])(
    "%s answers in English whatever the question's language",
    async (...flag) => {
      const r = await run(['ask', ...flag, 'Trenger båten min bemanningssertifikat?']);
      expect(r.code).toBe(0);
      expect(r.out).toContain(texts('en').facts.flag.question);
    },
  );

  it.each([['--locale', 'fr'], ['--locale'], ['--locale=']])('a bad locale (%s) exits 2', async (...flag) => {
    const r = await run(['ask', ...flag, 'Hva er D6?']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--locale');
    expect(r.out).toBe('');
  });

  it('ask without a question prints the usage and exits 2', async () => {
    for (const argv of [['ask'], ['ask', '   '], ['ask', '--json']]) {
      const r = await run(argv);
      expect(r.code).toBe(2);
      expect(r.err).toContain('Usage');
      expect(r.out).toBe('');
    }
  });

  it.each([['--help'], ['-h'], ['help'], ['ask', '--help']])(
    '%s prints the usage on stdout and exits 0',
    async (...argv) => {
      const r = await run(argv);
      expect(r.code).toBe(0);
      expect(r.err).toBe('');
      expect(r.out).toContain('Usage');
      expect(r.out).toContain('--locale nb|nn|en');
    },
  );

  it.each([
    ['nb', 'Trenger båten min bemanningssertifikat?'],
    ['nn', 'Trenger båten min bemanningssertifikat?'],
    ['en', 'Does my boat need a manning certificate?'],
  ] as const)('an answer that ends in a question says to go on in `losen chat` (%s)', async (locale, question) => {
    const r = await run(['ask', '--locale', locale, question]);
    expect(r.code).toBe(0);
    expect(r.out.trimEnd().endsWith(CLI_TEXTS.continueInChat[locale])).toBe(true);
  });

  it('a decision ends without the hint, without commands that a single question cannot use, and names each source once', async () => {
    const r = await run(['ask', 'How much sea time for 20 days at 12 hours?']);
    const { ui } = texts('en');
    expect(r.out).not.toContain(CLI_TEXTS.continueInChat.en);
    expect(r.out).not.toContain(ui.commandBack);
    expect(r.out.split(`${ui.sources}:`)).toHaveLength(2);
    for (const source of ['FOR-2011-12-22-1523 § 16', 'LOV-2007-02-16-9 § 24']) {
      expect(r.out.split(source)).toHaveLength(2);
      expect(r.out).toMatch(new RegExp(`${source}: https://lovdata\\.no/`));
    }
  });

  it('--json prints only the messages, without the hint', async () => {
    const r = await run(['ask', '--json', '--locale', 'en', 'Does my boat need a manning certificate?']);
    expect(() => JSON.parse(r.out)).not.toThrow();
    expect(r.out).not.toContain(CLI_TEXTS.continueInChat.en);
  });

  it('an unknown command prints the usage and exits 2; no command exits 0', async () => {
    expect((await run(['frobnicate'])).code).toBe(2);
    const none = await run([]);
    expect(none.code).toBe(0);
    expect(none.err).toContain('Usage');
  });
});

/** Run the real `bin/losen.js`, optionally feeding lines on stdin. */
function spawnLosen(
  args: string[],
  stdinLines?: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/losen.js', ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    const timer = setTimeout(() => child.kill('SIGKILL'), 50_000);
    child.on('close', () => clearTimeout(timer));
    if (stdinLines) child.stdin.end(`${stdinLines.join('\n')}\n`);
    else child.stdin.end();
  });
}

describe.concurrent('the real bin/losen.js', () => {
  it('ask prints the sea-time calculation', async () => {
    const r = await spawnLosen(['ask', 'How much sea time for 20 days at 12 hours?']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('46.92');
  }, 60_000);

  it.each(['nb', 'nn', 'en'] as const)(
    'chat --locale %s greets in that language, says how to quit, and quits on the word',
    async (locale) => {
      const r = await spawnLosen(['chat', '--locale', locale], [locale === 'en' ? 'exit' : 'avslutt', 'Hva er D6?']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout.indexOf(texts(locale).ui.greeting)).toBe(0);
      expect(r.stdout).toContain(CLI_TEXTS.chatHint[locale]);
      // It quit before the question: nothing but the greeting, the hint and one prompt.
      expect(r.stdout).toBe(`${texts(locale).ui.greeting}\n${CLI_TEXTS.chatHint[locale]}\n> `);
    },
    60_000,
  );

  it('chat through piped stdin greets, asks, and decides, then ends with the input', async () => {
    const r = await spawnLosen(['chat'], ['Trenger båten min bemanningssertifikat?', '1', 'lasteskip', '45 BT']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const { ui, facts, outcomes } = texts('nb');
    const greetAt = r.stdout.indexOf(ui.greeting);
    const flagAt = r.stdout.indexOf(facts.flag.question);
    const typeAt = r.stdout.indexOf(facts.vesselType.question);
    const tonnageAt = r.stdout.indexOf(facts.grossTonnage.question);
    const decisionAt = r.stdout.indexOf(outcomes['manning-certificate:not-required']);
    expect(greetAt).toBe(0);
    expect(flagAt).toBeGreaterThan(greetAt);
    expect(typeAt).toBeGreaterThan(flagAt);
    expect(tonnageAt).toBeGreaterThan(typeAt);
    expect(decisionAt).toBeGreaterThan(tonnageAt);
  }, 60_000);
});
