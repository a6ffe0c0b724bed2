/** The configuration: `.env.sample` lists every variable and loads as it is; bad values stop the start. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS, loadConfig } from '../../bot/config.js';

const sample = Object.fromEntries(
  readFileSync('.env.sample', 'utf8')
    .split('\n')
    .filter((line) => /^[A-Za-z_]+=/.test(line))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
);

describe('configuration', () => {
  it('.env.sample lists every variable, and loads as it is', () => {
    expect(Object.keys(sample).sort()).toEqual([...CONFIG_KEYS].sort());
    const config = loadConfig(sample);
    expect(config.LOSEN_SECRET).toBeUndefined();
    expect(config.TEAMS_LOCAL).toBe(false);
    expect(config.TRUST_PROXY).toBe(false);
  });

  it.each([
    ['a short LOSEN_SECRET', { LOSEN_SECRET: 'short' }, /LOSEN_SECRET/],
    ['a short STAFF_TOKEN', { STAFF_TOKEN: 'short' }, /STAFF_TOKEN/],
    ['a TRUST_PROXY that is no hop count or address', { TRUST_PROXY: 'yes please' }, /TRUST_PROXY/],
    ['a CIDR range out of bounds', { TRUST_PROXY: '10.0.0.0/33' }, /TRUST_PROXY/],
    ['MAX_CONVERSATIONS of 0', { MAX_CONVERSATIONS: '0' }, /MAX_CONVERSATIONS/],
  ])('refuses %s', (_name, env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it.each([
    ['1', true],
    ['true', true],
    ['0', false],
    ['', false],
  ])('reads TEAMS_LOCAL=%j as %s', (value, expected) => {
    expect(loadConfig({ TEAMS_LOCAL: value }).TEAMS_LOCAL).toBe(expected);
  });
});
