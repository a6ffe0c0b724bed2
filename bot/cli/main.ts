/**
 * The command line (contract.md §4):
 *   losen ask "question" [--json] [--locale nb|en]   one question, the answer printed
 *   losen chat [--locale nb|en]                      an interactive conversation
 * In a chat, a choice is picked by its number; "exit" (or Ctrl-D) ends it.
 */
import { createInterface } from 'node:readline/promises';
import { stdin, stdout } from 'node:process';
import type { BotMessage } from '../../content/types.js';
import type { Locale } from '../../content/topic-ids.js';
import { createTurnCore } from '../core/turn.js';
import { MemoryStore } from '../core/store.js';
import { isLocale } from '../../rules/index.js';

const USAGE = `Usage:
  losen ask "question" [--json] [--locale nb|en]
  losen chat [--locale nb|en]`;

/** Plain-text rendering of messages, choices numbered. */
export function renderForTerminal(messages: readonly BotMessage[]): {
  text: string;
  choices: { id: string; label: string }[];
} {
  const choices: { id: string; label: string }[] = [];
  const blocks = messages.map((m) => {
    let block = m.text;
    if (m.citations?.some((c) => c.url))
      block += `\n${m.citations
        .filter((c) => c.url)
        .map((c) => `  ${c.source}${c.ref ? ` ${c.ref}` : ''}: ${c.url}`)
        .join('\n')}`;
    if (m.choices?.length) {
      block += `\n${m.choices
        .map((c) => {
          choices.push(c);
          return `  [${choices.length}] ${c.label}`;
        })
        .join('\n')}`;
    }
    return block;
  });
  return { text: blocks.join('\n\n'), choices };
}

type Parsed = {
  command: string | undefined;
  rest: string[];
  json: boolean;
  locale: Locale | undefined;
  error?: string;
};

export function parseArgs(argv: readonly string[]): Parsed {
  const rest: string[] = [];
  let json = false;
  let locale: Locale | undefined;
  let error: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i] ?? '';
    if (a === '--json') json = true;
    else if (a === '--locale') {
      const v = argv[i + 1];
      if (isLocale(v)) locale = v;
      else error = '--locale must be nb, nn or en';
      i += 1;
    } else if (a.startsWith('--locale=')) {
      const v = a.slice('--locale='.length);
      if (isLocale(v)) locale = v;
      else error = '--locale must be nb, nn or en';
    } else rest.push(a);
  }
  const [command, ...args] = rest;
  return { command, rest: args, json, locale, ...(error ? { error } : {}) };
}

function newCore() {
  return createTurnCore({ store: new MemoryStore(), ttlSeconds: 3600 });
}

export async function main(
  argv: readonly string[],
  io = { out: (s: string) => void stdout.write(`${s}\n`), err: (s: string) => void process.stderr.write(`${s}\n`) },
): Promise<number> {
  const args = parseArgs(argv);
  if (args.error) {
    io.err(args.error);
    return 2;
  }
  if (args.command === 'ask') {
    const question = args.rest.join(' ').trim();
    if (!question) {
      io.err(USAGE);
      return 2;
    }
    const reply = await newCore().handleTurn({ text: question, ...(args.locale ? { locale: args.locale } : {}) });
    io.out(args.json ? JSON.stringify(reply.messages, null, 2) : renderForTerminal(reply.messages).text);
    return 0;
  }
  if (args.command === 'chat') {
    const core = newCore();
    const rl = createInterface({ input: stdin, output: stdout, terminal: stdin.isTTY === true });
    rl.setPrompt('> ');
    // The iterator queues lines that arrive while a turn runs (piped input arrives all at once;
    // `rl.question` would drop them and leave the process hanging when input ends).
    const lines = rl[Symbol.asyncIterator]();
    let reply = await core.handleTurn(args.locale ? { locale: args.locale } : {});
    let shown = renderForTerminal(reply.messages);
    io.out(shown.text);
    try {
      for (;;) {
        rl.prompt();
        const next = await lines.next();
        if (next.done) break;
        const line = next.value.trim();
        if (line === 'exit' || line === 'quit' || line === 'avslutt') break;
        if (!line) continue;
        const n = Number(line);
        const picked = Number.isInteger(n) && n >= 1 && n <= shown.choices.length ? shown.choices[n - 1] : undefined;
        reply = await core.handleTurn({
          conversationId: reply.conversationId,
          ...(picked ? { choice: picked.id } : { text: line }),
          ...(args.locale ? { locale: args.locale } : {}),
        });
        shown = renderForTerminal(reply.messages);
        io.out(shown.text);
      }
    } finally {
      rl.close();
    }
    return 0;
  }
  io.err(USAGE);
  return args.command ? 2 : 0;
}
