/**
 * Shared by the document tests: a real server on loopback with the document routes, PDF text
 * extraction (pdfjs-dist, legacy build for Node), iCalendar parsing (ical.js), and sample facts.
 */
import type { FastifyInstance } from 'fastify';
import ICAL from 'ical.js';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { loadConfig } from '../../../bot/config.js';
import { MemoryStore } from '../../../bot/core/store.js';
import type { TurnCore } from '../../../bot/core/turn.js';
import { buildApp } from '../../../bot/main.js';

/** The date every test runs on. */
export const TODAY = '2026-11-22';

export type TestServer = { app: FastifyInstance; base: string; core: TurnCore; store: MemoryStore };

/** A server as `npm start` builds it (documents included), listening on a free loopback port. */
export async function startServer(): Promise<TestServer> {
  const store = new MemoryStore();
  const { app, core } = await buildApp({
    config: loadConfig({ RATE_LIMIT_PER_MINUTE: '10000' }),
    store,
    triage: 'in-process',
    now: () => new Date(`${TODAY}T10:00:00`),
    today: () => TODAY,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  return { app, core, store, base: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
}

export type Fetched = {
  status: number;
  type: string;
  headers: Headers;
  bytes: Uint8Array;
  text: string;
  json: Record<string, unknown> | undefined;
};

async function read(res: Response): Promise<Fetched> {
  const bytes = new Uint8Array(await res.arrayBuffer());
  const text = new TextDecoder().decode(bytes);
  let json: Record<string, unknown> | undefined;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    json = undefined;
  }
  return { status: res.status, type: res.headers.get('content-type') ?? '', headers: res.headers, bytes, text, json };
}

export async function post(base: string, path: string, body: unknown): Promise<Fetched> {
  return read(
    await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

export async function get(base: string, path: string): Promise<Fetched> {
  return read(await fetch(`${base}${path}`));
}

/** All text of a PDF, one text item per line, with non-breaking spaces as plain spaces. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  const parts: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    for (const item of content.items) if ('str' in item) parts.push(item.str);
  }
  await doc.destroy();
  return parts.join('\n').replace(/\u00a0/g, ' ');
}

export type ParsedAlarm = { at: string; description: string };
export type ParsedEvent = {
  uid: string;
  summary: string;
  description: string;
  start: string;
  end: string;
  allDay: boolean;
  alarms: ParsedAlarm[];
};

/** The events of an iCalendar file; each alarm's time worked out from its trigger (local, `YYYY-MM-DDTHH:MM:SS`). */
export function parseIcs(text: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const alarms = vevent.getAllSubcomponents('valarm').map((valarm) => {
      const at = event.startDate.clone();
      at.isDate = false;
      at.addDuration(valarm.getFirstPropertyValue('trigger') as InstanceType<typeof ICAL.Duration>);
      return { at: at.toString(), description: String(valarm.getFirstPropertyValue('description')) };
    });
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate,
      alarms,
    };
  });
}

/** A sea-time confirmation that has every item a D6 needs. */
export const D6_FACTS = {
  targetCertificate: 'D6',
  seafarerName: 'Kari Nordmann',
  seafarerBirthDate: '1990-04-17',
  position: 'lettmatros',
  periodFrom: '2025-01-06',
  periodTo: '2025-03-28',
  days: 60,
  hoursPerDay: 12,
  vesselName: 'MS Havbris',
  callSign: 'LK2345',
  lengthOverall: 14.9,
  signerName: 'Ola Hansen',
  signerRole: 'company-representative',
  signerIsSeafarer: false,
} as const;

/** Able seaman: GT and trading area too. */
export const MATROS_FACTS = {
  ...D6_FACTS,
  targetCertificate: 'matros',
  grossTonnage: 498,
  tradingArea: 'stor-kystfart',
  callSign: 'LM4821',
} as const;

/** Tanker: the kind of tanker too (and total hours instead of hours per day). */
export const TANKER_FACTS = {
  ...D6_FACTS,
  targetCertificate: 'tanker',
  tankerType: 'oil',
  vesselName: 'MT Vestbris',
  callSign: 'LAXQ7',
  lengthOverall: 182.5,
  hoursPerDay: undefined,
  totalHours: 540,
} as const;
