/**
 * The words of a text as the spelling check sees them. Addresses (web, e-mail), numbers and
 * codes with a digit in them (D6, KS-0308, A19.1.1, 725/2004) are not words and are left out;
 * a hyphenated word is checked part by part (D6-sertifikatet, gass-, sea-time), and single
 * letters are left out (à, e-post, I-ISSC).
 */

/** Web and e-mail addresses: not words. */
const ADDRESS = /\bhttps?:\/\/\S+|[\w.+-]+@[\w-]+(\.[\w-]+)+/g;
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** The words of `text`, without the `phrases` that are allowed as a whole. */
export function wordsOf(text: string, phrases: readonly string[] = []): string[] {
  let rest = text.replace(ADDRESS, ' ');
  for (const phrase of phrases) rest = rest.split(phrase).join(' ');
  return (rest.match(TOKEN) ?? []).flatMap((token) =>
    token
      .replace(/’/g, "'")
      .split('-')
      .map((part) => part.replace(/^'+/, '').replace(/(?<!s)'+$/, ''))
      .filter((part) => part.length > 1 && !/\d/.test(part)),
  );
}
