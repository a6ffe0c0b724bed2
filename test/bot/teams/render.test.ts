/** Teams rendering: markdown escaping, links and card buttons. */
import { describe, expect, it } from 'vitest';
import { choiceOf, escapeMarkdown, renderTurn } from '../../../bot/teams/render.js';

describe('Teams rendering', () => {
  it('escapes HTML and markdown, and keeps "• " items as a list', () => {
    expect(escapeMarkdown('<b>*x*</b> [a](b) & _y_')).toBe('&lt;b&gt;\\*x\\*&lt;/b&gt; \\[a\\](b) &amp; \\_y\\_');
    const [activity] = renderTurn({ locale: 'nb', messages: [{ text: 'Grunner:\n• én\n• to' }] });
    expect(activity!.text).toBe('Grunner:\n- én\n- to');
    expect(activity!.textFormat).toBe('markdown');
  });

  it('links sources and files, and puts choices on cards of at most six buttons', () => {
    const choices = Array.from({ length: 7 }, (_, i) => ({ id: `answer:${i}`, label: `Valg ${i}` }));
    const message = {
      text: 'Svar.\n\nKilder: A § 1',
      citations: [{ source: 'A', ref: '§ 1', url: 'https://example.no/a_(b)' }],
      attachments: [{ kind: 'ics' as const, label: 'Påminnelse', url: '/api/documents/x.ics' }],
      choices,
    };
    const [activity] = renderTurn({ locale: 'nb', messages: [message] }, 'https://losen.example.no');
    expect(activity!.text).toBe(
      'Svar.\n\n**Kilder:** [A § 1](https://example.no/a_%28b%29)\n\n[Påminnelse](https://losen.example.no/api/documents/x.ics)',
    );
    const cards = activity!.attachments as { content: { buttons: { value: { choice: string } }[] } }[];
    expect(cards.map((c) => c.content.buttons.length)).toEqual([6, 1]);
    expect(cards.flatMap((c) => c.content.buttons.map((b) => b.value.choice))).toEqual(choices.map((c) => c.id));
  });

  it('reads a click from the activity value only', () => {
    expect(choiceOf({ choice: 'answer:NO' })).toBe('answer:NO');
    expect(choiceOf({ choice: '' })).toBeUndefined();
    expect(choiceOf('answer:NO')).toBeUndefined();
    expect(choiceOf(undefined)).toBeUndefined();
  });
});
