/**
 * Ages from Norwegian national identity numbers (fødselsnummer, 11 digits) in an enquiry. The
 * first six digits are the birth date (DDMMYY); the individual number (digits 7–9) gives the
 * century; the last two are check digits (modulus 11). D-numbers add 4 to the first digit of the
 * day; H-numbers and synthetic test numbers add 40 or 80 to the month.
 *
 * Only the ages leave this module: the number and the birth date are never returned, stored or
 * echoed, so a draft can say "under 18" without repeating the number.
 */

const CANDIDATE = /(?<![\d-])(\d{6})\s?(\d{5})(?![\d-])/g;
const W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function checkDigit(digits: readonly number[], weights: readonly number[]): number | undefined {
  const sum = weights.reduce((acc, w, i) => acc + w * (digits[i] ?? 0), 0);
  const k = 11 - (sum % 11);
  return k === 11 ? 0 : k === 10 ? undefined : k;
}

/** The century of a birth year `yy` with individual number `individual` (Skatteetaten's ranges). */
function century(individual: number, yy: number): number | undefined {
  if (individual <= 499) return 1900;
  if (individual <= 749 && yy >= 54) return 1800;
  if (yy <= 39) return 2000;
  if (individual >= 900 && yy >= 40) return 1900;
  return undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The ISO birth date in an 11-digit identity number, or undefined when it is not a valid one. */
export function birthDateOf(id: string): string | undefined {
  if (!/^\d{11}$/.test(id)) return undefined;
  const d = [...id].map(Number);
  if (checkDigit(d, W1) !== d[9] || checkDigit(d, W2) !== d[10]) return undefined;
  let day = Number(id.slice(0, 2));
  let month = Number(id.slice(2, 4));
  const yy = Number(id.slice(4, 6));
  if (day > 40) day -= 40;
  if (month > 80) month -= 80;
  else if (month > 40) month -= 40;
  const c = century(Number(id.slice(6, 9)), yy);
  if (c === undefined) return undefined;
  const iso = `${c + yy}-${pad(month)}-${pad(day)}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? undefined : iso;
}

/** Whole years from ISO date `birth` to ISO date `on`. */
export function ageOn(birth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on.slice(5) < birth.slice(5) ? years - 1 : years;
}

/**
 * The one birth date the valid identity numbers in `text` agree on, or undefined when there is
 * none or they belong to different people (then no age is derived at all).
 */
export function birthDateIn(text: string): string | undefined {
  const dates = new Set<string>();
  for (const m of text.matchAll(CANDIDATE)) {
    const birth = birthDateOf(`${m[1]}${m[2]}`);
    if (birth) dates.add(birth);
  }
  return dates.size === 1 ? [...dates][0] : undefined;
}
