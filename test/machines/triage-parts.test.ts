/**
 * The parts of staff triage on their own: what is new in a pasted e-mail and which sentences ask,
 * ages from identity numbers, urgency, and the enquirer's written standard.
 */
import { describe, expect, it } from 'vitest';
import { newMessage, splitQuestions } from '../../machines/triage/enquiry.js';
import { ageOn, birthDateIn, birthDateOf } from '../../machines/triage/identity.js';
import { readEnquiry } from '../../machines/triage/reading.js';
import { urgencyOf } from '../../machines/triage/urgency.js';
import { TODAY } from './triage-emails.js';

describe('the new part of a pasted e-mail', () => {
  it.each([
    {
      name: 'quoted lines are left out',
      text: 'Hei,\nTrenger vi skipskokk?\n> Hvor lenge gjelder helseerklæringen?\n> Hilsen Ola',
      body: 'Trenger vi skipskokk?',
      quoted: true,
    },
    {
      name: 'everything below an Outlook header is an earlier message',
      text: 'Does it need a manning certificate?\n\nFrom: Tom\nSent: Monday\nSubject: x\n\nHow long is a health certificate valid?',
      body: 'Does it need a manning certificate?',
      quoted: true,
    },
    {
      name: 'everything below "-----Original Message-----" is an earlier message',
      text: 'Ny fråga: kva kostar det?\n-----Original Message-----\nGammal fråge?',
      body: 'Ny fråga: kva kostar det?',
      quoted: true,
    },
    {
      name: 'a Gmail "On … wrote:" line starts the quote',
      text: 'Thanks. One more question?\n\nOn Mon, 2 Mar 2026 at 09:00, Sdir <post@sdir.no> wrote:\nOld answer',
      body: 'Thanks. One more question?',
      quoted: true,
    },
    {
      name: 'a "Sendt:" block starts the quote',
      text: 'Hei\n\nKan en D6 være skipsfører?\n\nSendt: 1. mars 2026\nTil: post@sdir.no\nGammel tekst',
      body: 'Kan en D6 være skipsfører?',
      quoted: true,
    },
    {
      name: 'the signature below the sign-off is left out',
      text: 'God dag.\n\nTrenger vi bemanningssertifikat?\n\nVennlig hilsen\nLars Moe\nMobil 98765432',
      body: 'Trenger vi bemanningssertifikat?',
      quoted: false,
    },
    {
      name: "the message's own header is skipped and its subject kept",
      text: 'Fra: Kari <kari@example.no>\nEmne: SV: Helseerklæring\n\nHvor lenge gjelder den?',
      body: 'Hvor lenge gjelder den?',
      quoted: false,
      subject: 'Helseerklæring',
    },
  ])('$name', ({ text, body, quoted, subject }) => {
    const m = newMessage(text);
    expect(m.body).toBe(body);
    expect(m.quoted).toBe(quoted);
    expect(m.subject).toBe(subject);
  });
});

describe('the questions of a message', () => {
  it('keeps the sentences of a paragraph with the question they lead to', () => {
    const { questions, context } = splitQuestions(
      'Vi har et lasteskip på 45 BT.\n\nSikkerhetsbemanningen er 8. Må vi ha kokk? Og hvor lenge gjelder helseerklæringen? Den er utstedt 1. juni 2025.',
    );
    expect(context).toBe('Vi har et lasteskip på 45 BT.');
    expect(questions.map((q) => q.question)).toEqual(['Må vi ha kokk?', 'Og hvor lenge gjelder helseerklæringen?']);
    expect(questions[0]?.text).toBe('Sikkerhetsbemanningen er 8. Må vi ha kokk?');
    expect(questions[1]?.text).toBe('Og hvor lenge gjelder helseerklæringen? Den er utstedt 1. juni 2025.');
  });

  it.each([
    'Jeg lurer på hvor lenge helseerklæringen gjelder.',
    'Eg lurer på kor lenge helseerklæringa gjeld.',
    'Please confirm whether we need a manning certificate.',
    'We would like to know when the intermediate verification is due.',
    'Kan dere bekrefte at D6 holder som skipsfører.',
  ])('reads a request without a question mark as a question: %s', (sentence) => {
    expect(splitQuestions(sentence).questions.map((q) => q.question)).toEqual([sentence]);
  });

  it('reads a message that asks nothing in so many words as one question', () => {
    const { questions } = splitQuestions('Vi ønsker å oppdatere bemanningssertifikatet med D6.');
    expect(questions).toHaveLength(1);
  });

  it('does not split a date or an abbreviation into sentences', () => {
    const { questions } = splitQuestions('Den ble utstedt 1. juni 2025, ca. 14 måneder siden. Gjelder den?');
    expect(questions[0]?.text).toBe('Den ble utstedt 1. juni 2025, ca. 14 måneder siden. Gjelder den?');
  });
});

describe('ages from national identity numbers', () => {
  it.each([
    { name: 'born in the 2000s (individual number 500–999, year 00–39)', id: '14050851266', birth: '2008-05-14' },
    { name: 'born in the 1900s (individual number 000–499)', id: '03079512302', birth: '1995-07-03' },
    { name: 'a D-number: 4 added to the first digit of the day', id: '43079512487', birth: '1995-07-03' },
    { name: 'an H-number: 40 added to the month', id: '03479512395', birth: '1995-07-03' },
    { name: 'a wrong check digit', id: '14050851267', birth: undefined },
    { name: 'not a date (31 February)', id: '31020851200', birth: undefined },
    { name: 'ten digits', id: '1405085126', birth: undefined },
  ])('$name', ({ id, birth }) => {
    expect(birthDateOf(id)).toBe(birth);
  });

  it('counts whole years, the birthday included', () => {
    expect(ageOn('2008-05-14', '2026-05-13')).toBe(17);
    expect(ageOn('2008-05-14', '2026-05-14')).toBe(18);
  });

  it('derives no birth date when two numbers disagree', () => {
    expect(birthDateIn('14050851266 og 03079512302')).toBeUndefined();
    expect(birthDateIn('fnr. 140508 51266')).toBe('2008-05-14');
  });
});

describe('urgency', () => {
  it.each([
    { name: '«haster»', body: 'Det haster! Hvor lenge gjelder helseerklæringen?', date: undefined, urgent: true },
    { name: '«snarast»', body: 'Vi treng svar snarast.', date: undefined, urgent: true },
    { name: '"as soon as possible"', body: 'Please answer as soon as possible.', date: undefined, urgent: true },
    {
      name: '«det haster ikke» is not urgent',
      body: 'Det haster ikke, men svar gjerne.',
      date: undefined,
      urgent: false,
    },
    { name: '"not urgent" is not urgent', body: 'This is not urgent.', date: undefined, urgent: false },
    { name: 'an expiry in 20 days', body: 'Sertifikatet utløper 30. mars 2026.', date: '2026-03-30', urgent: true },
    { name: 'a sign-on in 5 days', body: 'Jeg skal mønstre på 15. mars 2026.', date: '2026-03-15', urgent: true },
    {
      name: 'a sign-on written without a year',
      body: 'Eg skal mønstre på 20. mars.',
      date: '2026-03-20',
      urgent: true,
    },
    {
      name: 'an expiry in 40 days is not urgent',
      body: 'Sertifikatet utløper 19. april 2026.',
      date: undefined,
      urgent: false,
    },
    {
      name: 'a past expiry is not a deadline',
      body: 'Sertifikatet gikk ut 1. mars 2026.',
      date: undefined,
      urgent: false,
    },
    {
      name: 'a date with no expiry or start word is not a deadline',
      body: 'Vi hadde tilsyn 20. mars 2026.',
      date: undefined,
      urgent: false,
    },
    {
      name: 'an expiry word in the sentence before does not make a later date an expiry',
      body: 'Utløpsdato er 1. mai 2026. Vi har bestilt verifikasjon 20. mars 2026.',
      date: undefined,
      urgent: false,
    },
  ])('$name', ({ body, date, urgent }) => {
    const u = urgencyOf(body, TODAY, 'nb', []);
    expect(u !== undefined).toBe(urgent);
    expect(u?.date).toBe(date);
  });

  it('flags a validity the decision computes that ends within 30 days', () => {
    const decision = {
      status: 'decided' as const,
      rule: 'health-certificate',
      outcome: 'valid',
      values: { validUntil: '2026-03-31' },
      reasons: [],
      citations: [],
    };
    expect(urgencyOf('Hvor lenge gjelder den?', TODAY, 'nb', [{ decision, title: 'Helseerklæring' }])?.date).toBe(
      '2026-03-31',
    );
  });
});

describe("the enquirer's written standard", () => {
  it.each([
    { text: 'Hei! Kor lenge gjeld helseerklæringa mi? Eg treng ho no. Helsing Per', locale: 'nn' },
    { text: 'Hei! Hvor lenge gjelder helseerklæringen min? Jeg trenger den nå. Hilsen Per', locale: 'nb' },
    { text: 'Hello! How long is my health certificate valid? I need it now. Regards, Per', locale: 'en' },
  ])('$locale', ({ text, locale }) => {
    expect(readEnquiry(text, TODAY).locale).toBe(locale);
  });
});
