/**
 * Will an application be processed automatically? — Sdir's presentation of APS (seed 000).
 *
 * Applications with documentation uploaded by hand always go to manual processing. When every
 * requirement was reported electronically, the certificate is issued automatically or the
 * application is picked for a spot check. Who reports each item: sea time — the shipping company
 * (API or Min side kvalifikasjoner, MSK); courses — course centres (API or MSK); assessment — the
 * assessor (MSK); additional competence — the shipping company (MSK); health certificates — an
 * approved seafarers' doctor (sjømannslege, via Altinn); education — via API or MSK.
 */
import { fact } from './facts.js';
import { defineRule, need } from './rule.js';
import { cite } from './sources.js';
import type { Text } from './types.js';

type Document = 'sea-time' | 'courses' | 'assessment' | 'additional-competence' | 'health-certificate' | 'education';
type Facts = { uploadedDocuments: Document[] };

/** Who should report each item electronically (seed 000, "Oppfyllelse av krav"). */
export const REPORTED_BY: Record<Document, Text> = {
  'sea-time': {
    nb: 'Fartstid: rederiet, via API (maskin-til-maskin) eller Min side kvalifikasjoner',
    nn: 'Fartstid: reiarlaget, via API (maskin-til-maskin) eller Min side kvalifikasjoner',
    en: 'Sea time: the shipping company, via the API (machine to machine) or Min side kvalifikasjoner',
  },
  courses: {
    nb: 'Kurs: kurssenteret, via API eller Min side kvalifikasjoner',
    nn: 'Kurs: kurssenteret, via API eller Min side kvalifikasjoner',
    en: 'Courses: the course centre, via the API or Min side kvalifikasjoner',
  },
  assessment: {
    nb: 'Bedømmelse: assessor, via Min side kvalifikasjoner',
    nn: 'Bedømming: assessoren, via Min side kvalifikasjoner',
    en: 'Assessment: the assessor, via Min side kvalifikasjoner',
  },
  'additional-competence': {
    nb: 'Tilleggskompetanse: rederiet, via Min side kvalifikasjoner',
    nn: 'Tilleggskompetanse: reiarlaget, via Min side kvalifikasjoner',
    en: 'Additional competence: the shipping company, via Min side kvalifikasjoner',
  },
  'health-certificate': {
    nb: 'Helseerklæring: godkjent sjømannslege, via Altinn',
    nn: 'Helseerklæring: godkjend sjømannslege, via Altinn',
    en: "Health certificate: an approved seafarers' doctor (sjømannslege), via Altinn",
  },
  education: {
    nb: 'Utdanning: via API eller Min side kvalifikasjoner',
    nn: 'Utdanning: via API eller Min side kvalifikasjoner',
    en: 'Education: via the API or Min side kvalifikasjoner',
  },
};

const ALL_DOCUMENTS = Object.keys(REPORTED_BY) as Document[];

export const apsProcessing = defineRule<Facts>({
  id: 'aps-processing',
  topic: 'aps.processing',
  title: {
    nb: 'Automatisk eller manuell behandling',
    nn: 'Automatisk eller manuell behandling',
    en: 'Automatic or manual processing',
  },
  summary: {
    nb: 'Avgjør om en søknad om personlig sertifikat kan behandles automatisk: søknader med manuelt opplastet dokumentasjon går alltid til manuell behandling; når alt er rapportert elektronisk, blir sertifikatet utstedt automatisk, eller søknaden blir tatt ut til stikkprøvekontroll.',
    nn: 'Avgjer om ein søknad om personleg sertifikat kan behandlast automatisk: søknader med manuelt opplasta dokumentasjon går alltid til manuell behandling; når alt er rapportert elektronisk, blir sertifikatet skrive ut automatisk, eller søknaden blir teken ut til stikkprøvekontroll.',
    en: 'Decides whether an application for a personal certificate can be processed automatically: applications with documents uploaded by hand always go to manual processing; when everything was reported electronically, the certificate is issued automatically or the application is picked for a spot check.',
  },
  facts: [fact('uploadedDocuments')],
  outcomes: ['automatic', 'manual'],
  thresholds: [],
  citations: [cite('sdirApsPresentation')],
  evaluate(f) {
    const g = need(f, 'uploadedDocuments');
    if (!g.ok) return g;
    const uploaded = [...new Set(g.facts.uploadedDocuments)];
    if (uploaded.length === 0) {
      return {
        outcome: 'automatic',
        reasons: [
          {
            nb: 'Alt er rapportert elektronisk, så sertifikatet kan bli utstedt automatisk, eller søknaden kan bli tatt ut til stikkprøvekontroll.',
            nn: 'Alt er rapportert elektronisk, så sertifikatet kan bli skrive ut automatisk, eller søknaden kan bli teken ut til stikkprøvekontroll.',
            en: 'Everything was reported electronically, so the certificate can be issued automatically, or the application picked for a spot check.',
          },
          {
            // Seed 000: "Noe mangler → Manuell behandling", and each requirement has its own source.
            nb: `Går søknaden likevel til manuell behandling, mangler noe. Hvert krav rapporteres av sin egen kilde, ikke bare av rederiet: ${ALL_DOCUMENTS.map((d) => REPORTED_BY[d].nb).join('; ')}.`,
            nn: `Går søknaden likevel til manuell behandling, manglar noko. Kvart krav blir rapportert av si eiga kjelde, ikkje berre av reiarlaget: ${ALL_DOCUMENTS.map((d) => REPORTED_BY[d].nn).join('; ')}.`,
            en: `If the application still goes to manual processing, something is missing. Each requirement is reported by its own source, not only by the shipping company: ${ALL_DOCUMENTS.map((d) => REPORTED_BY[d].en).join('; ')}.`,
          },
        ],
      };
    }
    return {
      outcome: 'manual',
      values: { manualBecause: uploaded, reportedBy: Object.fromEntries(uploaded.map((d) => [d, REPORTED_BY[d]])) },
      reasons: [
        {
          nb: 'Søknader med manuelt opplastet dokumentasjon går alltid til manuell behandling.',
          nn: 'Søknader med manuelt opplasta dokumentasjon går alltid til manuell behandling.',
          en: 'Applications with documents uploaded by hand always go to manual processing.',
        },
        {
          nb: `For automatisk behandling neste gang bør dette rapporteres elektronisk: ${uploaded.map((d) => REPORTED_BY[d].nb).join('; ')}.`,
          nn: `For at søknaden skal kunne behandlast automatisk neste gong, bør dette rapporterast elektronisk: ${uploaded.map((d) => REPORTED_BY[d].nn).join('; ')}.`,
          en: `For automatic processing next time, this should be reported electronically: ${uploaded.map((d) => REPORTED_BY[d].en).join('; ')}.`,
        },
      ],
    };
  },
});
