/** "Back" after a decision reopens the last question and says so (the goingBack lead, by key). */
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../bot/core/store.js';
import { createTurnCore } from '../../bot/core/turn.js';
import { texts } from '../../content/index.js';

describe('back after a decision', () => {
  it.each(['nb', 'en'] as const)(
    're-asks the last fact with the going-back lead (%s), then decides again',
    async (locale) => {
      const core = createTurnCore({
        store: new MemoryStore(),
        ttlSeconds: 600,
        now: () => new Date('2026-11-22T12:00:00'),
      });
      let r = await core.handleTurn({ text: 'Trenger båten min bemanningssertifikat?', locale });
      for (const choice of ['answer:NO', 'answer:cargo'])
        r = await core.handleTurn({ conversationId: r.conversationId, choice, locale });
      r = await core.handleTurn({ conversationId: r.conversationId, text: '45', locale });
      expect(r.messages.find((m) => m.decision)?.decision).toMatchObject({ outcome: 'not-required' });
      r = await core.handleTurn({ conversationId: r.conversationId, choice: 'cmd:back', locale });
      const last = r.messages.at(-1)!;
      expect(last.ask?.fact).toBe('grossTonnage');
      expect(last.text.startsWith(texts(locale).ui.goingBack)).toBe(true);
      r = await core.handleTurn({ conversationId: r.conversationId, text: '60', locale });
      expect(r.messages.find((m) => m.decision)?.decision).toMatchObject({ outcome: 'required' });
    },
  );
});
