/**
 * POST /api/documents/sea-time-confirmation: the PDF (and printable page) holds every item the rule
 * requires for the target certificate, in nb and en; facts the rule refuses get 422 and no document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentTexts } from '../../../content/documents/index.js';
import { texts } from '../../../content/index.js';
import type { Locale } from '../../../content/topic-ids.js';
import { ROW_FOR_ITEM } from '../../../bot/documents/sea-time-confirmation.js';
import { PRINT_CSS_PATH } from '../../../bot/documents/html.js';
import { decide } from '../../../rules/index.js';
import type { DecidedDecision } from '../../../rules/index.js';
import type { TestServer } from './helpers.js';
import { D6_FACTS, MATROS_FACTS, TANKER_FACTS, TODAY, get, pdfText, post, startServer } from './helpers.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.app.close();
});

const PATH = '/api/documents/sea-time-confirmation';
const decimal = (n: number, locale: Locale) => (locale === 'nb' ? String(n).replace('.', ',') : String(n));
const BIRTH_DATE = { nb: '17. april 1990', en: '17 April 1990' } as const;

const complete = (facts: Record<string, unknown>): DecidedDecision => {
  const decision = decide('sea-time-confirmation', JSON.parse(JSON.stringify(facts)) as Record<string, unknown>, {
    today: TODAY,
  });
  if (decision.status !== 'decided' || decision.outcome !== 'complete')
    throw new Error(`fixture not complete: ${JSON.stringify(decision)}`);
  return decision;
};

describe.each(['nb', 'en'] as const)('the sea-time confirmation PDF in %s', (locale) => {
  const t = documentTexts(locale).confirmation;
  const choices = texts(locale).facts;

  async function pdf(facts: Record<string, unknown>) {
    const r = await post(server.base, PATH, { facts, locale });
    expect(r.status).toBe(200);
    expect(r.type).toBe('application/pdf');
    expect(new TextDecoder().decode(r.bytes.slice(0, 5))).toBe('%PDF-');
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(r.headers.get('content-disposition')).toBe(`attachment; filename="${t.fileName}.pdf"`);
    expect(r.headers.get('x-ratelimit-limit')).not.toBeNull();
    return pdfText(r.bytes);
  }

  /** Every item the rule requires has its row, every fact value is printed, and the computed sea time too. */
  function expectRequiredItems(text: string, facts: Record<string, unknown>) {
    const decision = complete(facts);
    const items = decision.values!.items as string[];
    for (const item of items) {
      if (item === 'signerIsSeafarer') continue;
      const row = ROW_FOR_ITEM[item];
      expect(row, `row for ${item}`).toBeDefined();
      expect(text).toContain(t.rows[row!]);
    }
    expect(text).toContain(t.title);
    expect(text).toContain(String(facts.seafarerName));
    expect(text).toContain(BIRTH_DATE[locale]);
    expect(text).toContain(String(facts.position));
    expect(text).toContain(String(facts.vesselName));
    expect(text).toContain(String(facts.callSign));
    expect(text).toContain(`${decimal(Number(facts.lengthOverall), locale)} m`);
    expect(text).toContain(String(facts.days));
    expect(text).toContain(decimal(decision.values!.seaTimeDays as number, locale));
    expect(text).toContain(String(facts.signerName));
    expect(text).toContain(choices.signerRole.choices['company-representative']);
    // The signature block and the sources the document follows.
    expect(text).toContain(t.signature);
    expect(text).toContain(t.placeAndDate);
    expect(text).toContain('https://www.sdir.no/veiledninger/fartstid/');
    return decision;
  }

  it('holds every item a D6 needs, and no GT, trading area or tanker row', async () => {
    const text = await pdf(D6_FACTS);
    const decision = expectRequiredItems(text, D6_FACTS);
    expect(text).toContain(`${D6_FACTS.hoursPerDay} ${t.units.hours}`);
    expect(text).toContain(`${decimal(decision.values!.hours as number, locale)} ${t.units.hours}`);
    expect(text).not.toContain(t.rows.grossTonnage);
    expect(text).not.toContain(t.rows.tradingArea);
    expect(text).not.toContain(t.rows.tankerType);
  });

  it('holds the GT and certified trading area for an able seaman (matros) certificate', async () => {
    const text = await pdf(MATROS_FACTS);
    expectRequiredItems(text, MATROS_FACTS);
    expect(text).toContain(`498 ${t.units.gt}`);
    // A long value wraps onto a second line in the PDF; read it with the line breaks as spaces.
    expect(text.replace(/\s+/g, ' ')).toContain(choices.tradingArea.choices['stor-kystfart']);
  });

  it('holds the kind of tanker for a tanker certificate, with total hours and their average per day', async () => {
    const text = await pdf(TANKER_FACTS);
    const decision = expectRequiredItems(text, TANKER_FACTS);
    expect(text.toLowerCase()).toContain(locale === 'nb' ? 'olje' : 'oil');
    expect(text).toContain(`540 ${t.units.hours}`);
    expect(text).toContain(`${decision.values!.averageHoursPerDay as number} ${t.units.hours}`);
  });

  it('says whether a mobile unit has its own propulsion when the time was earned on one', async () => {
    const text = await pdf({ ...D6_FACTS, onMobileUnit: true, mobileUnitHasPropulsion: false });
    expect(text).toContain(t.rows.mobileUnit);
    expect(text).toContain(t.mobileUnit.withoutPropulsion);
  });

  it("refuses a self-signed confirmation with 422, the rule's reason and no PDF", async () => {
    const r = await post(server.base, PATH, { facts: { ...D6_FACTS, signerIsSeafarer: true }, locale });
    expect(r.status).toBe(422);
    expect(r.type).toMatch(/^application\/json/);
    const decision = r.json!.decision as DecidedDecision;
    expect(decision).toMatchObject({ status: 'decided', outcome: 'invalid', values: { problems: ['self-signed'] } });
    expect(r.json!.error).toContain(decision.reasons[0]![locale]);
  });

  it("refuses incomplete facts with 422 naming what is missing in the reader's language", async () => {
    const { callSign: _c, signerName: _s, ...facts } = D6_FACTS;
    const r = await post(server.base, PATH, { facts, locale });
    expect(r.status).toBe(422);
    expect(r.json!.decision).toMatchObject({
      status: 'needs',
      facts: expect.arrayContaining(['callSign', 'signerName']),
    });
    expect(String(r.json!.error)).toContain(locale === 'nb' ? 'kallesignal' : 'call sign');
  });
});

describe('the printable page', () => {
  it('holds the same items as plain semantic HTML that works under the CSP', async () => {
    const r = await post(server.base, PATH, { facts: MATROS_FACTS, locale: 'nb', format: 'html' });
    expect(r.status).toBe(200);
    expect(r.type).toBe('text/html; charset=utf-8');
    expect(r.headers.get('content-security-policy')).toContain("style-src 'self'");
    expect(r.text).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=/i);
    expect(r.text).toContain(`<link rel="stylesheet" href="${PRINT_CSS_PATH}">`);
    for (const value of ['Kari Nordmann', '17. april 1990', 'LM4821', '498 BT', 'Ola Hansen', 'Fartstidsbekreftelse'])
      expect(r.text).toContain(value);
    const css = await get(server.base, PRINT_CSS_PATH);
    expect(css.status).toBe(200);
    expect(css.type).toMatch(/^text\/css/);
    expect(css.text).toContain('@page');
  });

  it('escapes what the user typed', async () => {
    const r = await post(server.base, PATH, {
      facts: { ...D6_FACTS, vesselName: '<img src=x onerror=alert(1)>' },
      format: 'html',
    });
    expect(r.status).toBe(200);
    expect(r.text).not.toContain('<img');
    expect(r.text).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('robustness', () => {
  it.each([
    ['Cyrillic', 'Ольга Петрова'],
    ['Greek', 'Νίκος Παπαδόπουλος'],
    ['Arabic', 'محمد حسن'],
    ['Vietnamese', 'Ngô Bảo Châu'],
    ['Polish', 'Łukasz Żółć'],
    ['Sámi', 'Máret Áile Gaup-Juuso'],
  ])('prints a name in %s as itself', async (_script, name) => {
    const r = await post(server.base, PATH, { facts: { ...D6_FACTS, seafarerName: name }, locale: 'en' });
    expect(r.status).toBe(200);
    expect(await pdfText(r.bytes)).toContain(name);
  });

  it('prints what the font lacks as a look-alike or "?", instead of failing', async () => {
    const r = await post(server.base, PATH, {
      facts: { ...D6_FACTS, seafarerName: 'Lee 李小龍 🚢 Ωmega', position: 'matros\u2212dekk' },
      locale: 'en',
    });
    expect(r.status).toBe(200);
    const text = await pdfText(r.bytes);
    expect(text).toContain('Lee ??? Ωmega');
    expect(text).toMatch(/matros[-−]dekk/);
  });

  it.each([
    ['zero-width spaces', '\u200B\u200C\u200D'],
    ['a soft hyphen and a word joiner', '\u00AD\u2060'],
    ['Hangul fillers', '\u3164\u115F'],
    ['a Braille blank and no-break spaces', '\u2800\u00A0\u202F'],
  ])('refuses a name of only %s as not filled in (422)', async (_name, seafarerName) => {
    const r = await post(server.base, PATH, { facts: { ...D6_FACTS, seafarerName }, locale: 'en' });
    expect(r.status).toBe(422);
    expect((r.json?.decision as { status?: string } | undefined)?.status).toBe('invalid');
  });

  it('wraps long values over several lines and still makes one readable PDF', async () => {
    const r = await post(server.base, PATH, {
      facts: {
        ...D6_FACTS,
        position: 'Lettmatros og dekksarbeider med ansvar for fortøyning, vedlikehold og drift av kraner om bord',
      },
      locale: 'nb',
    });
    expect(r.status).toBe(200);
    expect(await pdfText(r.bytes)).toContain('vedlikehold');
  });

  it.each([
    ['a malformed body', '{"facts":'],
    ['facts that are not an object', { facts: [1, 2] }],
    ['an unknown field', { facts: D6_FACTS, admin: true }],
    ['an unknown format', { facts: D6_FACTS, format: 'docx' }],
    ['an unknown locale', { facts: D6_FACTS, locale: 'de' }],
  ])('rejects %s with 400', async (_name, body) => {
    const r = await post(server.base, PATH, body);
    expect(r.status).toBe(400);
    expect(typeof r.json?.error).toBe('string');
  });

  it('refuses facts of the wrong type with 422, not 500', async () => {
    const r = await post(server.base, PATH, { facts: { ...D6_FACTS, seafarerBirthDate: '17.04.1990', days: 'sixty' } });
    expect(r.status).toBe(422);
    expect(r.json!.decision).toMatchObject({ status: 'invalid' });
  });
});
