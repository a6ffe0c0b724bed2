/**
 * Texts with their three languages side by side. Every user-facing text of Losen is written as
 * `{ nb, nn, en }` at the leaf, so a change to one language sits next to the others and a missing
 * language fails the type check. `byLocale` turns such a tree into one plain tree per language.
 */
import { LOCALES } from '../rules/types.js';
import type { Locale } from '../rules/types.js';

/** A leaf of a text tree: a text, or a function that writes one from its arguments. */
type Leaf = string | ((...args: never[]) => string);

/** The tree `T` with every leaf written in each language: `{ nb, nn, en }`. */
export type Localized<T> = [T] extends [Leaf]
  ? { readonly [L in Locale]: T }
  : { readonly [K in keyof T]: Localized<T[K]> };

const isLeafSet = (node: object): node is Record<Locale, Leaf> =>
  LOCALES.every(
    (l) => Object.hasOwn(node, l) && ['string', 'function'].includes(typeof (node as Record<string, unknown>)[l]),
  );

/** `tree` in one language. */
export function inLocale<T>(tree: Localized<T>, locale: Locale): T {
  const walk = (node: unknown): unknown => {
    if (node === null || typeof node !== 'object') return node;
    if (isLeafSet(node)) return node[locale];
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
  };
  return walk(tree) as T;
}

/** `tree` in every language, computed once. */
export const byLocale = <T>(tree: Localized<T>): Record<Locale, T> =>
  Object.fromEntries(LOCALES.map((l) => [l, inLocale(tree, l)])) as Record<Locale, T>;
