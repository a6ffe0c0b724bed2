/**
 * The triage pool: the same result as triage in the server thread, a bounded queue, and a job
 * that runs too long refused (its worker stopped and replaced for the next job).
 */
import { describe, expect, it } from 'vitest';
import { TriageBusyError, triagePool } from '../../bot/web/triage-pool.js';
import { triage } from '../../machines/triage.js';

const ENQUIRY = 'Hei. Vi har et lasteskip på 45 BT. Trenger vi bemanningssertifikat? Mvh Ola';

describe('the triage pool', () => {
  it('triages as the server thread would', async () => {
    const pool = triagePool({ size: 1 });
    try {
      expect(await pool.run(ENQUIRY, '2026-11-22')).toEqual(triage(ENQUIRY, '2026-11-22'));
      expect(await pool.run(ENQUIRY, '2026-11-22', 'en')).toEqual(triage(ENQUIRY, '2026-11-22', 'en'));
    } finally {
      await pool.close();
    }
  }, 30_000);

  it('refuses enquiries beyond its queue instead of letting them pile up', async () => {
    const pool = triagePool({ size: 1, maxQueue: 2 });
    try {
      const results = await Promise.allSettled(Array.from({ length: 6 }, () => pool.run(ENQUIRY, '2026-11-22')));
      const refused = results.filter((r) => r.status === 'rejected');
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
      expect(refused.every((r) => r.status === 'rejected' && r.reason instanceof TriageBusyError)).toBe(true);
    } finally {
      await pool.close();
    }
  }, 30_000);

  it('refuses a job that runs longer than it may, and stops its worker', async () => {
    const slow = triagePool({ size: 1, timeoutMs: 1 });
    try {
      await expect(slow.run(ENQUIRY, '2026-11-22')).rejects.toBeInstanceOf(TriageBusyError);
      await expect(slow.run(ENQUIRY, '2026-11-22')).rejects.toBeInstanceOf(TriageBusyError);
    } finally {
      await slow.close();
    }
  }, 30_000);

  it('refuses new work once closed', async () => {
    const pool = triagePool({ size: 1 });
    await pool.close();
    await expect(pool.run(ENQUIRY, '2026-11-22')).rejects.toBeInstanceOf(TriageBusyError);
  });
});
