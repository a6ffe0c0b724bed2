/**
 * The staff page's reading of a `POST /api/triage` response (contract.md §2): every field checked,
 * anything malformed dropped, so the page never shows what it did not expect.
 */

export type Topic = { topic: string; score: number; title?: string };
export type Citation = { source: string; ref?: string; url?: string };
export type Decision = { rule: string; outcome: string; reasons: Record<string, string>[] };
export type Section = {
  topic?: string;
  title: string;
  question: string;
  decision?: { rule: string; outcome: string; headline: string };
};
export type TriageResult = {
  locale: string;
  topics: Topic[];
  reply: string;
  citations: Citation[];
  decisions: Decision[];
  questions: string[];
  urgent?: { reason: string; date?: string };
  sections: Section[];
  quoted: boolean;
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
const records = (v: unknown) => (Array.isArray(v) ? v.filter(isRecord) : []);
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

function topicOf(t: Record<string, unknown>): Topic[] {
  const topic = text(t.topic);
  const title = text(t.title);
  return topic ? [{ topic, score: typeof t.score === 'number' ? t.score : 0, ...(title ? { title } : {}) }] : [];
}

function citationOf(c: Record<string, unknown>): Citation[] {
  const source = text(c.source);
  const ref = text(c.ref);
  const url = text(c.url);
  return source ? [{ source, ...(ref ? { ref } : {}), ...(url ? { url } : {}) }] : [];
}

function decisionOf(d: Record<string, unknown>): Decision[] {
  const rule = text(d.rule);
  const outcome = text(d.outcome);
  if (d.status !== 'decided' || !rule || !outcome) return [];
  const reasons = records(d.reasons).map((r) =>
    Object.fromEntries(Object.entries(r).filter((e): e is [string, string] => typeof e[1] === 'string')),
  );
  return [{ rule, outcome, reasons }];
}

function sectionOf(s: Record<string, unknown>): Section[] {
  const title = text(s.title);
  const question = text(s.question);
  if (!title || question === undefined) return [];
  const topic = text(s.topic);
  const d = isRecord(s.decision) ? s.decision : undefined;
  const rule = text(d?.rule);
  const outcome = text(d?.outcome);
  const decision = rule && outcome ? { rule, outcome, headline: text(d?.headline) ?? '' } : undefined;
  return [{ title, question, ...(topic ? { topic } : {}), ...(decision ? { decision } : {}) }];
}

/** The response body as a triage result, or undefined when it is not one. */
export function toResult(v: unknown): TriageResult | undefined {
  if (!isRecord(v) || typeof v.reply !== 'string') return undefined;
  const urgent = isRecord(v.urgent) ? v.urgent : undefined;
  const reason = text(urgent?.reason);
  const date = text(urgent?.date);
  return {
    locale: text(v.locale) ?? 'nb',
    topics: records(v.topics)
      .flatMap(topicOf)
      .sort((a, b) => b.score - a.score),
    reply: v.reply,
    citations: records(v.citations).flatMap(citationOf),
    decisions: records(v.decisions).flatMap(decisionOf),
    questions: strings(v.questions),
    ...(reason ? { urgent: { reason, ...(date ? { date } : {}) } } : {}),
    sections: records(v.sections).flatMap(sectionOf),
    quoted: v.quoted === true,
  };
}

/** The bracketed placeholders left in a draft ("[Navn på saksbehandler]"), each once. */
export const placeholdersIn = (draft: string): string[] => [...new Set(draft.match(/\[[^\]\n]{1,300}\]/g) ?? [])];
