/**
 * The fields of a sea-time confirmation pasted or described in one message (seed 002/004): the
 * seafarer's name, the position, the vessel's name and call sign, and who signed it with their role
 * ("Name Juan Dela Cruz", «Stilling: lettmatros», "MV Nordlys", «kallesignal LK1234», "signed by Ole
 * Hansen, master"). Read from the text as written (names keep their capitals), only after a label;
 * a name is two to four capitalised words. Whether the signer is the seafarer follows when both
 * names are given.
 */
import { CONFIRMATION_LABELS } from './lexicon/certificate-words.js';
import { escapeRegExp } from './normalize.js';
import { parseEnum } from './words.js';

/** A fact found, with where it stands in the text. */
type Found = { key: string; value: unknown; start: number; end: number };

/** An alternation of labels as written (spaces flexible), also capitalised for the case-sensitive patterns. */
const labels = (list: readonly string[]): string =>
  [...new Set(list.flatMap((l) => [l, l.charAt(0).toUpperCase() + l.slice(1)]))]
    .sort((a, b) => b.length - a.length)
    .map((l) => escapeRegExp(l).replace(/ /g, String.raw`[ \t]?`))
    .join('|');

const NAME = String.raw`([A-ZÆØÅ][\p{L}'’-]+(?:[ \t]+[A-ZÆØÅ][\p{L}'’-]+){1,3})`;
// Case-sensitive, so a name is capitalised ("for my employee" names no one); the labels are listed
// capitalised too.
const SEAFARER = new RegExp(
  String.raw`(?<![\p{L}])(?:${labels(CONFIRMATION_LABELS.seafarerName)})[ \t]*[:=]?[ \t]*${NAME}`,
  'u',
);
/** «sjekk attesten: Kari Lie, f. 02.02.1995»: a name right before its birth date. */
const SEAFARER_BORN = new RegExp(
  String.raw`${NAME}[ \t]*,?[ \t]*(?:${labels(CONFIRMATION_LABELS.bornAfterName)})[ \t]*\d`,
  'u',
);
const POSITION = new RegExp(
  String.raw`(?<![\p{L}])(?:${labels(CONFIRMATION_LABELS.position)})[ \t]*[:=][ \t]*([\p{L} -]{3,40}?)(?=[,.;\n]|$)`,
  'iu',
);
const SERVED_AS = new RegExp(
  String.raw`(?<![\p{L}])(?:${labels(CONFIRMATION_LABELS.servedAs)})[ \t]+([\p{L}-]{3,30})(?![\p{L}])`,
  'iu',
);
const VESSEL_LABEL = labels(CONFIRMATION_LABELS.vessel);
const VESSEL_NAME = String.raw`[A-ZÆØÅ][\p{Ll}-]+(?:[ \t]+[A-ZÆØÅ][\p{Ll}-]+)?`;
const VESSEL = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:${VESSEL_LABEL})[ \t]*[:=][ \t]*)?((?:${CONFIRMATION_LABELS.vesselPrefixes.map(escapeRegExp).join('|')})[ \t]+${VESSEL_NAME})|(?<![\p{L}])(?:${VESSEL_LABEL})[ \t]*[:=][ \t]*(${VESSEL_NAME})`,
  'u',
);
const CALL_SIGN = new RegExp(
  String.raw`(?<![\p{L}])(?:${labels(CONFIRMATION_LABELS.callSign)})[ \t]*[:=]?[ \t]*([A-Za-z0-9]{4,7})(?![\p{L}\p{N}])`,
  'iu',
);
/** "MV Nordlys LJKQ", «MS Tind (LM4455, …)»: a call sign right after the vessel's name (letters, or letters and digits). */
const AFTER_NAME = /^[ \t]*[,(]?[ \t]*([A-Z]{2,3}[0-9]{2,4}|[A-Z]{4})(?![\p{L}\p{N}])/u;
const SIGNER = new RegExp(
  String.raw`(?<![\p{L}])(?:${labels(CONFIRMATION_LABELS.signedBy)})[ \t]*:?[ \t]*(?:(${labels(CONFIRMATION_LABELS.roleBeforeName)})[ \t]+)?${NAME}(?:[ \t]*(?:,|\()[ \t]*([\p{L} -]{3,40}?)(?=[,.;)\n]|$))?`,
  'iu',
);

/** Adds field `key` with `value`, stated where `m` matched (module-level: tsx names each closure made). */
const put = (out: Found[], key: string, value: unknown, m: RegExpExecArray): number =>
  out.push({ key, value, start: m.index, end: m.index + m[0].length });

/** The confirmation's fields `text` states, for the facts of `signerRoles` (the rule's roles). */
export function confirmationFields(text: string, signerRoles: readonly string[]): Found[] {
  const out: Found[] = [];
  const seafarer = SEAFARER.exec(text) ?? SEAFARER_BORN.exec(text);
  if (seafarer?.[1]) put(out, 'seafarerName', seafarer[1], seafarer);
  const position = POSITION.exec(text) ?? SERVED_AS.exec(text);
  if (position?.[1]) put(out, 'position', position[1].trim(), position);
  const vessel = VESSEL.exec(text);
  const vesselName = vessel?.[1] ?? vessel?.[2];
  if (vessel && vesselName) put(out, 'vesselName', vesselName, vessel);
  const callSign = CALL_SIGN.exec(text);
  if (callSign?.[1] && /\d|^[A-Za-z]{4}$/.test(callSign[1])) put(out, 'callSign', callSign[1].toUpperCase(), callSign);
  else if (vessel) {
    // "MV Nordlys LJKQ": the call sign written right after the vessel's name.
    const next = AFTER_NAME.exec(text.slice(vessel.index + vessel[0].length));
    if (next?.[1])
      out.push({ key: 'callSign', value: next[1], start: vessel.index, end: vessel.index + vessel[0].length });
  }
  const signer = SIGNER.exec(text);
  const signerName = signer?.[2] ? nameAfterSelf(signer[2]) : undefined;
  if (signer && signerName) {
    put(out, 'signerName', signerName, signer);
    const said = signer[3] ?? signer[1];
    const role = said ? parseEnum('signerRole', signerRoles, said) : undefined;
    if (role) put(out, 'signerRole', role, signer);
    if (seafarer?.[1]) put(out, 'signerIsSeafarer', sameName(seafarer[1], signerName), signer);
  }
  return out;
}

const SELF = new RegExp(String.raw`^(?:(?:${labels(CONFIRMATION_LABELS.self)})[ \t]+)+`, 'iu');
/**
 * The signer's name without the words by which the writer points to themselves («meg selv Ola
 * Nilsen» is Ola Nilsen) and the words after it; undefined when no name of two words or more is left.
 */
function nameAfterSelf(name: string): string | undefined {
  const words = name
    .replace(SELF, '')
    .trim()
    .split(/[ \t]+/);
  // Capitalised words only ("Ola Nilsen som eier" is Ola Nilsen; the pattern ignores case).
  const end = words.findIndex((w) => !/^[A-ZÆØÅ]/u.test(w));
  const kept = end < 0 ? words : words.slice(0, end);
  return kept.length >= 2 ? kept.join(' ') : undefined;
}

const sameName = (a: string, b: string): boolean =>
  a.toLowerCase().replace(/\s+/g, ' ').trim() === b.toLowerCase().replace(/\s+/g, ' ').trim();
