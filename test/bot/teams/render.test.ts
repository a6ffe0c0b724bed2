/** Teams rendering: markdown escaping, links, progress, review, hand-off, and the Adaptive Card. */
import { describe, expect, it } from 'vitest';
import type { BotMessage } from '../../../content/types.js';
import type { CardState } from '../../../bot/teams/render.js';
import { adaptiveCard, escapeMarkdown, messageActivity, renderTurn, submitOf } from '../../../bot/teams/render.js';
import { actionsOf, cardTextsOf } from './card-reading.js';

const turn = (messages: BotMessage[]) => ({ locale: 'nb' as const, messages });
const activityOf = (key: string, card: CardState) =>
  messageActivity(card.text, adaptiveCard(key, card)) as Record<string, unknown>;

describe('Teams rendering', () => {
  it('escapes HTML and markdown, and keeps "• " items as a list', () => {
    expect(escapeMarkdown('<b>*x*</b> [a](b) & _y_')).toBe('&lt;b&gt;\\*x\\*&lt;/b&gt; \\[a\\](b) &amp; \\_y\\_');
    const [message] = renderTurn(turn([{ text: 'Grunner:\n• én\n• to' }]));
    expect(message!.text).toBe('Grunner:\n- én\n- to');
    expect(message!.card).toBeUndefined();
    expect(messageActivity(message!.text).textFormat).toBe('markdown');
  });

  it('links sources and files with a public base URL, and leaves out files that are sent as files', () => {
    const message = {
      text: 'Svar.\n\nKilder: A § 1',
      citations: [{ source: 'A', ref: '§ 1', url: 'https://example.no/a_(b)' }],
      attachments: [{ kind: 'ics' as const, label: 'Påminnelse', url: '/api/files/t/attachments/calendar.ics' }],
    };
    const [linked] = renderTurn(turn([message]), { publicBaseUrl: 'https://losen.example.no' });
    expect(linked!.text).toBe(
      'Svar.\n\n**Kilder:** [A § 1](https://example.no/a_%28b%29)\n\n[Påminnelse](https://losen.example.no/api/files/t/attachments/calendar.ics)',
    );
    expect(renderTurn(turn([message]), { filesSent: true })[0]!.text).not.toContain('Påminnelse');
    expect(renderTurn(turn([message]))[0]!.text).toContain('Påminnelse');
  });

  it('shows progress, the review list and the hand-off e-mail link', () => {
    const [asked, review, handoff] = renderTurn(
      turn([
        { text: 'Hva heter skipet?', ask: { fact: 'vesselName' }, progress: { step: 3, of: 11 } },
        { text: 'Stemmer dette?', review: { items: [{ fact: 'vesselName', label: 'Skip', value: 'MS *Havbris*' }] } },
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
    expect(asked!.text.split('\n\n')[0]).toBe('_Spørsmål 3 av 11_');
    expect(review!.text).toContain('- **Skip:** MS \\*Havbris\\*');
    expect(handoff!.text).toContain('Tema: Fartstid');
    expect(handoff!.text).toContain('[Send e-post til Sjøfartsdirektoratet](mailto:post@sdir.no?subject=Fartstid)');
    expect(handoff!.text).toContain('[Min side](https://minside.sdir.no/)');
  });

  it('puts each choice on a button of its own whose data names the choice and the card', () => {
    const choices = Array.from({ length: 7 }, (_, i) => ({ id: `answer:${i}`, label: `Valg ${i}` }));
    const [message] = renderTurn(turn([{ text: 'Hvilket?', choices }]));
    const actions = actionsOf(activityOf('key-1', message!.card!));
    expect(actions.map((a) => [a.type, a.title, a.data])).toEqual(
      choices.map((c) => ['Action.Submit', c.label, { choice: c.id, k: 'key-1' }]),
    );
  });

  it('offers 👍/👎 on the last message of an answer only, with an optional comment on 👎', () => {
    const rendered = renderTurn(
      turn([{ text: 'Du spurte også om:' }, { text: 'Svar.', topic: 'manning.which-vessels' }]),
      {
        feedbackTurn: 4,
      },
    );
    expect(rendered[0]!.card).toBeUndefined();
    const actions = actionsOf(activityOf('key-2', rendered[1]!.card!));
    expect(actions.map((a) => a.type)).toEqual(['Action.Submit', 'Action.ShowCard', 'Action.Submit']);
    expect(actions[0]!.data).toEqual({ feedback: 'up', turn: 4, locale: 'nb', k: 'key-2' });
    expect(actions[1]!.card!.body.map((e) => [e.type, e.id])).toEqual([['Input.Text', 'comment']]);
    expect(actions[2]!.data).toEqual({ feedback: 'down', turn: 4, locale: 'nb', k: 'key-2' });
  });

  it.each([
    ['answered', { chosen: { id: 'answer:NO', label: 'Norsk' } }, ['→ Norsk', 'Takk for tilbakemeldingen!'], 0],
    ['superseded by a later question', { closed: true }, ['Takk for tilbakemeldingen!'], 0],
    ['rated, with its question still open', {}, ['Takk for tilbakemeldingen!'], 1],
  ])('draws a card %s without the buttons it no longer needs', (_name, change, shown, buttons) => {
    const card: CardState = {
      locale: 'nb',
      text: 'Flagg?',
      choices: [{ id: 'answer:NO', label: 'Norsk' }],
      feedbackTurn: 2,
      rated: true,
      ...change,
    };
    const activity = activityOf('key-3', card);
    expect(cardTextsOf(activity)).toEqual(shown);
    expect(actionsOf(activity)).toHaveLength(buttons);
    expect(activity.text).toBe('Flagg?');
  });

  it('leaves no card on a message whose buttons are all gone', () => {
    expect(
      adaptiveCard('k', { locale: 'nb', text: 'x', choices: [{ id: 'a', label: 'A' }], closed: true }),
    ).toBeUndefined();
    expect(messageActivity('x').attachments).toEqual([]);
  });

  it.each([
    ['a choice', { choice: 'answer:NO', k: 'key' }, { kind: 'choice', choice: 'answer:NO', key: 'key' }],
    ['a choice of an older button', { choice: 'answer:NO' }, { kind: 'choice', choice: 'answer:NO' }],
    [
      'a 👎 with a comment',
      { feedback: 'down', turn: 3, locale: 'en', k: 'key', comment: '  Wrong  ' },
      { kind: 'feedback', rating: 'down', turn: 3, locale: 'en', comment: 'Wrong', key: 'key' },
    ],
    [
      'a 👍 in an unknown language',
      { feedback: 'up', turn: 1, locale: 'constructor' },
      { kind: 'feedback', rating: 'up', turn: 1, locale: 'nb' },
    ],
    ['an empty choice', { choice: '' }, undefined],
    ['a rating of turn 0', { feedback: 'up', turn: 0 }, undefined],
    ['a rating that is neither', { feedback: 'meh', turn: 2 }, undefined],
    ['a string', 'answer:NO', undefined],
    ['nothing', undefined, undefined],
  ])('reads %s from the activity value', (_name, value, expected) => {
    expect(submitOf(value)).toEqual(expected);
  });
});
