/**
 * Removes personal identifiers from text kept for a hand-off: Norwegian national identity numbers
 * (fødselsnummer, 11 digits), e-mail addresses and phone numbers. Names and dates of birth that a
 * sea-time confirmation needs are kept; these three are never needed by a rule.
 */
const NATIONAL_ID = /\b\d{6}\s?\d{5}\b/g;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
/** +47 / 0047 and 8-digit Norwegian numbers in common groupings, and other international numbers. */
const PHONE = /(?:(?:\+|00)\d{1,3}[\s-]?)?(?:\d[\s-]?){7,11}\d\b/g;

export const REDACTED = '[…]';

/** Dates (2026-05-01, 01.05.2026) look like digit runs too, and are kept. */
const DATE = /^\s*(\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})\s*$/;

export function redact(text: string): string {
  return text
    .replace(EMAIL, REDACTED)
    .replace(NATIONAL_ID, REDACTED)
    .replace(PHONE, (m) => (!DATE.test(m) && m.replace(/\D/g, '').length >= 8 ? REDACTED : m));
}
