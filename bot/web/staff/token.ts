/**
 * The staff token on the page: asked for once when the API answers 401 although the page was
 * opened (the browser's sign-in no longer holds, e.g. the token was changed), then kept in
 * sessionStorage (gone when the tab closes, never in localStorage or a cookie) and sent as
 * `Authorization: Bearer …` with every analysis.
 */

const KEY = 'losen-staff-token';

/** The token kept for this tab, if any. */
export function savedToken(): string | undefined {
  try {
    return sessionStorage.getItem(KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Keep `token` for this tab; `undefined` forgets it (after the server refused it). */
export function keepToken(token: string | undefined): void {
  try {
    if (token) sessionStorage.setItem(KEY, token);
    else sessionStorage.removeItem(KEY);
  } catch {
    // Blocked storage: the token is asked for again on the next refusal.
  }
}

/** Request headers carrying the kept token. */
export function authHeaders(): Record<string, string> {
  const token = savedToken();
  return token ? { authorization: `Bearer ${token}` } : {};
}
