/**
 * 👍/👎 under an answer: two toggle buttons with names (their `aria-pressed` says which was
 * given), and after 👎 an optional comment. A rating is sent at once; the comment, if any, goes
 * with a second 👎. What happened is said in a status line.
 */
import { h } from './dom.js';
import type { Entry, Rating } from './model.js';
import type { WidgetStrings } from '../../../content/widget.js';

/** Sends a rating (and a comment) for the turn an entry answered; true when the server took it. */
export type FeedbackActions = {
  rate(entry: Extract<Entry, { from: 'bot' }>, rating: Rating, comment?: string): Promise<boolean>;
};

const GLYPH: Record<Rating, string> = { up: '👍', down: '👎' };

/** The thumbs of one answer, and the comment box 👎 opens. */
export function feedbackControls(
  entry: Extract<Entry, { from: 'bot' }>,
  t: WidgetStrings,
  actions: FeedbackActions,
): HTMLElement {
  const status = h('p', 'feedback__status', { role: 'status' });
  const buttons = (['up', 'down'] as const).map((rating) => {
    const button = h(
      'button',
      'feedback__button',
      {
        type: 'button',
        'aria-label': rating === 'up' ? t.feedbackUp : t.feedbackDown,
        'aria-pressed': String(entry.feedback?.rating === rating),
        'data-rating': rating,
      },
      [h('span', '', { 'aria-hidden': 'true' }, [GLYPH[rating]])],
    );
    return { rating, button };
  });

  const commentId = `losen-comment-${entry.feedback?.conversationId ?? ''}-${entry.feedback?.turn ?? 0}`;
  const comment = h('textarea', 'feedback__comment', { id: commentId, rows: '2', maxlength: '1000' });
  const send = h('button', 'button button--secondary', { type: 'submit' }, [t.feedbackSend]);
  const form = h('form', 'feedback__form', { hidden: true, novalidate: true }, [
    h('label', 'feedback__label', { for: commentId }, [t.feedbackCommentLabel]),
    comment,
    send,
  ]);

  const press = (rating: Rating | undefined) => {
    for (const b of buttons) b.button.setAttribute('aria-pressed', String(b.rating === rating));
  };
  const say = (ok: boolean) => {
    status.textContent = ok ? t.feedbackThanks : t.feedbackError;
  };

  for (const { rating, button } of buttons)
    button.addEventListener('click', async () => {
      const ok = await actions.rate(entry, rating);
      say(ok);
      if (!ok) return;
      press(rating);
      form.hidden = rating !== 'down';
      if (rating === 'down') comment.focus();
    });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const text = comment.value.trim();
    if (!text) return;
    const ok = await actions.rate(entry, 'down', text);
    say(ok);
    if (ok) {
      form.hidden = true;
      comment.value = '';
    }
  });

  return h('div', 'feedback', {}, [
    h(
      'div',
      'feedback__buttons',
      { role: 'group', 'aria-label': t.feedbackGroup },
      buttons.map((b) => b.button),
    ),
    form,
    status,
  ]);
}
