/**
 * "Talk to a person" through the real turn core, in bokmål, nynorsk and English: the summary
 * names the topics discussed, the facts given, each decision with its outcome and what is still
 * open (a question Losen could not answer, the question it waits for, a review), with personal
 * identifiers removed; it comes with a prefilled e-mail to post@sdir.no whose body is the summary,
 * cites no sources, and — for a seafarer's own case — says where to follow it.
 */
import { describe, expect, it } from 'vitest';
import { createTurnCore } from '../../bot/core/turn.js';
import { MemoryStore } from '../../bot/core/store.js';
import { texts } from '../../content/index.js';
import type { BotMessage } from '../../content/types.js';
import type { Locale } from '../../content/topic-ids.js';
import { listRules } from '../../rules/index.js';

const NOW = new Date('2026-11-22T12:00:00');

/** A conversation through a new turn core: `say` a text or `pick` a choice; `handoff` asks for a person. */
function conversation(locale: Locale) {
  const core = createTurnCore({ store: new MemoryStore(() => NOW.getTime()), ttlSeconds: 3600, now: () => NOW });
  let id: string | undefined;
  const send = async (request: { text?: string; choice?: string }): Promise<BotMessage[]> => {
    const reply = await core.handleTurn({ ...(id ? { conversationId: id } : {}), ...request, locale });
    id = reply.conversationId;
    return reply.messages;
  };
  return {
    say: (...texts: string[]) =>
      texts.reduce((p, text) => p.then(() => send({ text })), Promise.resolve([] as BotMessage[])),
    pick: (choice: string) => send({ choice }),
    async handoff(): Promise<BotMessage> {
      const messages = await send({ choice: 'cmd:handoff' });
      expect(messages).toHaveLength(1);
      const [message] = messages;
      if (!message) throw new Error('no hand-off');
      return message;
    },
  };
}

const label = (rule: string, fact: string, locale: Locale) =>
  listRules()
    .find((r) => r.id === rule)
    ?.facts.find((f) => f.id === fact)?.label[locale] ?? fact;

/** What every hand-off carries: the e-mail to Sdir with the summary as its body, and no sources. */
function expectEmail(message: BotMessage, locale: Locale) {
  expect(message.topic).toBe('contact');
  expect(message.citations).toBeUndefined();
  const h = message.handoff;
  expect(h?.email.to).toBe('post@sdir.no');
  expect(h?.email.body).toBe(h?.summary);
  const href = new URL(h?.email.href ?? '');
  expect(href.protocol).toBe('mailto:');
  expect(href.pathname).toBe('post@sdir.no');
  // Subject and body are URL-encoded: decoded, they are the e-mail's own.
  expect(decodeURIComponent(/[?&]subject=([^&]*)/.exec(href.search)?.[1] ?? '')).toBe(h?.email.subject);
  expect(decodeURIComponent(/[?&]body=([^&]*)/.exec(href.search)?.[1] ?? '')).toBe(h?.summary);
  expect(message.text).toContain(h?.summary);
  expect(h?.summary).toContain(texts(locale).ui.handoffSummaryHeading);
}

describe('the hand-off to a person', () => {
  it('after two decisions names both topics, every fact given and both outcomes (nb)', async () => {
    const c = conversation('nb');
    await c.say('Trenger vi skipskokk?', '12');
    await c.say('Trenger båten min bemanningssertifikat?', 'norsk', 'lasteskip', '45 BT');
    const m = await c.handoff();
    expectEmail(m, 'nb');
    const t = texts('nb');
    const summary = m.handoff?.summary ?? '';
    expect(summary).not.toContain(t.ui.handoffNothingYet);
    for (const topic of ['cook.required', 'manning.which-vessels'] as const)
      expect(summary).toContain(t.topics[topic].title);
    expect(summary).toContain(`• ${label('ship-cook', 'safetyManning', 'nb')}: 12`);
    expect(summary).toContain(`• ${label('manning-certificate', 'grossTonnage', 'nb')}: 45 BT`);
    expect(summary).toContain(t.conversation.handoffDecisions);
    expect(summary).toContain(t.outcomes['ship-cook:required']);
    expect(summary).toContain(t.outcomes['manning-certificate:not-required']);
    // A vessel's matters: no pointer to the seafarer's own pages.
    expect(m.handoff?.links).toEqual([]);
    expect(m.text).not.toContain(t.conversation.handoffOwnCase);
    expect(m.handoff?.email.subject).toContain(t.topics['manning.which-vessels'].title);
  });

  it('keeps a question it could not answer without the e-mail address in it, and the question still open (nn)', async () => {
    const c = conversation('nn');
    await c.say('Treng båten min bemanningssertifikat?', 'norsk');
    await c.say('Kan de sende svaret om fritidsbåtar til kari.nordmann@example.no?');
    const m = await c.handoff();
    expectEmail(m, 'nn');
    const t = texts('nn');
    const summary = m.handoff?.summary ?? '';
    expect(summary).not.toContain('kari.nordmann@example.no');
    expect(summary).toContain(t.conversation.handoffUnanswered('Kan de sende svaret om fritidsbåtar til […]?'));
    expect(summary).toContain(t.conversation.handoffWaiting(t.facts.vesselType.question));
    expect(summary).toContain(`• ${label('manning-certificate', 'flag', 'nn')}: ${t.facts.flag.choices.NO}`);
  });

  it('during the review of a sea-time confirmation says the answers were being checked, and where to follow one’s own case (en)', async () => {
    const c = conversation('en');
    await c.pick('topic:seatime.confirmation');
    await c.pick('answer:D6');
    await c.say('Kari Nordmann', '17.04.1990', 'ordinary seaman', '06.01.2025', '28.03.2025', '60', '12');
    await c.say('MS Havbris', 'LK2345', '14.9 m', 'Ola Hansen');
    await c.pick('answer:owner');
    const review = await c.pick('answer:no');
    expect(review.at(-1)?.review).toBeDefined();
    const m = await c.handoff();
    expectEmail(m, 'en');
    const t = texts('en');
    const summary = m.handoff?.summary ?? '';
    expect(summary).toContain(t.conversation.handoffReviewing);
    // Dates as they were asked for, not as ISO dates.
    expect(summary).toContain(`• ${label('sea-time-confirmation', 'periodFrom', 'en')}: 06.01.2025`);
    expect(m.text).toContain(t.conversation.handoffOwnCase);
    expect(m.handoff?.links).toEqual([
      { label: t.conversation.handoffQualificationsLink, url: 'https://www.sdir.no/sjofart/sjofolk/kvalifikasjon/' },
    ]);
    // The review is still there to go on from.
    const after = await c.pick('review:ok');
    expect(after.at(-1)?.decision).toMatchObject({ rule: 'sea-time-confirmation', outcome: 'complete' });
  });

  it.each(['nb', 'nn', 'en'] as const)('with nothing said yet says so (%s)', async (locale) => {
    const m = await conversation(locale).handoff();
    expectEmail(m, locale);
    expect(m.handoff?.summary).toContain(texts(locale).ui.handoffNothingYet);
    expect(m.handoff?.email.subject).toBe(texts(locale).conversation.emailSubject(undefined));
  });
});
