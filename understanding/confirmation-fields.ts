/**
 * The fields of a sea-time confirmation pasted or described in one message (seed 002/004): the
 * seafarer's name, the position, the vessel's name and call sign, and who signed it with their role
 * ("Name Juan Dela Cruz", «Stilling: lettmatros», "MV Nordlys", «kallesignal LK1234», "signed by Ole
 * Hansen, master"). Read from the text as written (names keep their capitals), only after a label;
 * a name is two to four capitalised words. Whether the signer is the seafarer follows when both
 * names are given.
 */
import { CONFIRMATION_LABELS, SELF_SIGNING_WORDS } from './lexicon/certificate-words.js';
import { escapeRegExp, wholePhrases } from './normalize.js';
import { GREETING_NAME_WORDS, OTHER_SUBJECT_WORDS } from './lexicon/discourse.js';
import { ENUM_SYNONYMS, UNIT_WORDS } from './lexicon/synonyms.js';
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
/** «Gjelder Lars Berg, født …»: the seafarer named with a birth date right after (seafarerNameBorn). */
const SEAFARER_REGARDING = new RegExp(
  String.raw`(?<![\p{L}])(?:${labels(CONFIRMATION_LABELS.seafarerNameBorn)})[ \t]+${NAME}(?=[ \t]*,?[ \t]*(?:${labels(CONFIRMATION_LABELS.born)}))`,
  'u',
);
/** "Name: Kari Lie": a bare name field, the seafarer's unless a name with a birth date says otherwise. */
const NAME_FIELD = new RegExp(
  String.raw`(?<![\p{L}])(?:${labels(CONFIRMATION_LABELS.nameField)})[ \t]*[:=]?[ \t]*${NAME}`,
  'u',
);
/** «sjekk attesten: Kari Lie, f. 02.02.1995»: a name right before its birth date. */
const SEAFARER_BORN = new RegExp(
  String.raw`(?<![\p{L}])(?!(?:${labels(CONFIRMATION_LABELS.nameField)})[ \t:])${NAME}[ \t]*[,(]?[ \t]*(?:${labels(CONFIRMATION_LABELS.bornAfterName)})[ \t]*:?[ \t]*\d`,
  'u',
);
const POSITION = new RegExp(
  String.raw`(?<![\p{L}])(?:${labels(CONFIRMATION_LABELS.position)})[ \t]*[:=][ \t]*([\p{L} -]{3,40}?)(?=[,.;\n]|$)`,
  'iu',
);
const VALUE_LINK = labels(CONFIRMATION_LABELS.valueLink);
/** «stillinga skal vere navigatør, ikkje lettmatros», "the position was AB, not lettmatros". */
/** Words that end a value said in a sentence («… navigatør, ikkje lettmatros», "navigator please"). */
const VALUE_ENDS = String.raw`(?:${labels(CONFIRMATION_LABELS.valueEnds)})(?![\p{L}])`;
const POSITION_SAID = new RegExp(
  String.raw`(?<![\p{L}])(?:${labels(CONFIRMATION_LABELS.positionSaid)})[ \t]+(?:${VALUE_LINK})[ \t]+(?!(?:${labels(CONFIRMATION_LABELS.judgements)})(?![\p{L}]))([\p{L}-]{2,30}(?:[ \t](?!${VALUE_ENDS})[\p{L}-]{2,30})?)(?=[ \t]*(?:[,.;!\n]|$|${VALUE_ENDS}))`,
  'iu',
);
const INSTEAD = CONFIRMATION_LABELS.positionInstead;
const ONE_POSITION = String.raw`([\p{L}-]{3,30})(?![\p{L}])`;
/** «det var ikke navigatør, hun var skipsfører», «ikkje navigatør men skipsførar»: the word meant, after the one denied. */
const POSITION_NOT_BUT = new RegExp(
  String.raw`(?<![\p{L}])(?:${labels(INSTEAD.denied)})[ \t]+[\p{L}-]{3,30}[ \t]*[,;]?[ \t]*(?:(?:${labels(INSTEAD.but)})[ \t]+(?:(?:${labels(INSTEAD.said)})[ \t]+)?|(?:${labels(INSTEAD.said)})[ \t]+)${ONE_POSITION}`,
  'iu',
);
/** "she was master, not navigator": the word meant, before the one denied. */
const POSITION_BUT_NOT = new RegExp(
  String.raw`(?<![\p{L}])(?:${labels(INSTEAD.said)})[ \t]+([\p{L}-]{3,30})[ \t]*[,;]?[ \t]*(?:${labels(INSTEAD.denied)})[ \t]+[\p{L}-]{3,30}(?![\p{L}])`,
  'iu',
);
/** "workboat HAVBRIS, call sign LH7788", "vessel MARIA, call sign LM5678": a capitalised name right before the call sign. */
const VESSEL_BEFORE_CALL_SIGN = new RegExp(
  String.raw`(?<![\p{L}])([A-ZÆØÅ][\p{L}-]+(?:[ \t]+[A-ZÆØÅ][\p{L}-]+)?)[ \t]*[,(]?[ \t]*(?:${labels(CONFIRMATION_LABELS.callSign)})`,
  'u',
);
/** «…, navigatør, …»: a position as an item of a pasted confirmation, between commas. */
const LISTED_POSITION = new RegExp(
  String.raw`(?:^|[,:;\n])[ \t]*(${labels(CONFIRMATION_LABELS.listedPositions)})[ \t]*(?=[,;.\n]|$|(?:on|onboard|aboard|på|om bord)(?![\p{L}]))`,
  'iu',
);
/** "position navigator", «stilling lettmatros»: a listed position right after the field's name, no colon. */
const POSITION_NAMED = new RegExp(
  String.raw`(?<![\p{L}])(?:${labels(CONFIRMATION_LABELS.positionSaid)})[ \t]+(${labels(CONFIRMATION_LABELS.listedPositions)})(?![\p{L}])`,
  'iu',
);
/** "MS Havørn LK7777 30 m", «MS Kyst, LK1212, 20 m»: the length written after the vessel's name and call sign. */
const LENGTH_UNITS = UNIT_WORDS.m.map(escapeRegExp).join('|');
const LENGTH_AFTER_VESSEL = new RegExp(
  String.raw`^[ \t]*[,(]?[ \t]*(?:(?:[A-Z]{2,4}[0-9]{1,4}|[A-Z]{4})[ \t]*[,)]?[ \t]*)?(\d{1,3}(?:[.,]\d{1,2})?)[ \t]*(?:${LENGTH_UNITS})(?![\p{L}])`,
  'u',
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
/** "change the vessel name to Nordbris", «båtnamnet er Havblikk»: a capitalised name after the field said. */
const VESSEL_SAID = new RegExp(
  String.raw`(?<![\p{L}])(?:${labels(CONFIRMATION_LABELS.vesselNameSaid)})(?:[ \t]+(?:${VALUE_LINK}))+[ \t]+(${VESSEL_NAME})`,
  'u',
);
/** "vessel Sjøbris LK7788", «fartøy Havørn»: a capitalised name right after the word for the vessel. */
const VESSEL_NAMED = new RegExp(
  String.raw`(?<![\p{L}])(?:${labels(CONFIRMATION_LABELS.vessel)})[ \t]+(${VESSEL_NAME})`,
  'u',
);
/** Capitalised words after «vessel» that are no vessel's name ("vessel Norwegian flag"). */
const NOT_VESSEL_NAMES: ReadonlySet<string> = new Set(CONFIRMATION_LABELS.notVesselNames);
const namedVessel = (text: string): RegExpExecArray | null => {
  const m = VESSEL_NAMED.exec(text);
  return m?.[1] && !NOT_VESSEL_NAMES.has(m[1].split(/[ \t]/)[0] ?? '') ? m : null;
};
const CALL_SIGN = new RegExp(
  String.raw`(?<![\p{L}])(?:${labels(CONFIRMATION_LABELS.callSign)})[ \t]*[:=]?[ \t]*([A-Za-z0-9]{4,7})(?![\p{L}\p{N}])`,
  'iu',
);
/**
 * «kallesignalet er feil, det er LABC4», "the call sign should be LNOR5": a few words after the label,
 * a code written as call signs are (capitals with digits, or four capitals).
 */
const CALL_SIGN_SAID = new RegExp(
  String.raw`(?<![\p{L}])(?:${labels(CONFIRMATION_LABELS.callSign)})(?:et|en|s)?(?![\p{L}])[^.\n]{0,30}?(?<![\p{L}\p{N}])([A-Z]{1,4}[0-9]{1,5}[A-Z]?|[A-Z]{4})(?![\p{L}\p{N}])`,
  'u',
);
/** "MV Nordlys LJKQ", «MS Tind (LM4455, …)»: a call sign right after the vessel's name (letters, or letters and digits). */
const AFTER_NAME = /^[ \t]*[,(]?[ \t]*([A-Z]{2,4}[0-9]{1,4}|[A-Z]{4})(?![\p{L}\p{N}])/u;
const SIGNER = new RegExp(
  String.raw`(?<![\p{L}])(?:${labels(CONFIRMATION_LABELS.signedBy)})[ \t]*:?[ \t]*(?:(?:${labels(CONFIRMATION_LABELS.self)})[ \t]*,[ \t]*)?(?:(?:${labels(CONFIRMATION_LABELS.ourBeforeRole)})[ \t]+)?(?:(${labels(CONFIRMATION_LABELS.roleBeforeName)})[ \t]+)?${NAME}(?:[ \t]*(?:,|\()[ \t]*([\p{L} -]{3,40}?)(?=[,.;)\n]|$))?`,
  'iu',
);

const ROLE_BEFORE_NAME = labels(CONFIRMATION_LABELS.roleBeforeName);
/** "I am the master, name Per Olsen", «eg er skipper Per Olsen»: the writer signs, in that role. */
const SELF_ROLE_NAME = new RegExp(
  String.raw`(?<![\p{L}])(?:${labels(CONFIRMATION_LABELS.selfIntro)})[ \t]+(?:(?:${labels(CONFIRMATION_LABELS.roleArticle)})[ \t]+)?(${ROLE_BEFORE_NAME})[ \t]*,?[ \t]*(?:(?:${labels(CONFIRMATION_LABELS.nameLink)})[ \t]*:?[ \t]*)?${NAME}`,
  'iu',
);
/** "I am Per Olsen, the master": name, then role. */
const SELF_NAME_ROLE = new RegExp(
  String.raw`(?<![\p{L}])(?:${labels(CONFIRMATION_LABELS.selfIntro)})[ \t]+${NAME}[ \t]*,?[ \t]*(?:(?:${labels(CONFIRMATION_LABELS.roleArticle)})[ \t]+)?(${ROLE_BEFORE_NAME})(?![\p{L}])`,
  'iu',
);
/** "I sign, Kari Nilsen, daglig leder": the writer signs, their name, then maybe their role. */
const SELF_SIGNS = new RegExp(
  String.raw`(?<![\p{L}])(?:${labels(CONFIRMATION_LABELS.selfSigns)})[ \t]*[,:]?[ \t]*${NAME}(?:[ \t]*,[ \t]*([\p{L} -]{3,40}?)(?=[,.;)\n]|$| (?:of|for|i|hos|at)(?![\p{L}])))?`,
  'iu',
);
/** "Captain Nils Berg will sign": a role, a name, and that they sign. */
const ROLE_NAME_SIGNS = new RegExp(
  String.raw`(?<![\p{L}])(${ROLE_BEFORE_NAME})[ \t]+${NAME}[ \t]+(?:${labels(CONFIRMATION_LABELS.willSign)})(?![\p{L}])`,
  'iu',
);
/** "Piotr Nowak, I am the owner of the boat": a name, then the writer saying their role. */
const NAME_SELF_ROLE = new RegExp(
  String.raw`${NAME}[ \t]*,[ \t]*(?:${labels(CONFIRMATION_LABELS.selfIntro)})[ \t]+(?:(?:${labels(CONFIRMATION_LABELS.roleArticle)})[ \t]+)?(${ROLE_BEFORE_NAME})(?![\p{L}])`,
  'u',
);

/**
 * A position put right in a sentence is a common noun: «ikke Holmen men Holm» puts a vessel's name
 * right, never the position (names are capitalised; a position is written in lowercase).
 */
const lowercase = (m: RegExpExecArray | null): RegExpExecArray | null =>
  m?.[1] && !/\p{Lu}/u.test(m[0].slice(1)) ? m : null;

/** Adds field `key` with `value`, stated where `m` matched (module-level: tsx names each closure made). */
const put = (out: Found[], key: string, value: unknown, m: RegExpExecArray): number =>
  out.push({ key, value, start: m.index, end: m.index + m[0].length });

/**
 * The confirmation's fields `text` states, for the facts of `signerRoles` (the rule's roles); `asked`
 * is the fact asked, if any.
 */
export function confirmationFields(text: string, signerRoles: readonly string[], asked?: string): Found[] {
  const out: Found[] = [];
  // "I am the master, name Per Olsen … my deckhand Juan Cruz born 3.4.1995": the name with a birth
  // date is the seafarer's before a bare name field.
  const seafarerLabelled = SEAFARER.exec(text) ?? SEAFARER_REGARDING.exec(text) ?? SEAFARER_BORN.exec(text);
  const bare = seafarerLabelled ? null : NAME_FIELD.exec(text);
  // ("my brother, co-owner, signs. name Omar Hassan" while the signer's name is asked: a bare name
  // field is the name asked, never the seafarer's.)
  const seafarer = asked === 'signerName' ? seafarerLabelled : (seafarerLabelled ?? bare);
  if (seafarer?.[1]) put(out, 'seafarerName', seafarer[1], seafarer);
  const position =
    POSITION.exec(text) ??
    SERVED_AS.exec(text) ??
    POSITION_SAID.exec(text) ??
    lowercase(POSITION_NOT_BUT.exec(text)) ??
    lowercase(POSITION_BUT_NOT.exec(text)) ??
    POSITION_NAMED.exec(text) ??
    LISTED_POSITION.exec(text);
  if (position?.[1]) put(out, 'position', position[1].trim(), position);
  const vessel = VESSEL.exec(text) ?? VESSEL_SAID.exec(text) ?? VESSEL_BEFORE_CALL_SIGN.exec(text) ?? namedVessel(text);
  const vesselName = vessel?.[1] ?? vessel?.[2];
  if (vessel && vesselName) put(out, 'vesselName', vesselName, vessel);
  const labelled = CALL_SIGN.exec(text);
  const callSign = labelled?.[1] && /\d|^[A-Za-z]{4}$/.test(labelled[1]) ? labelled : CALL_SIGN_SAID.exec(text);
  if (callSign?.[1]) put(out, 'callSign', callSign[1].toUpperCase(), callSign);
  else if (vessel) {
    // "MV Nordlys LJKQ": the call sign written right after the vessel's name.
    const next = AFTER_NAME.exec(text.slice(vessel.index + vessel[0].length));
    if (next?.[1])
      out.push({ key: 'callSign', value: next[1], start: vessel.index, end: vessel.index + vessel[0].length });
  }
  if (vessel) {
    const length = LENGTH_AFTER_VESSEL.exec(text.slice(vessel.index + vessel[0].length));
    const metres = length?.[1] ? Number(length[1].replace(',', '.')) : Number.NaN;
    if (length && Number.isFinite(metres) && metres > 0) {
      const at = vessel.index + vessel[0].length + length.index;
      out.push({ key: 'lengthOverall', value: metres, start: at, end: at + length[0].length });
    }
  }
  const signer = signedBy(text);
  const signerName = signer?.name ? nameAfterSelf(signer.name) : undefined;
  if (asked === 'signerName' && bare?.[1] && !signerName) put(out, 'signerName', bare[1], bare);
  if (signer && signerName) {
    put(out, 'signerName', signerName, signer.m);
    const said = signer.role;
    const role = said ? parseEnum('signerRole', signerRoles, said) : undefined;
    if (role) put(out, 'signerRole', role, signer.m);
    if (seafarer?.[1]) put(out, 'signerIsSeafarer', sameName(seafarer[1], signerName), signer.m);
  }
  return out;
}

/** "Piotr Nowak, office manager", «Kari Berg (revisor)»: a name, then a role, and nothing else. */
const NAME_COMMA_ROLE = new RegExp(
  String.raw`^\s*${NAME}[ \t]*[,(–-][ \t]*([\p{L}][\p{L} -]{1,40}?)[ \t]*\)?[ \t]*[.!]?\s*$`,
  'u',
);

/** The name and the signer's role of a reply that says both ("Piotr Nowak, office manager"), or undefined. */
export function nameAndRole(
  text: string,
  signerRoles: readonly string[],
): { name: string; role: string; start: number; end: number } | undefined {
  // («jeg signerer selv, Lise Berg, daglig leder i rederiet»: the writer saying they sign, first.)
  const lead = SELF_SIGNING_LEAD.exec(text)?.[0].length ?? 0;
  const m = NAME_COMMA_ROLE.exec(text.slice(lead));
  const name = m?.[1];
  const said = m?.[2];
  if (!m || !name || !said) return undefined;
  const role = parseEnum('signerRole', signerRoles, said);
  return role ? { name, role: String(role), start: lead + m.index, end: lead + m.index + m[0].length } : undefined;
}
/** «jeg signerer selv, …», "I sign it myself, …" opening a reply. */
const SELF_SIGNING_LEAD = new RegExp(
  String.raw`^\s*(?:(?:jeg|eg|i)[ \t]+)?(?:${labels(SELF_SIGNING_WORDS.weak)})[ \t]*[,:][ \t]*`,
  'iu',
);

/** Who signed, with the role said: after a label ("signed by"), or the writer saying who they are. */
function signedBy(text: string): { m: RegExpExecArray; name: string; role: string | undefined } | undefined {
  const label = SIGNER.exec(text);
  if (label?.[2]) return { m: label, name: label[2], role: label[3] ?? label[1] ?? roleAfterName(label[2]) };
  const roleFirst = SELF_ROLE_NAME.exec(text);
  if (roleFirst?.[2] && nameAfterSelf(roleFirst[2])) return { m: roleFirst, name: roleFirst[2], role: roleFirst[1] };
  const nameFirst = SELF_NAME_ROLE.exec(text) ?? NAME_SELF_ROLE.exec(text);
  if (nameFirst?.[1] && nameAfterSelf(nameFirst[1])) return { m: nameFirst, name: nameFirst[1], role: nameFirst[2] };
  const signs = SELF_SIGNS.exec(text);
  if (signs?.[1] && nameAfterSelf(signs[1])) return { m: signs, name: signs[1], role: signs[2] };
  const roleSigns = ROLE_NAME_SIGNS.exec(text);
  if (roleSigns?.[2] && nameAfterSelf(roleSigns[2])) return { m: roleSigns, name: roleSigns[2], role: roleSigns[1] };
  return undefined;
}

/**
 * «signert Kari Berg revisor»: the lowercase words the name pattern took after the name (it ignores
 * case), the signer's role when they are one.
 */
function roleAfterName(said: string): string | undefined {
  const words = said
    .replace(SELF, '')
    .trim()
    .split(/[ \t]+/);
  const end = words.findIndex((w) => !/^[A-ZÆØÅ]/u.test(w));
  return end >= 2 ? words.slice(end).join(' ') : undefined;
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
  // ("Dear Losen, I am skipper …": a greeting to Losen is no one's name.)
  if (kept.some((w) => NOT_NAME_WORDS.has(w.toLowerCase()))) return undefined;
  return kept.length >= 2 ? kept.join(' ') : undefined;
}
/** Words that are never part of a person's name: greetings, and Losen itself. */
const NOT_NAME_WORDS: ReadonlySet<string> = new Set(GREETING_NAME_WORDS);

const sameName = (a: string, b: string): boolean =>
  a.toLowerCase().replace(/\s+/g, ' ').trim() === b.toLowerCase().replace(/\s+/g, ' ').trim();

const SIGNS_SELF = wholePhrases(SELF_SIGNING_WORDS.weak);
const OWN_CONFIRMATION = wholePhrases(SELF_SIGNING_WORDS.own);
/** A signer role's words other than the seafarer's own ("other"), from the signer-role synonyms. */
const SIGNER_ROLE_WORDS = Object.entries(ENUM_SYNONYMS.signerRole)
  .filter(([role]) => role !== 'other')
  .flatMap(([, words]) => words);
const SIGNS_FOR_OTHERS = wholePhrases([
  ...SELF_SIGNING_WORDS.forOthers,
  ...SELF_SIGNING_WORDS.asRole.flatMap((as) => SIGNER_ROLE_WORDS.map((role) => `${as} ${role}`)),
  ...OTHER_SUBJECT_WORDS.person,
]);
/** «signerer selv for Nils», "sign it myself for Piotr": for someone else named. */
const SELF_FOR_NAME = /(?<![a-z])(?:selv|sjolv|myself) for (?!meg|my|myself|me)[a-z]{2,}/;

/**
 * «eg signerer sjølv, eg er dagleg leiar og ho er dotter mi», "jeg som eier signerer selv for Nils":
 * the writer signs as the company or for another person, so the seafarer is not said to sign; a
 * `signerIsSeafarer` read from "signing oneself" alone is left out (it is asked). The writer's own
 * confirmation («for meg sjølv», "my own") keeps it.
 */
export function signerUnsettled<F extends { key: string; value: unknown }>(folded: string, found: readonly F[]): F[] {
  if (!found.some((f) => f.key === 'signerIsSeafarer' && f.value === true) || !SIGNS_SELF.test(folded))
    return [...found];
  if (OWN_CONFIRMATION.test(folded) || !(SIGNS_FOR_OTHERS.test(folded) || SELF_FOR_NAME.test(folded)))
    return [...found];
  return found.filter((f) => f.key !== 'signerIsSeafarer');
}
