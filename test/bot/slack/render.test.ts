/** Block Kit rendering: escaping, links, buttons and Slack's size limits. */
import { describe, expect, it } from 'vitest';
import type { BotMessage } from '../../../content/types.js';
import {
  answeredBlocks,
  CHOICE_ACTION_PREFIX,
  escapeMrkdwn,
  FEEDBACK_ACTION,
  FEEDBACK_BLOCK,
  feedbackValue,
  ratedBlocks,
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
    const linked = json(renderTurn(turn([message]), { publicBaseUrl: 'https://losen.example.no' }).blocks);
    expect(linked).toContain('<https://example.no/a?x=1%7C2|A § 1> · B');
    expect(linked).toContain('<https://losen.example.no/api/documents/abc.pdf|Fartstid.pdf>');
    expect(linked).not.toContain('Kilder: A');
    expect(json(renderTurn(turn([message])).blocks)).not.toContain('abc.pdf');
    expect(json(renderTurn(turn([message])).blocks)).toContain('Fartstid.pdf');
  });

  it.each([
    ['uploaded after the message', 'upload' as const, [] as string[], false],
    ['named, with where to get them (an ephemeral answer)', 'elsewhere' as const, ['PDF'], true],
  ])('leaves files that are %s unlinked', (_name, files, named, hint) => {
    const attachments = [
      { kind: 'pdf' as const, label: 'PDF', url: '/api/files/t/attachments/sea-time-confirmation.pdf' },
      { kind: 'html' as const, label: 'Utskrift', url: '/api/files/t/attachments/sea-time-confirmation.html' },
    ];
    const blocks = json(renderTurn(turn([{ text: 'Ferdig.', attachments }]), { files }).blocks);
    for (const label of ['PDF', 'Utskrift']) expect(blocks.includes(label)).toBe(named.includes(label));
    expect(blocks.includes('privat samtale')).toBe(hint);
  });

  it('shows progress, the review list and the hand-off e-mail link', () => {
    const { blocks } = renderTurn(
      turn([
        { text: 'Hva heter skipet?', ask: { fact: 'vesselName' }, progress: { step: 3, of: 11 } },
        { text: 'Stemmer dette?', review: { items: [{ fact: 'vesselName', label: 'Skip', value: 'MS <Havbris>' }] } },
        {
          text: 'Kontakt Sjøfartsdirektoratet.',
          handoff: {
            summary: 'Tema: Fartstid',
            email: {
              to: 'post@sdir.no',
              subject: 'Fartstid',
              body: 'Hei',
              href: 'mailto:post@sdir.no?subject=Fartstid',
            },
            links: [{ label: 'Min side', url: 'https://minside.sdir.no/' }],
          },
        },
      ]),
    );
    expect(blocks[0]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: 'Spørsmål 3 av 11' }] });
    const all = json(blocks);
    expect(all).toContain('• *Skip:* MS &lt;Havbris&gt;');
    expect(all).toContain('Tema: Fartstid');
    expect(all).toContain('<mailto:post@sdir.no?subject=Fartstid|Send e-post til Sjøfartsdirektoratet>');
    expect(all).toContain('<https://minside.sdir.no/|Min side>');
  });

  it('puts 👍/👎 last, naming the turn and language, and keeps them within the block limit', () => {
    const long = { text: 'x'.repeat(200_000) };
    const { blocks } = renderTurn(turn([long]), { feedbackTurn: 7 });
    expect(blocks).toHaveLength(50);
    const feedback = blocks.at(-1)!;
    expect(feedback.block_id).toBe(FEEDBACK_BLOCK);
    const buttons = (feedback as { elements: { action_id: string; value: string }[] }).elements;
    expect(buttons.map((b) => [b.action_id, feedbackValue(b.value)])).toEqual([
      [FEEDBACK_ACTION.up, { turn: 7, locale: 'nb' }],
      [FEEDBACK_ACTION.down, { turn: 7, locale: 'nb' }],
    ]);
    expect(json(renderTurn(turn([long])).blocks)).not.toContain(FEEDBACK_BLOCK);
  });

  it.each([
    ['7|nb', { turn: 7, locale: 'nb' }],
    ['12|en', { turn: 12, locale: 'en' }],
    ['0|nb', undefined],
    ['7|constructor', undefined],
    ['7', undefined],
    [undefined, undefined],
  ])('reads the feedback value %s', (value, expected) => {
    expect(feedbackValue(value)).toEqual(expected);
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

  it('replaces the choice buttons of an answered message with the choice, keeping 👍/👎', () => {
    const { blocks } = renderTurn(turn([{ text: 'Flagg?', choices: [{ id: 'answer:NO', label: 'Norsk <flagg>' }] }]), {
      feedbackTurn: 2,
    });
    const answered = answeredBlocks(blocks, 'Norsk <flagg>');
    expect(answered.filter((b) => b.type === 'actions').map((b) => b.block_id)).toEqual([FEEDBACK_BLOCK]);
    expect(json(answered)).toContain('Norsk &lt;flagg&gt;');
    expect(answered.at(-1)!.block_id).toBe(FEEDBACK_BLOCK);
  });

  it('replaces 👍/👎 with a thank-you once rated, keeping the choices', () => {
    const { blocks } = renderTurn(turn([{ text: 'Svar.', choices: [{ id: 'cmd:restart', label: 'Start på nytt' }] }]), {
      feedbackTurn: 3,
    });
    const rated = ratedBlocks(blocks, 'nn');
    expect(json(rated)).not.toContain(FEEDBACK_BLOCK);
    expect(json(rated)).toContain('cmd:restart');
    expect(json(rated.at(-1))).toContain('Takk for tilbakemeldinga!');
  });
});
