/**
 * Makes a document or calendar file from a rule and its facts — or says why it cannot: the rule is
 * unknown or offers no such file (404), or the facts are invalid, incomplete, or decide an outcome
 * that offers nothing (422, with the decision and an error in the reader's language).
 *
 * The rule is always decided here, from the facts given; nothing is stored.
 */
import type { AttachmentFile } from '../../content/documents/index.js';
import { documentTexts, offeredFiles, ruleOffers } from '../../content/documents/index.js';
import type { Locale } from '../../content/topic-ids.js';
import type { DecidedDecision, Decision, RuleId } from '../../rules/index.js';
import { decide, listRules } from '../../rules/index.js';
import { calendarFile, reminders } from './calendar.js';
import { renderConfirmationHtml } from './html.js';
import { renderConfirmationPdf } from './pdf.js';
import { confirmationDocument } from './sea-time-confirmation.js';

/** A file ready to send. */
export type DocumentFile = {
  body: Uint8Array | string;
  contentType: string;
  fileName: string;
  disposition: 'attachment' | 'inline';
};
/** Why no file: 404 (no such rule or file) or 422 (the facts do not give one), with the decision. */
export type DocumentFailure = { status: 404 | 422; error: string; decision?: Decision };
/** A file, or why there is none. */
export type DocumentResult = { ok: true; file: DocumentFile } | { ok: false; failure: DocumentFailure };

/** Which file, from which rule and facts, in which language, on which date. */
export type DocumentRequest = {
  file: AttachmentFile;
  ruleId: RuleId;
  facts: Record<string, unknown>;
  locale: Locale;
  today: string;
};

const FACT_LABELS = new Map(listRules().map((r) => [r.id, new Map(r.facts.map((f) => [f.id, f.label]))]));

const fail = (status: 404 | 422, error: string, decision?: Decision): DocumentResult => ({
  ok: false,
  failure: { status, error, ...(decision ? { decision } : {}) },
});

/** Why `decision` gives no `file`, in `locale`. */
function refusal(decision: Decision, locale: Locale): string {
  const e = documentTexts(locale).errors;
  switch (decision.status) {
    case 'invalid':
      return e.invalid(decision.issues.map((i) => i.message[locale]).join(' '));
    case 'needs': {
      const labels = FACT_LABELS.get(decision.rule);
      return e.needs(decision.facts.map((f) => labels?.get(f)?.[locale] ?? f).join(', '));
    }
    case 'decided': {
      const reasons = decision.reasons.map((r) => r[locale]).join(' ');
      return decision.outcome === 'invalid' ? e.invalid(reasons) : e.nothingToOffer(reasons);
    }
  }
}

async function render(request: DocumentRequest, decision: DecidedDecision): Promise<DocumentFile> {
  const { file, facts, locale, today } = request;
  const t = documentTexts(locale);
  if (file === 'calendar.ics') {
    return {
      body: calendarFile(reminders(decision, facts, locale), locale),
      contentType: 'text/calendar; charset=utf-8',
      fileName: `${t.calendar.fileName}.ics`,
      disposition: 'attachment',
    };
  }
  const doc = confirmationDocument(facts, decision, locale, today);
  if (file === 'sea-time-confirmation.html') {
    return {
      body: renderConfirmationHtml(doc, t.confirmation.printHint),
      contentType: 'text/html; charset=utf-8',
      fileName: `${doc.fileName}.html`,
      disposition: 'inline',
    };
  }
  return {
    body: await renderConfirmationPdf(doc),
    contentType: 'application/pdf',
    fileName: `${doc.fileName}.pdf`,
    disposition: 'attachment',
  };
}

/** The file `request` asks for, decided afresh from its facts. */
export async function makeDocument(request: DocumentRequest): Promise<DocumentResult> {
  const { file, ruleId, facts, locale, today } = request;
  if (!ruleOffers(ruleId, file)) return fail(404, `Rule ${ruleId} has no ${file}`);
  const decision = decide(ruleId, facts, { today });
  if (decision.status !== 'decided' || !offeredFiles(decision).includes(file))
    return fail(422, refusal(decision, locale), decision);
  return { ok: true, file: await render(request, decision) };
}
