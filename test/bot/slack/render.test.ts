/** Block Kit rendering: escaping, links, buttons and Slack's size limits. */
import { describe, expect, it } from 'vitest';
import type { BotMessage } from '../../../content/types.js';
import {
  answeredBlocks,
  CHOICE_ACTION_PREFIX,
  escapeMrkdwn,
  renderTurn,
  unescapeSlack,
} from '../../../bot/slack/render.js';

const turn = (messages: BotMessage[]) => ({ locale: 'nb' as const, messages });
const json = (v: unknown) => JSON.stringify(v);

describe('Slack rendering', () => {
  it('escapes &, < and > so text cannot mention or link', () => {
    expect(escapeMrkdwn('<!channel> & <@U1> > 5')).toBe('&lt;!channel&gt; &amp; &lt;@U1&gt; &gt; 5');
    expect(unescapeSlack('&lt;50 BT &amp; &gt;1')).toBe('<50 BT & >1');
    const { text, blocks } = renderTurn(turn([{ text: 'Under <50 BT & mer' }]));
    expect(text).toBe('Under &lt;50 BT &amp; mer');
    expect(json(blocks)).toContain('Under &lt;50 BT &amp; mer');
  });

  it('links sources and files, naming a file without a public base URL', () => {
    const message = {
      text: 'Svar.\n\nKilder: A § 1; B',
      citations: [{ source: 'A', ref: '§ 1', url: 'https://example.no/a?x=1|2' }, { source: 'B' }],
      attachments: [{ kind: 'pdf' as const, label: 'Fartstid.pdf', url: '/api/documents/abc.pdf' }],
    };
    const linked = json(renderTurn(turn([message]), 'https://losen.example.no').blocks);
    expect(linked).toContain('<https://example.no/a?x=1%7C2|A § 1> · B');
    expect(linked).toContain('<https://losen.example.no/api/documents/abc.pdf|Fartstid.pdf>');
    expect(linked).not.toContain('Kilder: A');
    expect(json(renderTurn(turn([message])).blocks)).not.toContain('abc.pdf');
  });

  it('gives every button a unique action id and the choice id as value, within Slack limits', () => {
    const choices = Array.from({ length: 30 }, (_, i) => ({ id: `answer:${i}`, label: `${'Valg '.repeat(20)}${i}` }));
    const { blocks } = renderTurn(
      turn([
        { text: 'x'.repeat(7000), choices },
        { text: 'Til slutt', choices: choices.slice(0, 2) },
      ]),
    );
    const buttons = blocks.flatMap((b) => (b.type === 'actions' ? b.elements : [])) as {
      action_id: string;
      value: string;
      text: { text: string };
    }[];
    expect(buttons).toHaveLength(32);
    expect(new Set(buttons.map((b) => b.action_id)).size).toBe(32);
    expect(buttons.every((b) => b.action_id.startsWith(CHOICE_ACTION_PREFIX) && b.text.text.length <= 75)).toBe(true);
    expect(buttons[29]!.value).toBe('answer:29');
    expect(blocks.every((b) => b.type !== 'section' || b.text!.text.length <= 3000)).toBe(true);
    expect(blocks.filter((b) => b.type === 'actions').every((b) => b.elements.length <= 25)).toBe(true);
  });

  it('replaces the buttons of an answered message with the choice', () => {
    const { blocks } = renderTurn(turn([{ text: 'Flagg?', choices: [{ id: 'answer:NO', label: 'Norsk <flagg>' }] }]));
    const answered = answeredBlocks(blocks, 'Norsk <flagg>');
    expect(answered.some((b) => b.type === 'actions')).toBe(false);
    expect(json(answered)).toContain('Norsk &lt;flagg&gt;');
  });
});
