/**
 * One headline per rule outcome (`outcome-keys.ts`), in bokmål, nynorsk and English side by side.
 * It states the decision only; the reasons, numbers and citations come from the rule's `Decision`.
 * An 'uncertain' headline says plainly that the sources do not settle the case; the reasons say why.
 */
import { D6_ROLE_NAMES } from '../rules/d6-privileges.js';
import type { EvaluatedId, Text } from '../rules/types.js';
import type { Localized } from './localized.js';
import type { OutcomeHeadlines } from './types.js';

/** Outcome headlines. */
export const OUTCOME_HEADLINES = {
  'manning-certificate:required': {
    nb: 'Ja, fartøyet må ha bemanningssertifikat fra Sjøfartsdirektoratet.',
    nn: 'Ja, fartøyet må ha bemanningssertifikat frå Sjøfartsdirektoratet.',
    en: 'Yes, the vessel must have a manning certificate from the Norwegian Maritime Authority.',
  },
  'manning-certificate:not-required': {
    nb: 'Nei, fartøyet trenger ikke bemanningssertifikat fra Sjøfartsdirektoratet.',
    nn: 'Nei, fartøyet treng ikkje bemanningssertifikat frå Sjøfartsdirektoratet.',
    en: 'No, the vessel does not need a manning certificate from the Norwegian Maritime Authority.',
  },
  'manning-certificate:case-by-case': {
    nb: 'Det avgjør Sjøfartsdirektoratet i hvert enkelt tilfelle.',
    nn: 'Det avgjer Sjøfartsdirektoratet i kvart enkelt tilfelle.',
    en: 'The Norwegian Maritime Authority decides this in each individual case.',
  },
  'manning-certificate:not-norwegian': {
    nb: 'Bemanningsforskriften gjelder norske skip, så dette fartøyet omfattes ikke av den.',
    nn: 'Bemanningsforskrifta gjeld norske skip, så dette fartøyet er ikkje omfatta av ho.',
    en: 'The Manning Regulations apply to Norwegian ships, so this vessel is not covered by them.',
  },
  'manning-certificate:uncertain': {
    nb: 'Det kan jeg ikke svare sikkert på ut fra kildene mine. Sjøfartsdirektoratet kan svare deg.',
    nn: 'Det kan eg ikkje svare sikkert på ut frå kjeldene mine. Sjøfartsdirektoratet kan svare deg.',
    en: 'I cannot answer that reliably from my sources. The Norwegian Maritime Authority can answer you.',
  },
  'ship-cook:required': {
    nb: 'Ja, fartøyet må ha skipskokk.',
    nn: 'Ja, fartøyet må ha skipskokk.',
    en: "Yes, the vessel must have a ship's cook.",
  },
  'ship-cook:not-required': {
    nb: 'Nei, det er ikke krav om skipskokk på dette fartøyet.',
    nn: 'Nei, det er ikkje krav om skipskokk på dette fartøyet.',
    en: "No, a ship's cook is not required on this vessel.",
  },
  'cook-qualification:qualified': {
    nb: 'Ja, kokken oppfyller kravene til skipskokk.',
    nn: 'Ja, kokken oppfyller krava til skipskokk.',
    en: "Yes, the cook meets the requirements for a ship's cook.",
  },
  'cook-qualification:not-qualified': {
    nb: 'Nei, kokken oppfyller ikke kravene til skipskokk.',
    nn: 'Nei, kokken oppfyller ikkje krava til skipskokk.',
    en: "No, the cook does not meet the requirements for a ship's cook.",
  },
  'd6-privileges:allowed': {
    nb: 'Ja, D6 gir rett til denne stillingen på dette fartøyet.',
    nn: 'Ja, D6 gir rett til denne stillinga på dette fartøyet.',
    en: 'Yes, D6 covers this position on this vessel.',
  },
  'd6-privileges:not-allowed': {
    nb: 'Nei, D6 gir ikke rett til denne stillingen på dette fartøyet.',
    nn: 'Nei, D6 gir ikkje rett til denne stillinga på dette fartøyet.',
    en: 'No, D6 does not cover this position on this vessel.',
  },
  'd6-privileges:uncertain': {
    nb: 'Det kan jeg ikke svare sikkert på ut fra kildene mine. Sjøfartsdirektoratet kan svare deg.',
    nn: 'Det kan eg ikkje svare sikkert på ut frå kjeldene mine. Sjøfartsdirektoratet kan svare deg.',
    en: 'I cannot answer that reliably from my sources. The Norwegian Maritime Authority can answer you.',
  },
  'sea-time:calculated': {
    nb: 'Her er utregningen av fartstiden.',
    nn: 'Her er utrekninga av fartstida.',
    en: 'Here is the sea-time calculation.',
  },
  'sea-time-confirmation:complete': {
    nb: 'Fartstidsbekreftelsen har med alt som kreves.',
    nn: 'Stadfestinga av fartstid har med alt som trengst.',
    en: 'The sea-time confirmation contains everything required.',
  },
  'sea-time-confirmation:invalid': {
    nb: 'Fartstidsbekreftelsen vil ikke bli godtatt slik den er beskrevet.',
    nn: 'Stadfestinga av fartstid blir ikkje godteken slik ho er skildra.',
    en: 'The sea-time confirmation would not be accepted as described.',
  },
  'deck-officer-first-issue:meets': {
    nb: 'Ja, du oppfyller fartstidskravet for første utstedelse av sertifikatet.',
    nn: 'Ja, du oppfyller fartstidskravet for å få sertifikatet skrive ut første gongen.',
    en: 'Yes, you meet the sea-time requirement for the first issue of the certificate.',
  },
  'deck-officer-first-issue:does-not-meet': {
    nb: 'Nei, du oppfyller ikke fartstidskravet for første utstedelse ennå.',
    nn: 'Nei, du oppfyller ikkje fartstidskravet for å få sertifikatet skrive ut første gongen enno.',
    en: 'No, you do not meet the sea-time requirement for the first issue yet.',
  },
  'master-rights:eligible': {
    nb: 'Ja, du kan søke om fornyelse med førerrettigheter.',
    nn: 'Ja, du kan søkje om fornying med førarrettar.',
    en: 'Yes, you can apply for renewal with master rights.',
  },
  'master-rights:not-eligible': {
    nb: 'Nei, du oppfyller ikke kravene til førerrettigheter ennå.',
    nn: 'Nei, du oppfyller ikkje krava til førarrettar enno.',
    en: 'No, you do not meet the requirements for master rights yet.',
  },
  'issc-validity:dates': {
    nb: 'Her er datoene for sertifikatet.',
    nn: 'Her er datoane for sertifikatet.',
    en: 'Here are the dates for the certificate.',
  },
  'issc-validity:uncertain': {
    nb: 'Når den mellomliggende verifikasjonen skal gjøres for dette sertifikatet, sier ikke kildene mine. Sjøfartsdirektoratet kan svare deg.',
    nn: 'Når den mellomliggjande verifikasjonen skal gjerast for dette sertifikatet, seier ikkje kjeldene mine. Sjøfartsdirektoratet kan svare deg.',
    en: 'My sources do not say when the intermediate verification is due for this certificate. The Norwegian Maritime Authority can answer you.',
  },
  'issc-renewal:new-expiry': {
    nb: 'Her er den nye utløpsdatoen etter fornyelsesverifikasjonen.',
    nn: 'Her er den nye utløpsdatoen etter fornyingsverifikasjonen.',
    en: 'Here is the new expiry date after the renewal verification.',
  },
  'issc-renewal:expired': {
    nb: 'Sertifikatet er utløpt før datoen for fornyelsesverifikasjonen.',
    nn: 'Sertifikatet har gått ut før datoen for fornyingsverifikasjonen.',
    en: 'The certificate has expired before the date of the renewal verification.',
  },
  'health-certificate:valid': {
    nb: 'Helseerklæringen er gyldig på denne datoen.',
    nn: 'Helseerklæringa er gyldig på denne datoen.',
    en: 'The health certificate is valid on this date.',
  },
  'health-certificate:expired': {
    nb: 'Helseerklæringen er ikke gyldig på denne datoen.',
    nn: 'Helseerklæringa er ikkje gyldig på denne datoen.',
    en: 'The health certificate is not valid on this date.',
  },
  'aps-processing:automatic': {
    nb: 'Sertifikatet kan bli utstedt automatisk, eller søknaden kan bli tatt ut til stikkprøvekontroll.',
    nn: 'Sertifikatet kan bli skrive ut automatisk, eller søknaden kan bli teken ut til stikkprøvekontroll.',
    en: 'The certificate can be issued automatically, or the application picked for a spot check.',
  },
  'aps-processing:manual': {
    nb: 'Søknaden vil gå til manuell behandling.',
    nn: 'Søknaden kjem til å gå til manuell behandling.',
    en: 'The application will go to manual processing.',
  },
  'matros:certificate-required': {
    nb: 'Du må ha ferdighetssertifikat matros for denne stillingen.',
    nn: 'Du må ha ferdigheitssertifikat matros for denne stillinga.',
    en: 'You need the able seaman proficiency certificate for this position.',
  },
  'matros:meets': {
    nb: 'Ja, du oppfyller kravene til matros.',
    nn: 'Ja, du oppfyller krava til matros.',
    en: 'Yes, you meet the requirements for able seaman.',
  },
  'matros:does-not-meet': {
    nb: 'Nei, du oppfyller ikke kravene til matros ennå.',
    nn: 'Nei, du oppfyller ikkje krava til matros enno.',
    en: 'No, you do not meet the requirements for able seaman yet.',
  },
  'matros:uncertain': {
    nb: 'Om du oppfyller kravene til matros, avhenger av en lesemåte eller en vurdering kildene mine ikke avgjør. Sjøfartsdirektoratet kan svare deg.',
    nn: 'Om du oppfyller krava til matros, kjem an på ein lesemåte eller ei vurdering som kjeldene mine ikkje avgjer. Sjøfartsdirektoratet kan svare deg.',
    en: 'Whether you meet the requirements for able seaman depends on a reading or an assessment my sources do not settle. The Norwegian Maritime Authority can answer you.',
  },
  'rating-requirements:meets': {
    nb: 'Ja, du oppfyller kravet til fartstid for stillingen.',
    nn: 'Ja, du oppfyller kravet til fartstid for stillinga.',
    en: 'Yes, you meet the service-time requirement for the position.',
  },
  'rating-requirements:does-not-meet': {
    nb: 'Nei, du oppfyller ikke kravene til stillingen ennå.',
    nn: 'Nei, du oppfyller ikkje krava til stillinga enno.',
    en: 'No, you do not meet the requirements for the position yet.',
  },
  'rating-requirements:uncertain': {
    nb: 'Om du oppfyller kravene til stillingen, avhenger av en lesemåte eller en vurdering kildene mine ikke avgjør. Sjøfartsdirektoratet kan svare deg.',
    nn: 'Om du oppfyller krava til stillinga, kjem an på ein lesemåte eller ei vurdering som kjeldene mine ikkje avgjer. Sjøfartsdirektoratet kan svare deg.',
    en: 'Whether you meet the requirements for the position depends on a reading or an assessment my sources do not settle. The Norwegian Maritime Authority can answer you.',
  },
} satisfies Localized<OutcomeHeadlines>;

/**
 * A D6 decision "not allowed" because the holder's health certificate has lapsed (`values.
 * healthCertificateValid` false; seed 002): not the position, but D6 itself is not valid now.
 */
export const D6_HEALTH_LAPSED_HEADLINE: Text = {
  nb: 'Nei, ikke nå: D6-sertifikatet er ikke gyldig uten gyldig helseerklæring.',
  nn: 'Nei, ikkje no: D6-sertifikatet er ikkje gyldig utan gyldig helseerklæring.',
  en: 'No, not now: D6 is not valid without a valid health certificate.',
};

/**
 * The position or certificate a decision evaluated (`values.evaluated`), as the headline names it:
 * "For matros: …". One entry per id the rules can give, so a missing name fails the type check.
 */
export const EVALUATED_NAMES = {
  matros: { nb: 'matros', nn: 'matros', en: 'able seaman (matros)' },
  lettmatros: { nb: 'lettmatros', nn: 'lettmatros', en: 'ordinary seaman (lettmatros)' },
  smorer: { nb: 'smører', nn: 'smørjar', en: 'oiler (smører)' },
  maskinpasser: { nb: 'maskinpasser', nn: 'maskinpassar', en: 'engine rating (maskinpasser)' },
  'maskinpasser-lettmatros': {
    nb: 'maskinpasser-lettmatros',
    nn: 'maskinpassar-lettmatros',
    en: 'engine rating and ordinary seaman (maskinpasser-lettmatros)',
  },
  ...D6_ROLE_NAMES,
  D5: { nb: 'D5', nn: 'D5', en: 'D5' },
  D4: { nb: 'D4', nn: 'D4', en: 'D4' },
  D3: { nb: 'D3', nn: 'D3', en: 'D3' },
} as const satisfies Record<EvaluatedId, Text>;
