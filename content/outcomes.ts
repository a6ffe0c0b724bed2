/**
 * One headline per rule outcome (`outcome-keys.ts`), in bokmål, nynorsk and English side by side.
 * It states the decision only; the reasons, numbers and citations come from the rule's `Decision`.
 */
import type { Localized } from './localized.js';
import type { OutcomeHeadlines } from './types.js';

/** Outcome headlines. */
export const OUTCOME_HEADLINES = {
  'manning-certificate:required': {
    nb: 'Ja, fartøyet må ha bemanningssertifikat fra Sjøfartsdirektoratet.',
    nn: 'Ja, fartøyet må ha bemanningssertifikat fra Sjøfartsdirektoratet.',
    en: 'Yes, the vessel must have a manning certificate from the Norwegian Maritime Authority.',
  },
  'manning-certificate:not-required': {
    nb: 'Nei, fartøyet trenger ikke bemanningssertifikat fra Sjøfartsdirektoratet.',
    nn: 'Nei, fartøyet trenger ikke bemanningssertifikat fra Sjøfartsdirektoratet.',
    en: 'No, the vessel does not need a manning certificate from the Norwegian Maritime Authority.',
  },
  'manning-certificate:case-by-case': {
    nb: 'Det avgjør Sjøfartsdirektoratet i hvert enkelt tilfelle.',
    nn: 'Det avgjør Sjøfartsdirektoratet i hvert enkelt tilfelle.',
    en: 'The Norwegian Maritime Authority decides this in each individual case.',
  },
  'manning-certificate:not-norwegian': {
    nb: 'Bemanningsforskriften gjelder norske skip, så dette fartøyet omfattes ikke av den.',
    nn: 'Bemanningsforskriften gjelder norske skip, så dette fartøyet omfattes ikke av den.',
    en: 'The Manning Regulations apply to Norwegian ships, so this vessel is not covered by them.',
  },
  'ship-cook:required': {
    nb: 'Ja, fartøyet må ha skipskokk.',
    nn: 'Ja, fartøyet må ha skipskokk.',
    en: "Yes, the vessel must have a ship's cook.",
  },
  'ship-cook:not-required': {
    nb: 'Nei, det er ikke krav om skipskokk på dette fartøyet.',
    nn: 'Nei, det er ikke krav om skipskokk på dette fartøyet.',
    en: "No, a ship's cook is not required on this vessel.",
  },
  'cook-qualification:qualified': {
    nb: 'Ja, kokken oppfyller kravene til skipskokk.',
    nn: 'Ja, kokken oppfyller kravene til skipskokk.',
    en: "Yes, the cook meets the requirements for a ship's cook.",
  },
  'cook-qualification:not-qualified': {
    nb: 'Nei, kokken oppfyller ikke kravene til skipskokk.',
    nn: 'Nei, kokken oppfyller ikke kravene til skipskokk.',
    en: "No, the cook does not meet the requirements for a ship's cook.",
  },
  'd6-privileges:allowed': {
    nb: 'Ja, D6 gir rett til denne stillingen på dette fartøyet.',
    nn: 'Ja, D6 gir rett til denne stillingen på dette fartøyet.',
    en: 'Yes, D6 covers this position on this vessel.',
  },
  'd6-privileges:not-allowed': {
    nb: 'Nei, D6 gir ikke rett til denne stillingen på dette fartøyet.',
    nn: 'Nei, D6 gir ikke rett til denne stillingen på dette fartøyet.',
    en: 'No, D6 does not cover this position on this vessel.',
  },
  'sea-time:calculated': {
    nb: 'Her er utregningen av fartstiden.',
    nn: 'Her er utregningen av fartstiden.',
    en: 'Here is the sea-time calculation.',
  },
  'sea-time-confirmation:complete': {
    nb: 'Fartstidsbekreftelsen har med alt som kreves.',
    nn: 'Fartstidsbekreftelsen har med alt som kreves.',
    en: 'The sea-time confirmation contains everything required.',
  },
  'sea-time-confirmation:invalid': {
    nb: 'Fartstidsbekreftelsen vil ikke bli godtatt slik den er beskrevet.',
    nn: 'Fartstidsbekreftelsen vil ikke bli godtatt slik den er beskrevet.',
    en: 'The sea-time confirmation would not be accepted as described.',
  },
  'deck-officer-first-issue:meets': {
    nb: 'Ja, du oppfyller fartstidskravet for første utstedelse av sertifikatet.',
    nn: 'Ja, du oppfyller fartstidskravet for første utstedelse av sertifikatet.',
    en: 'Yes, you meet the sea-time requirement for the first issue of the certificate.',
  },
  'deck-officer-first-issue:does-not-meet': {
    nb: 'Nei, du oppfyller ikke fartstidskravet for første utstedelse ennå.',
    nn: 'Nei, du oppfyller ikke fartstidskravet for første utstedelse ennå.',
    en: 'No, you do not meet the sea-time requirement for the first issue yet.',
  },
  'master-rights:eligible': {
    nb: 'Ja, du kan søke om fornyelse med førerrettigheter.',
    nn: 'Ja, du kan søke om fornyelse med førerrettigheter.',
    en: 'Yes, you can apply for renewal with master privileges.',
  },
  'master-rights:not-eligible': {
    nb: 'Nei, du oppfyller ikke kravene til førerrettigheter ennå.',
    nn: 'Nei, du oppfyller ikke kravene til førerrettigheter ennå.',
    en: 'No, you do not meet the requirements for master privileges yet.',
  },
  'issc-validity:dates': {
    nb: 'Her er datoene for sertifikatet.',
    nn: 'Her er datoene for sertifikatet.',
    en: 'Here are the dates for the certificate.',
  },
  'issc-renewal:new-expiry': {
    nb: 'Her er den nye utløpsdatoen etter fornyelsesverifikasjonen.',
    nn: 'Her er den nye utløpsdatoen etter fornyelsesverifikasjonen.',
    en: 'Here is the new expiry date after the renewal verification.',
  },
  'issc-renewal:expired': {
    nb: 'Sertifikatet er utløpt før datoen for fornyelsesverifikasjonen.',
    nn: 'Sertifikatet er utløpt før datoen for fornyelsesverifikasjonen.',
    en: 'The certificate has expired before the date of the renewal verification.',
  },
  'health-certificate:valid': {
    nb: 'Helseerklæringen er gyldig på denne datoen.',
    nn: 'Helseerklæringen er gyldig på denne datoen.',
    en: 'The health certificate is valid on this date.',
  },
  'health-certificate:expired': {
    nb: 'Helseerklæringen er ikke gyldig på denne datoen.',
    nn: 'Helseerklæringen er ikke gyldig på denne datoen.',
    en: 'The health certificate is not valid on this date.',
  },
  'aps-processing:automatic': {
    nb: 'Søknaden kan bli utstedt automatisk eller tatt ut til stikkprøvekontroll.',
    nn: 'Søknaden kan bli utstedt automatisk eller tatt ut til stikkprøvekontroll.',
    en: 'The application can be issued automatically or picked for a spot check.',
  },
  'aps-processing:manual': {
    nb: 'Søknaden vil gå til manuell behandling.',
    nn: 'Søknaden vil gå til manuell behandling.',
    en: 'The application will go to manual processing.',
  },
  'matros:certificate-required': {
    nb: 'Du må ha ferdighetssertifikat matros for denne stillingen.',
    nn: 'Du må ha ferdighetssertifikat matros for denne stillingen.',
    en: 'You need the able seaman proficiency certificate for this position.',
  },
  'matros:meets': {
    nb: 'Ja, du oppfyller kravene til matros.',
    nn: 'Ja, du oppfyller kravene til matros.',
    en: 'Yes, you meet the requirements for able seaman.',
  },
  'matros:does-not-meet': {
    nb: 'Nei, du oppfyller ikke kravene til matros ennå.',
    nn: 'Nei, du oppfyller ikke kravene til matros ennå.',
    en: 'No, you do not meet the requirements for able seaman yet.',
  },
  'rating-requirements:meets': {
    nb: 'Ja, du oppfyller kravene til stillingen.',
    nn: 'Ja, du oppfyller kravene til stillingen.',
    en: 'Yes, you meet the requirements for the position.',
  },
  'rating-requirements:does-not-meet': {
    nb: 'Nei, du oppfyller ikke kravene til stillingen ennå.',
    nn: 'Nei, du oppfyller ikke kravene til stillingen ennå.',
    en: 'No, you do not meet the requirements for the position yet.',
  },
} satisfies Localized<OutcomeHeadlines>;
