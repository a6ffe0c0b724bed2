/** Conversation ids: only the server's own spelling of an id it issued checks. */
import { describe, expect, it } from 'vitest';
import { conversationIds } from '../../../bot/core/conversation-ids.js';

const ids = conversationIds('a-test-key-for-losen-conversation-ids');

describe('conversation ids', () => {
  it('issues ids that check, all different, in the shape the web API accepts', () => {
    const issued = Array.from({ length: 100 }, () => ids.issue());
    expect(new Set(issued).size).toBe(100);
    for (const id of issued) {
      expect(ids.isIssued(id)).toBe(true);
      expect(id).toMatch(/^[A-Za-z0-9_.:-]{1,128}$/);
    }
  });

  it('refuses every one-character change of an issued id', () => {
    const id = ids.issue();
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';
    for (let i = 0; i < id.length; i += 1)
      for (const c of alphabet)
        if (c !== id[i]) expect(ids.isIssued(`${id.slice(0, i)}${c}${id.slice(i + 1)}`), `${i}:${c}`).toBe(false);
  });

  it('refuses channel keys, file tokens and ids signed with another key', () => {
    expect(ids.isIssued(ids.channel('slack', 'T1', 'C1', '1.2'))).toBe(false);
    expect(ids.isIssued(ids.fileToken(ids.issue()))).toBe(false);
    expect(ids.isIssued(conversationIds('another key of sixteen+').issue())).toBe(false);
  });

  it('keys channel conversations apart by channel and by their parts', () => {
    expect(ids.channel('slack', 'T1', 'C1', '1.2')).toBe(ids.channel('slack', 'T1', 'C1', '1.2'));
    expect(ids.channel('slack', 'T1', 'C1', '1.2')).not.toBe(ids.channel('teams', 'T1', 'C1', '1.2'));
    expect(ids.channel('slack', 'T1', 'C1/1', '2')).not.toBe(ids.channel('slack', 'T1', 'C1', '1/2'));
  });

  it('reads back the conversation of a download token, and nothing from an altered one', () => {
    const id = ids.channel('teams', 'a:1');
    const token = ids.fromFileToken(ids.fileToken(id));
    expect(token).toBe(id);
    const t = ids.fileToken(id);
    expect(ids.fromFileToken(`${t.slice(0, -1)}${t.endsWith('A') ? 'B' : 'A'}`)).toBeUndefined();
    expect(ids.fromFileToken(conversationIds('another key of sixteen+').fileToken(id))).toBeUndefined();
  });
});
