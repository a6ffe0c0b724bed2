/**
 * Building DOM without HTML strings: text only ever goes in through `textContent`, so nothing
 * the server or the user sends can become markup.
 */

type Attrs = Record<string, string | boolean | undefined>;
type Child = Node | string | undefined | false;

/** A new element with a class list, attributes (true = present, false/undefined = absent) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  attrs: Attrs = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) el.setAttribute(name, '');
    else if (typeof value === 'string') el.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return el;
}

/** Text for screen readers only. */
export const srOnly = (text: string) => h('span', 'sr-only', {}, [text]);
