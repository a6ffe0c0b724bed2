/**
 * Staff triage of realistic e-mails (triage-emails.ts): for each, the topics answered, what the
 * e-mail's facts decide, what is asked back, urgency and language; and for all of them, a letter
 * in the agency's voice that never repeats personal data.
 */
import { describe, expect, it } from 'vitest';
import { letterQuestion } from '../../content/letters.js';
import type { Locale, RoutableTopicId } from '../../content/topic-ids.js';
import { ruleFact } from '../../machines/answers.js';
import { triage } from '../../machines/triage.js';
import { EMAILS, type EmailName, PERSONAL, TODAY } from './triage-emails.js';
import { chatbotPhrases } from './triage-voice.js';

type Expected = {
  locale: Locale;
  /** The topic of each section, in the e-mail's order; `null` for a question no topic answers. */
  sections: (RoutableTopicId | null)[];
  /** Rule outcomes the e-mail's facts decide, with values worth checking. */
  decisions: { rule: string; outcome: string; values?: Record<string, unknown> }[];
  /** The facts asked back, as `rule:fact`. */
  asks: string[];
  /** Expected urgency: its date, or `true` for urgency without a date; absent: not urgent. */
  urgent?: string | true;
  quoted?: boolean;
};

const CASES: Record<EmailName, Expected> = {
  // The health certificate is asked about only in doubt («Den går snart ut tror jeg»): answered all the same.
  doubtAndQuestion: {
    locale: 'nb',
    sections: ['health.certificate', 'ratings.lettmatros'],
    decisions: [
      { rule: 'health-certificate', outcome: 'valid', values: { validUntil: '2026-12-10' } },
      { rule: 'rating-requirements', outcome: 'meets' },
    ],
    asks: [],
    urgent: '2026-03-20',
  },
  healthMinor: {
    locale: 'nb',
    sections: ['health.certificate'],
    // The identity number gives 16 at issue: valid 1 year, until 2 April 2026 — 23 days away.
    decisions: [{ rule: 'health-certificate', outcome: 'valid', values: { validUntil: '2026-04-02' } }],
    asks: [],
    urgent: '2026-04-02',
  },
  isscAndProcessingTime: {
    locale: 'nb',
    sections: ['isps.verification-dates', 'aps.processing-time'],
    decisions: [],
    // The window is counted from the expiry date printed on a full ISSC, which the e-mail does not give.
    asks: ['issc-validity:expiryDate'],
  },
  confirmationContents: { locale: 'en', sections: ['seatime.confirmation'], decisions: [], asks: [] },
  interimUrgent: {
    locale: 'en',
    sections: ['isps.interim'],
    decisions: [{ rule: 'issc-validity', outcome: 'dates', values: { latestExpiry: '2026-03-15' } }],
    asks: [],
    urgent: '2026-03-15',
  },
  healthNynorsk: {
    locale: 'nn',
    sections: ['health.certificate'],
    decisions: [{ rule: 'health-certificate', outcome: 'valid', values: { validUntil: '2027-01-12' } }],
    asks: [],
  },
  forwardedChain: {
    locale: 'nb',
    sections: ['cook.required'],
    decisions: [{ rule: 'ship-cook', outcome: 'required' }],
    asks: [],
    quoted: true,
  },
  manningCargo: {
    locale: 'nb',
    sections: ['manning.which-vessels'],
    decisions: [{ rule: 'manning-certificate', outcome: 'not-required' }],
    asks: [],
  },
  d6Master: {
    locale: 'en',
    sections: ['d6.privileges'],
    decisions: [{ rule: 'd6-privileges', outcome: 'allowed' }],
    asks: [],
  },
  seaTimeNynorsk: {
    locale: 'nn',
    sections: ['seatime.calculate', 'seatime.who-can-confirm'],
    decisions: [{ rule: 'sea-time', outcome: 'calculated', values: { hours: 2400 } }],
    asks: [],
  },
  manualProcessingUrgent: {
    locale: 'nb',
    sections: ['aps.processing'],
    // «Jeg lastet opp fartstidsattesten selv som vedlegg»: the document uploaded decides it.
    decisions: [{ rule: 'aps-processing', outcome: 'manual' }],
    asks: [],
    urgent: '2026-03-20',
  },
  outsideAndExpiry: { locale: 'en', sections: [null, 'manning.expiry'], decisions: [], asks: [] },
  cookTwoQuestions: {
    locale: 'nb',
    sections: ['cook.required', 'cook.qualification'],
    decisions: [{ rule: 'ship-cook', outcome: 'not-required' }],
    // Age (19) and education (restaurant- og matfag) are in the e-mail: only the rest is asked.
    asks: ['cook-qualification:passedPracticalTest', 'cook-qualification:documentedSkillsCheck'],
  },
  originalMessage: {
    locale: 'en',
    sections: ['manning.which-vessels'],
    decisions: [{ rule: 'manning-certificate', outcome: 'not-required' }],
    asks: [],
    quoted: true,
  },
  ratingNynorsk: {
    locale: 'nn',
    sections: ['ratings.lettmatros'],
    decisions: [],
    // 4 months on deck are short of 6, but other practice may count (§ 77): asked before a no.
    asks: ['rating-requirements:monthsMechanicalPractice'],
  },
  healthAgeMissing: {
    locale: 'nb',
    sections: ['health.certificate'],
    decisions: [],
    // The issue date is given; only the age at issue is missing. «Det haster ikke» is not urgent.
    asks: ['health-certificate:ageAtIssue'],
  },
  isscRenewalNynorsk: {
    locale: 'nn',
    sections: ['isps.verification-dates'],
    decisions: [{ rule: 'issc-renewal', outcome: 'new-expiry', values: { newExpiry: '2031-04-01' } }],
    asks: [],
    urgent: '2026-04-01',
  },
};

const all = Object.entries(CASES) as [EmailName, Expected][];

describe('staff triage of realistic e-mails', () => {
  it('has at least 12 e-mails in bokmål, nynorsk and English', () => {
    expect(all.length).toBeGreaterThanOrEqual(12);
    expect(new Set(all.map(([, e]) => e.locale))).toEqual(new Set(['nb', 'nn', 'en']));
  });

  it.each(all)('%s: topics, decisions, questions, urgency and language', (name, expected) => {
    const r = triage(EMAILS[name], TODAY);
    expect(r.locale).toBe(expected.locale);
    expect(r.sections.map((s) => s.topic ?? null)).toEqual(expected.sections);
    expect(new Set(r.topics.map((t) => t.topic))).toEqual(new Set(expected.sections.filter((t) => t !== null)));
    expect(r.decisions).toHaveLength(expected.decisions.length);
    for (const [i, d] of expected.decisions.entries()) {
      expect(r.decisions[i]).toMatchObject({ status: 'decided', rule: d.rule, outcome: d.outcome });
      if (d.values) expect(r.decisions[i]?.values).toMatchObject(d.values);
    }
    const asked = expected.asks.map((key) => {
      const [rule = '', fact = ''] = key.split(':');
      const info = ruleFact(rule, fact);
      if (!info) throw new Error(`no fact ${key}`);
      return letterQuestion(expected.locale, rule, info);
    });
    expect(r.questions).toEqual(asked);
    for (const q of asked) expect(r.reply).toContain(q);
    if (expected.urgent === undefined) expect(r.urgent).toBeUndefined();
    else if (expected.urgent === true) expect(r.urgent?.reason).toBeTruthy();
    else expect(r.urgent?.date).toBe(expected.urgent);
    expect(r.quoted).toBe(expected.quoted ?? false);
  });

  it.each(all)('%s: a letter from the agency, never the chatbot', (name, expected) => {
    const { reply, locale } = triage(EMAILS[name], TODAY);
    expect(chatbotPhrases(reply, locale)).toEqual([]);
    const [greeting] = reply.split('\n');
    expect(greeting).toMatch(/^(Hei|Hello),$/);
    expect(reply).toMatch(expected.locale === 'en' ? /Kind regards\n\[.+\]\n/ : /Med ven\w+ h\w+\n\[.+\]\n/);
    expect(reply.trimEnd()).toMatch(/Sjøfartsdirektoratet\)?$/);
  });

  it.each(all)('%s: sources are written out with their addresses', (name) => {
    const r = triage(EMAILS[name], TODAY);
    for (const c of r.citations) if (c.url) expect(r.reply).toContain(c.url);
    expect(r.reply).not.toMatch(/<a |href=/);
  });

  it.each(all)('%s: no identity number, phone number or e-mail address of the sender in what is shown', (name) => {
    const r = triage(EMAILS[name], TODAY);
    const shown = JSON.stringify(r);
    for (const secret of [PERSONAL.minorId, PERSONAL.adultId, ...PERSONAL.phones, ...PERSONAL.emails])
      expect(shown).not.toContain(secret);
  });

  it('answers a question no topic covers with a placeholder for the caseworker, naming the question', () => {
    const r = triage(EMAILS.outsideAndExpiry, TODAY);
    expect(r.reply).toMatch(/\[Write the answer to "How do we register a change of name/);
  });

  it('answers what a confirmation must contain with the contents, not with its fields as missing', () => {
    const r = triage(EMAILS.confirmationContents, TODAY);
    expect(r.questions).toEqual([]);
    expect(r.reply).not.toMatch(/we need to know/i);
    // The contents list of the topic answer, e.g. the call sign and the hours per day.
    expect(r.reply).toMatch(/call sign/);
    expect(r.reply).toMatch(/1–14/);
  });

  it('derives the age from an identity number without echoing the number or the birth date', () => {
    const r = triage(EMAILS.healthMinor, TODAY);
    expect(r.reply).toMatch(/under 18/);
    expect(r.reply).not.toMatch(/14\. mai 2008|2008-05-14|140508/);
  });

  it('does not read the forwarded earlier questions (D6, health certificate) as new ones', () => {
    const r = triage(EMAILS.forwardedChain, TODAY);
    expect(r.topics.map((t) => t.topic)).not.toContain('d6.privileges');
    expect(r.topics.map((t) => t.topic)).not.toContain('health.certificate');
  });

  it('follows a locale the caseworker forces', () => {
    expect(triage(EMAILS.healthNynorsk, TODAY, 'en').locale).toBe('en');
    expect(triage(EMAILS.healthNynorsk, TODAY, 'en').reply).toMatch(/^Hello,/);
  });

  it('is deterministic for a given day', () => {
    expect(triage(EMAILS.cookTwoQuestions, TODAY)).toEqual(triage(EMAILS.cookTwoQuestions, TODAY));
  });

  it('asks the sender to check details that contradict each other, instead of deciding on them', () => {
    const r = triage(
      'Hei,\n\nHelseerklæringen min er utstedt 1. mai 2025 og har utløpsdato 1. april 2025. Er den gyldig?\n\nMvh Per',
      TODAY,
    );
    expect(r.decisions).toEqual([]);
    expect(r.reply).toMatch(/Kan du se på dette\?\n• Utløpsdato: /);
  });

  it('triages an e-mail whose words are object property names, without throwing', () => {
    const r = triage('Hello, is the constructor or the __proto__ of toString relevant to my hasOwnProperty?', TODAY);
    expect(r.reply).toMatch(/^Hello,/);
  });

  it('drafts a placeholder letter for an e-mail with nothing it can answer', () => {
    const r = triage('Hei, hva koster det å registrere en fritidsbåt i skipsregisteret? Mvh Per', TODAY);
    expect(r.topics).toEqual([]);
    expect(r.sections).toHaveLength(1);
    expect(r.reply).toMatch(/\[Skriv svaret her/);
  });
});
