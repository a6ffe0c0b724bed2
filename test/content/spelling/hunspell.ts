/**
 * Spelling against Debian's hunspell dictionaries (`hunspell-no`: nb_NO and nn_NO; `hunspell-en-gb`:
 * en_GB), through the `hunspell` program: one process per dictionary and batch, so each
 * dictionary is loaded once per batch and the whole check stays well under a second or two.
 *
 * Norwegian writes compounds as one word and makes new ones freely (sjømannslege,
 * fartstidsdagar), but hunspell-no only joins words it has flagged for compounding, so it
 * rejects most compounds of our domain. A Norwegian word unknown to the dictionary is therefore
 * also accepted when it splits into words the same dictionary knows, each at least three letters
 * long, optionally joined by the linking letter s or e (sjømann-s-lege). Both halves must be words
 * of that written standard, so a bokmål word in nynorsk (fornyelse, sikkerhet) still fails.
 *
 * The nn_NO dictionary also knows many bokmål spellings as other words or old side forms (ble,
 * timer, gjelder); those are flagged in nynorsk by a short list, `BOKMAL_FORMS_IN_NYNORSK`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Locale } from '../../../rules/types.js';

/** The Debian dictionary each language is checked against. */
export const DICTIONARY: Record<Locale, string> = { nb: 'nb_NO', nn: 'nn_NO', en: 'en_GB' };

const DICTIONARY_DIR = '/usr/share/hunspell';

/** Why the check cannot run here (a missing program or dictionary), or undefined when it can. */
export function missingTools(): string | undefined {
  const program = spawnSync('hunspell', ['-v'], { encoding: 'utf8' });
  if (program.error) return 'the hunspell program is not installed (Debian package "hunspell")';
  for (const name of Object.values(DICTIONARY))
    if (!existsSync(`${DICTIONARY_DIR}/${name}.dic`))
      return `the ${name} dictionary is missing (hunspell-no, hunspell-en-gb)`;
  return undefined;
}

/** The words among `words` that the dictionary `name` does not know (one hunspell run, one word a line). */
function unknownTo(name: string, words: readonly string[]): Promise<Set<string>> {
  if (words.length === 0) return Promise.resolve(new Set());
  return new Promise((resolve, reject) => {
    const child = spawn('hunspell', ['-d', `${DICTIONARY_DIR}/${name}`, '-i', 'utf-8', '-l']);
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      err += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(new Set(out.split('\n').filter(Boolean))) : reject(new Error(`hunspell -d ${name}: ${err}`)),
    );
    child.stdin.end(`${words.join('\n')}\n`);
  });
}

/** Shortest part of a compound: three letters keep one- and two-letter words (i, på) out of it. */
const MIN_PART = 3;
const LINKING = new Set(['s', 'e']);
/**
 * Bokmål forms the nn_NO dictionary accepts, as homographs of other words (ble 'nappy', timer,
 * tar 'tar', disse 'to swing') or as side forms the 2012 norm dropped, but which are bokmål where
 * Losen would write them. Written in nynorsk they are errors: blei, timar, heile, mykje, eigen,
 * annan, framleis, enno, gjeld, treng, kjem, finst, trengst, synest, svarar, tek, fekk, gjekk, gjer,
 * veit, ligg, reknar, tel, veke, stad, månad, berre, lagar, desse, mellombels.
 */
const BOKMAL_FORMS_IN_NYNORSK: ReadonlySet<string> = new Set([
  'ble',
  'timer',
  'hele',
  'mye',
  'egen',
  'egne',
  'annen',
  'fortsatt',
  'ennå',
  'gjelder',
  'trenger',
  'kommer',
  'finnes',
  'fins',
  'trengs',
  'synes',
  'svarer',
  'tar',
  'fikk',
  'gikk',
  'gjør',
  'vet',
  'ligger',
  'regner',
  'regnet',
  'teller',
  'uke',
  'uker',
  'sted',
  'steder',
  'måned',
  'måneden',
  'måneder',
  'bare',
  'lager',
  'disse',
  'midlertidig',
  'midlertidige',
]);

/**
 * Parts that nynorsk has as words of their own (het, hets 'harassment'), so that a bokmål -het or
 * -else word is not let through as a compound (sikker + het, sikker + hets + bemanningen).
 */
const NOT_A_COMPOUND_PART: Record<Locale, ReadonlySet<string>> = {
  nb: new Set(),
  nn: new Set(['het', 'hets', 'heten', 'heter', 'hetene', 'else', 'elses', 'elsen', 'elser', 'elsene']),
  en: new Set(),
};

/** Every substring of `word` at least `MIN_PART` long: the candidate parts of a compound. */
function parts(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) for (let j = i + MIN_PART; j <= word.length; j++) out.push(word.slice(i, j));
  return out;
}

/**
 * The words among `words` that are misspelt in `locale`: unknown to its dictionary (and not in
 * `alsoKnown`, the reviewed allow-list, which also allows its words capitalised at the start of a
 * sentence) and, in Norwegian, not a compound of known words either.
 */
export async function misspelt(
  locale: Locale,
  words: Iterable<string>,
  alsoKnown: ReadonlySet<string> = new Set(),
): Promise<Set<string>> {
  const allowed = (w: string) => alsoKnown.has(w) || alsoKnown.has(w.charAt(0).toLocaleLowerCase('nb') + w.slice(1));
  const unique = [...new Set(words)].filter((w) => !allowed(w));
  const unknown = await unknownTo(DICTIONARY[locale], unique);
  if (locale === 'nn')
    for (const w of unique) if (BOKMAL_FORMS_IN_NYNORSK.has(w.toLocaleLowerCase('nb'))) unknown.add(w);
  if (locale === 'en' || unknown.size === 0) return unknown;

  const lower = [...unknown].map((w) => w.toLocaleLowerCase('nb'));
  const candidates = [...new Set(lower.flatMap(parts))].filter((w) => !alsoKnown.has(w));
  const unknownParts = await unknownTo(DICTIONARY[locale], candidates);
  const banned = NOT_A_COMPOUND_PART[locale];
  const known = (w: string) => w.length >= MIN_PART && !banned.has(w) && (alsoKnown.has(w) || !unknownParts.has(w));
  const memo = new Map<string, boolean>();
  const compound = (w: string, whole: boolean): boolean => {
    const key = `${whole}:${w}`;
    const seen = memo.get(key);
    if (seen !== undefined) return seen;
    let ok = !whole && known(w);
    for (let i = MIN_PART; !ok && i <= w.length - MIN_PART; i++) {
      if (!known(w.slice(0, i))) continue;
      const rest = w.slice(i);
      ok = compound(rest, false) || (LINKING.has(rest.charAt(0)) && compound(rest.slice(1), false));
    }
    memo.set(key, ok);
    return ok;
  };
  return new Set(
    [...unknown].filter(
      (w) => BOKMAL_FORMS_IN_NYNORSK.has(w.toLocaleLowerCase('nb')) || !compound(w.toLocaleLowerCase('nb'), true),
    ),
  );
}
