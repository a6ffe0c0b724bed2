/**
 * The staff page behind STAFF_TOKEN in a real Chromium: without the token the browser is asked to
 * sign in and gets nothing; signed in with the token as the password, the page works, its own
 * call to /api/triage included (the browser sends the same credentials).
 */
import { describe, expect, it } from 'vitest';
import { useServerAndBrowser } from './helpers.js';

const TOKEN = 'a-staff-token-long-enough';
const env = useServerAndBrowser({ STAFF_TOKEN: TOKEN });

describe('staff page with STAFF_TOKEN', () => {
  it('asks a browser without the token to sign in, and shows nothing', async () => {
    const context = await env.browser.newContext();
    try {
      const response = await context.request.get(`${env.server.base}/staff`);
      expect(response.status()).toBe(401);
      expect(response.headers()['www-authenticate']).toMatch(/^Basic /);
      expect(await response.text()).not.toContain('Analyser');
      // A headless browser has no one to ask, so the navigation itself is refused.
      const page = await context.newPage();
      await expect(page.goto(`${env.server.base}/staff`)).rejects.toThrow(/AUTH/);
    } finally {
      await context.close();
    }
  });

  it('works for a browser signed in with the token', async () => {
    const context = await env.browser.newContext({ httpCredentials: { username: 'kari', password: TOKEN } });
    try {
      const page = await context.newPage();
      const response = await page.goto(`${env.server.base}/staff`);
      expect(response?.status()).toBe(200);
      const triage = page.waitForResponse((r) => r.url().endsWith('/api/triage'));
      await page.getByLabel(/^Henvendelse/).fill('Vi har et lasteskip på 45 BT. Trenger vi bemanningssertifikat?');
      await page.getByRole('button', { name: /Analyser/ }).click();
      expect((await triage).status()).toBe(200);
      await page.locator('#results').waitFor();
      expect(await page.locator('#topics li').count()).toBeGreaterThanOrEqual(1);
    } finally {
      await context.close();
    }
  });
});
