/**
 * The README as a newcomer reads it: its links into the repository lead somewhere (the contract
 * among them, in docs/), it names the three languages, keeps the two set-up commands, and the
 * settings it documents for the insights are in .env.sample.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(`${ROOT}README.md`, 'utf8');

/** Relative Markdown link targets, without anchors. */
const localLinks = [...readme.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
  .map((m) => m[1] ?? '')
  .filter((href) => href && !/^[a-z]+:/i.test(href));

describe('README', () => {
  it('links the contract inside the repository, and never outside it', () => {
    expect(localLinks).toContain('docs/contract.md');
    expect(readme).not.toContain('../shared');
    expect(readFileSync(`${ROOT}docs/contract.md`, 'utf8')).toMatch(/^# Contract/);
  });

  it.each(localLinks)('links to %s, which exists', (href) => {
    expect(existsSync(`${ROOT}${href}`)).toBe(true);
  });

  it('names the three languages', () => {
    for (const language of ['bokmål', 'nynorsk', 'English']) expect(readme).toContain(language);
  });

  it('keeps the two set-up commands', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
  });

  it.each(['STAFF_TOKEN', 'INSIGHTS_RETENTION_DAYS'])('documents %s, and .env.sample has it', (name) => {
    expect(readme).toContain(name);
    expect(readFileSync(`${ROOT}.env.sample`, 'utf8')).toMatch(new RegExp(`^${name}=`, 'm'));
  });
});
