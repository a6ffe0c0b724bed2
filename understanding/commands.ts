/** Recognises a whole message that is a command: start over, back, help, talk to a person. */
import { COMMAND_PHRASES, SMALL_TALK_PHRASES } from './lexicon/commands.js';
import type { Command, SmallTalk } from '../content/render.js';

const normalise = (s: string) =>
  s
    .toLowerCase()
    .replace(/[.!?,;:«»"']/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const BY_PHRASE = new Map<string, Command>(
  (Object.entries(COMMAND_PHRASES) as [Command, readonly string[]][]).flatMap(([command, phrases]) =>
    phrases.map((p) => [normalise(p), command] as const),
  ),
);

/** The command `text` is, or `undefined` when it is something else. */
export const commandIn = (text: string): Command | undefined => BY_PHRASE.get(normalise(text));

const SMALL_TALK = new Map<string, SmallTalk>(
  (Object.entries(SMALL_TALK_PHRASES) as [SmallTalk, readonly string[]][]).flatMap(([kind, phrases]) =>
    phrases.map((p) => [normalise(p), kind] as const),
  ),
);

/** The courtesy `text` is when it is nothing else ("takk!", "hei", "bye"), or `undefined`. */
export const smallTalkIn = (text: string): SmallTalk | undefined =>
  text.length > 40 ? undefined : SMALL_TALK.get(normalise(text));

/** The command a choice id names (`cmd:back`), or `undefined`. */
export function commandChoice(id: string): Command | undefined {
  const m = /^cmd:(restart|back|help|handoff)$/.exec(id);
  return m ? (m[1] as Command) : undefined;
}
