/**
 * What users type to steer the conversation, in both languages (lower case, whole message).
 * Matched against the whole message after trimming punctuation, so "tilbake" is a command but
 * "kan jeg gå tilbake til D6?" is a question.
 */
import type { Command } from '../../content/render.js';

export const COMMAND_PHRASES: Readonly<Record<Command, readonly string[]>> = {
  restart: [
    'start på nytt',
    'start pa nytt',
    'begynn på nytt',
    'begynn pa nytt',
    'start om igjen',
    'nytt spørsmål',
    'nullstill',
    'byrj på nytt',
    'start over',
    'restart',
    'reset',
    'new question',
    'begin again',
    'start again',
  ],
  back: [
    'tilbake',
    'gå tilbake',
    'ga tilbake',
    'angre',
    'endre svar',
    'endre forrige svar',
    'rett forrige svar',
    'back',
    'go back',
    'undo',
    'change my answer',
    'previous',
  ],
  help: ['hjelp', 'hjelp meg', 'hjelp!', 'hva kan du', 'kva kan du', 'help', 'help me', 'what can you do'],
  handoff: [
    'snakke med et menneske',
    'snakk med et menneske',
    'snakke med en person',
    'menneske',
    'saksbehandler',
    'snakke med saksbehandler',
    'kontakt sjøfartsdirektoratet',
    'få kontakt med sjøfartsdirektoratet',
    'snakke med nokon',
    'talk to a person',
    'talk to a human',
    'human',
    'person',
    'agent',
    'real person',
    'speak to someone',
    'contact a person',
  ],
};
