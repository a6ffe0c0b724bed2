/** Reading the Adaptive Cards of activities the Teams adapter sent (test helpers). */
import type { Reply } from './connector-stand-in.js';

export type CardAction = {
  type: string;
  title: string;
  data?: Record<string, unknown>;
  card?: { body: CardElement[]; actions?: CardAction[] };
};
export type CardElement = { type: string; text?: string; id?: string; actions?: CardAction[] };

type Attachment = { contentType: string; content?: { body?: CardElement[] }; contentUrl?: string; name?: string };

const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';

/** The attachments of an activity. */
export const attachmentsOf = (activity: Record<string, unknown>) => (activity.attachments ?? []) as Attachment[];

/** The body elements of an activity's Adaptive Cards. */
export const cardBodyOf = (activity: Record<string, unknown>): CardElement[] =>
  attachmentsOf(activity)
    .filter((a) => a.contentType === ADAPTIVE)
    .flatMap((a) => a.content?.body ?? []);

/** Every action of an activity's cards, those in a 👎 form (`Action.ShowCard`) included. */
export function actionsOf(activity: Record<string, unknown>): CardAction[] {
  const inSets = (elements: CardElement[]) =>
    elements.flatMap((e) => (e.type === 'ActionSet' ? (e.actions ?? []) : []));
  const top = inSets(cardBodyOf(activity));
  return top.flatMap((a) => [a, ...(a.card ? [...inSets(a.card.body), ...(a.card.actions ?? [])] : [])]);
}

/** The `Action.Submit` data of the replies' cards. */
export const submitsOf = (replies: readonly Reply[]) =>
  replies.flatMap((r) => actionsOf(r.activity)).flatMap((a) => (a.type === 'Action.Submit' && a.data ? [a.data] : []));

/** The choice ids the replies' cards offer. */
export const choicesOf = (replies: readonly Reply[]) =>
  submitsOf(replies).flatMap((d) => (typeof d.choice === 'string' ? [d.choice] : []));

/** The texts shown on an activity's cards. */
export const cardTextsOf = (activity: Record<string, unknown>) =>
  cardBodyOf(activity).flatMap((e) => (e.type === 'TextBlock' && e.text ? [e.text] : []));
