/**
 * One headline per rule outcome (`outcome-keys.ts`), in bokmål. It states the decision only;
 * the reasons, numbers and citations come from the rule's `Decision`.
 */
import type { OutcomeHeadlines } from '../types.js';

/** Outcome headlines in bokmål. */
export const outcomesNb = {
  'manning-certificate:required': 'Ja, fartøyet må ha bemanningssertifikat fra Sjøfartsdirektoratet.',
  'manning-certificate:not-required': 'Nei, fartøyet trenger ikke bemanningssertifikat fra Sjøfartsdirektoratet.',
  'manning-certificate:case-by-case': 'Det avgjør Sjøfartsdirektoratet i hvert enkelt tilfelle.',
  'manning-certificate:not-norwegian':
    'Bemanningsforskriften gjelder norske skip, så dette fartøyet omfattes ikke av den.',
  'ship-cook:required': 'Ja, fartøyet må ha skipskokk.',
  'ship-cook:not-required': 'Nei, det er ikke krav om skipskokk på dette fartøyet.',
  'cook-qualification:qualified': 'Ja, kokken oppfyller kravene til skipskokk.',
  'cook-qualification:not-qualified': 'Nei, kokken oppfyller ikke kravene til skipskokk.',
  'd6-privileges:allowed': 'Ja, D6 gir rett til denne stillingen på dette fartøyet.',
  'd6-privileges:not-allowed': 'Nei, D6 gir ikke rett til denne stillingen på dette fartøyet.',
  'sea-time:calculated': 'Her er utregningen av fartstiden.',
  'sea-time-confirmation:complete': 'Fartstidsbekreftelsen har med alt som kreves.',
  'sea-time-confirmation:invalid': 'Fartstidsbekreftelsen vil ikke bli godtatt slik den er beskrevet.',
  'deck-officer-first-issue:meets': 'Ja, du oppfyller fartstidskravet for første utstedelse av sertifikatet.',
  'deck-officer-first-issue:does-not-meet': 'Nei, du oppfyller ikke fartstidskravet for første utstedelse ennå.',
  'master-rights:eligible': 'Ja, du kan søke om fornyelse med førerrettigheter.',
  'master-rights:not-eligible': 'Nei, du oppfyller ikke kravene til førerrettigheter ennå.',
  'issc-validity:dates': 'Her er datoene for sertifikatet.',
  'issc-renewal:new-expiry': 'Her er den nye utløpsdatoen etter fornyelsesverifikasjonen.',
  'issc-renewal:expired': 'Sertifikatet er utløpt før datoen for fornyelsesverifikasjonen.',
  'health-certificate:valid': 'Helseerklæringen er gyldig på denne datoen.',
  'health-certificate:expired': 'Helseerklæringen er ikke gyldig på denne datoen.',
  'aps-processing:automatic': 'Søknaden kan bli utstedt automatisk eller tatt ut til stikkprøvekontroll.',
  'aps-processing:manual': 'Søknaden vil gå til manuell behandling.',
  'matros:certificate-required': 'Du må ha ferdighetssertifikat matros for denne stillingen.',
  'matros:meets': 'Ja, du oppfyller kravene til matros.',
  'matros:does-not-meet': 'Nei, du oppfyller ikke kravene til matros ennå.',
  'rating-requirements:meets': 'Ja, du oppfyller kravene til stillingen.',
  'rating-requirements:does-not-meet': 'Nei, du oppfyller ikke kravene til stillingen ennå.',
} satisfies OutcomeHeadlines;
