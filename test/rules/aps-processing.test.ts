/**
 * aps-processing — seed 000 (Sdir's APS presentation): "Søknader med manuelt opplastet
 * dokumentasjon vil alltid gå til manuell behandling"; fully electronic applications "vil gå til
 * stikkprøvekontroll eller bli utstedt automatisk". Who reports what ("Oppfyllelse av krav"):
 * sea time — company (API or MSK); courses — course centres; assessment — assessor (MSK);
 * additional competence — company (MSK); health certificates — seafarer's doctor (Altinn);
 * education — API or MSK.
 */
import { describe, expect, it } from 'vitest';
import { decide } from '../../rules/index.js';
import type { Text } from '../../rules/index.js';
import type { Case } from './helpers.js';
import { expectText, runCases } from './helpers.js';

const aps = { source: 'Sdir: APS – automatisk saksbehandling av personlige sertifikater' };
const ALL = ['sea-time', 'courses', 'assessment', 'additional-competence', 'health-certificate', 'education'];

const cases: Case[] = [
  {
    name: 'An application with everything reported electronically can be processed automatically',
    facts: { uploadedDocuments: [] },
    expected: { status: 'decided', outcome: 'automatic', values: null, cites: [aps] },
  },
  {
    name: 'An uploaded sea-time confirmation sends the application to manual processing',
    facts: { uploadedDocuments: ['sea-time'] },
    expected: { status: 'decided', outcome: 'manual', valuesInclude: { manualBecause: ['sea-time'] }, cites: [aps] },
  },
  {
    name: 'Uploaded courses and health certificate: manual, because of both',
    facts: { uploadedDocuments: ['courses', 'health-certificate'] },
    expected: {
      status: 'decided',
      outcome: 'manual',
      valuesInclude: { manualBecause: ['courses', 'health-certificate'] },
    },
  },
  {
    name: 'An item uploaded twice is named once',
    facts: { uploadedDocuments: ['courses', 'courses'] },
    expected: { status: 'decided', outcome: 'manual', valuesInclude: { manualBecause: ['courses'] } },
  },
  {
    name: 'Every kind uploaded: manual, because of all six',
    facts: { uploadedDocuments: ALL },
    expected: { status: 'decided', outcome: 'manual', valuesInclude: { manualBecause: ALL } },
  },
  { name: 'Without the list, it is asked for', facts: {}, expected: { status: 'needs', facts: ['uploadedDocuments'] } },
  {
    name: 'A null list counts as missing',
    facts: { uploadedDocuments: null },
    expected: { status: 'needs', facts: ['uploadedDocuments'] },
  },
  {
    name: 'An unknown kind of document is invalid',
    facts: { uploadedDocuments: ['passport'] },
    expected: { status: 'invalid', facts: ['uploadedDocuments'] },
  },
  {
    name: 'A single string instead of a list is invalid',
    facts: { uploadedDocuments: 'sea-time' },
    expected: { status: 'invalid', facts: ['uploadedDocuments'] },
  },
];

describe('aps-processing', () => {
  runCases('aps-processing', cases);

  it('says who should report each uploaded item electronically, in both languages', () => {
    const d = decide('aps-processing', { uploadedDocuments: ALL }, { today: '2025-06-01' });
    if (d.status !== 'decided') throw new Error(`expected decided, got ${d.status}`);
    const reportedBy = d.values?.reportedBy as Record<string, Text>;
    expect(Object.keys(reportedBy).sort()).toEqual([...ALL].sort());
    Object.values(reportedBy).forEach(expectText);
    // Seed 000: health certificates come from the seafarer's doctor through Altinn.
    expect(reportedBy['health-certificate']?.nb).toMatch(/Altinn/);
  });
});
