/**
 * The documents and calendar files Losen offers after a decision, and their words per language.
 *
 * `OFFERS` says which decided outcome offers which file; the chat adds a download link for each
 * (`attachmentsFor`), and the web adapter serves a file only while the decision still offers it.
 * Links are relative (`attachments/<file>`): the turn core makes them point at the conversation.
 */
import type { DecidedDecision } from '../../rules/types.js';
import type { Locale } from '../topic-ids.js';
import type { BotMessage } from '../types.js';
import { byLocale } from '../localized.js';
import { DOCUMENT_TEXTS } from './texts.js';
import type { AttachmentLabelKey, DocumentTexts } from './types.js';

export type { AttachmentLabelKey, ConfirmationRow, ConfirmationSection, DocumentTexts, ReminderKind } from './types.js';

const BY_LOCALE: Record<Locale, DocumentTexts> = byLocale(DOCUMENT_TEXTS);

/** Every document and reminder word in `locale`. */
export const documentTexts = (locale: Locale): DocumentTexts => BY_LOCALE[locale];

/** A file the chat can link to. */
export type AttachmentFile = AttachmentLabelKey;
export type Attachment = NonNullable<BotMessage['attachments']>[number];

/** What kind of link each file is. */
export const ATTACHMENT_KINDS: Record<AttachmentFile, Attachment['kind']> = {
  'sea-time-confirmation.pdf': 'pdf',
  'sea-time-confirmation.html': 'html',
  'calendar.ics': 'ics',
};

/** The files offered for each decided `rule:outcome`. */
export const OFFERS: Readonly<Record<string, readonly AttachmentFile[]>> = {
  'sea-time-confirmation:complete': ['sea-time-confirmation.pdf', 'sea-time-confirmation.html'],
  'issc-validity:dates': ['calendar.ics'],
  'issc-renewal:new-expiry': ['calendar.ics'],
  'health-certificate:valid': ['calendar.ics'],
};

/** The files `decision` offers (none for an outcome without a document or dates). */
export function offeredFiles(decision: DecidedDecision): readonly AttachmentFile[] {
  return OFFERS[`${decision.rule}:${decision.outcome}`] ?? [];
}

/** True when some outcome of `ruleId` offers `file`. */
export function ruleOffers(ruleId: string, file: AttachmentFile): boolean {
  return Object.entries(OFFERS).some(([key, files]) => key.startsWith(`${ruleId}:`) && files.includes(file));
}

/** Download links for a decision message, with relative URLs (`attachments/<file>`). */
export function attachmentsFor(locale: Locale, decision: DecidedDecision): Attachment[] {
  const labels = documentTexts(locale).attachments;
  return offeredFiles(decision).map((file) => ({
    kind: ATTACHMENT_KINDS[file],
    label: labels[file],
    url: `attachments/${file}`,
  }));
}
