/**
 * The command line (contract.md §4):
 *   losen ask "question" [--json] [--locale nb|nn|en]   one question, the answer printed
 *   losen chat [--locale nb|nn|en]                      an interactive conversation
 *   losen --help                                        this usage
 * In a chat, a choice is picked by its number; "avslutt" / "exit" (or Ctrl-D) ends it.
 */
import { createInterface } from 'node:readline/promises';
import { stdin, stdout } from 'node:process';
import { CLI_TEXTS } from '../../content/cli.js';
import { texts } from '../../content/index.js';
import { byLocale } from '../../content/localized.js';
import type { BotMessage, Citation } from '../../content/types.js';
import type { Locale } from '../../content/topic-ids.js';
import { createTurnCore } from '../core/turn.js';
import { MemoryStore } from '../core/store.js';
import { isLocale } from '../../rules/index.js';

const USAGE = `Usage:
  losen ask "question" [--json] [--locale nb|nn|en]   one question, the answer printed
  losen chat [--locale nb|nn|en]                      a conversation in the terminal
  losen --help                                        this help

--locale  answer in bokmål (nb), nynorsk (nn) or English (en); without it, the language of the question
--json    print the bot's messages (BotMessage[], see docs/contract.md §2) instead of text`;

const CLI = byLocale(CLI_TEXTS);
const QUIT = new Set(['exit', 'quit', 'avslutt', 'slutt', 'q']);

/** Choices that answer the bot's question (not commands such as "start over"). */
const ANSWERING = /^(answer|topic|rule):/;

/** True when the last message asks the user something (a fact, or "did you mean …?"). */
export function endsInQuestion(messages: readonly BotMessage[]): boolean {
  const last = messages.at(-1);
  return last !== undefined && (last.ask !== undefined || (last.choices ?? []).some((c) => ANSWERING.test(c.id)));
}

const citationText = (c: Citation) => `${c.source}${c.ref ? ` ${c.ref}` : ''}`;

/**
 * A message's text with its sources listed once, one per line with their links: the content ends
 * a cited answer with a "Sources: …" paragraph, which the list replaces.
 */
function withSourceList(m: BotMessage, locale: Locale): string {
  const citations = [...new Map((m.citations ?? []).map((c) => [`${citationText(c)}|${c.url ?? ''}`, c])).values()];
  if (citations.length === 0) return m.text;
  const label = texts(locale).ui.sources;
  const paragraphs = m.text.split('\n\n');
  const body = paragraphs.at(-1)?.startsWith(`${label}:`) ? paragraphs.slice(0, -1).join('\n\n') : m.text;
  const list = citations.map((c) => `  ${citationText(c)}${c.url ? `: ${c.url}` : ''}`).join('\n');
  return `${body}\n\n${label}:\n${list}`;
}

/** Plain-text rendering of messages, choices numbered; `commands: false` leaves out "start over" and the like. */
export function renderForTerminal(
  messages: readonly BotMessage[],
  locale: Locale = 'nb',
  options: { commands?: boolean } = {},
): { text: string; choices: { id: string; label: string }[] } {
  const choices: { id: string; label: string }[] = [];
  const blocks = messages.map((m) => {
    let block = withSourceList(m, locale);
    const shown = (m.choices ?? []).filter((c) => options.commands !== false || !c.id.startsWith('cmd:'));
    if (shown.length > 0) {
      block += `\n${shown
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
  help: boolean;
  locale: Locale | undefined;
  error?: string;
};

export function parseArgs(argv: readonly string[]): Parsed {
  const rest: string[] = [];
  let json = false;
  let help = false;
  let locale: Locale | undefined;
  let error: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i] ?? '';
    if (a === '--json') json = true;
    else if (a === '--help' || a === '-h') help = true;
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
  return { command, rest: args, json, help: help || command === 'help', locale, ...(error ? { error } : {}) };
}

function newCore() {
  return createTurnCore({ store: new MemoryStore(), ttlSeconds: 3600 });
}

export type Io = { out: (s: string) => void; err: (s: string) => void };

const defaultIo: Io = {
  out: (s) => void stdout.write(`${s}\n`),
  err: (s) => void process.stderr.write(`${s}\n`),
};

async function ask(args: Parsed, io: Io): Promise<number> {
  const question = args.rest.join(' ').trim();
  if (!question) {
    io.err(USAGE);
    return 2;
  }
  const reply = await newCore().handleTurn({ text: question, ...(args.locale ? { locale: args.locale } : {}) });
  if (args.json) {
    io.out(JSON.stringify(reply.messages, null, 2));
    return 0;
  }
  io.out(renderForTerminal(reply.messages, reply.locale, { commands: false }).text);
  if (endsInQuestion(reply.messages)) io.out(`\n${CLI[reply.locale].continueInChat}`);
  return 0;
}

async function chat(args: Parsed, io: Io): Promise<number> {
  const core = newCore();
  const rl = createInterface({ input: stdin, output: stdout, terminal: stdin.isTTY === true });
  rl.setPrompt('> ');
  // The iterator queues lines that arrive while a turn runs (piped input arrives all at once;
  // `rl.question` would drop them and leave the process hanging when input ends).
  const lines = rl[Symbol.asyncIterator]();
  let reply = await core.handleTurn(args.locale ? { locale: args.locale } : {});
  let shown = renderForTerminal(reply.messages, reply.locale);
  io.out(shown.text);
  io.out(CLI[reply.locale].chatHint);
  try {
    for (;;) {
      rl.prompt();
      const next = await lines.next();
      if (next.done) break;
      const line = next.value.trim();
      if (QUIT.has(line.toLowerCase())) break;
      if (!line) continue;
      const n = Number(line);
      const picked = Number.isInteger(n) && n >= 1 && n <= shown.choices.length ? shown.choices[n - 1] : undefined;
      reply = await core.handleTurn({
        conversationId: reply.conversationId,
        ...(picked ? { choice: picked.id } : { text: line }),
        ...(args.locale ? { locale: args.locale } : {}),
      });
      shown = renderForTerminal(reply.messages, reply.locale);
      io.out(shown.text);
    }
  } finally {
    rl.close();
  }
  return 0;
}

/** Run the command line with `argv` (without node and the script); resolves to the exit code. */
export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  const args = parseArgs(argv);
  if (args.error) {
    io.err(args.error);
    return 2;
  }
  if (args.help) {
    io.out(USAGE);
    return 0;
  }
  if (args.command === 'ask') return ask(args, io);
  if (args.command === 'chat') return chat(args, io);
  io.err(USAGE);
  return args.command ? 2 : 0;
}
