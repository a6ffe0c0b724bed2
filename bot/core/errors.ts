/**
 * What the JSON log keeps of an error: its kind, its message (cut short) and its stack, for
 * operators. Errors come from our code and libraries; message text a user wrote is never put in one.
 */
export function errorFields(error: unknown): { name: string; message: string; stack?: string } {
  if (!(error instanceof Error)) return { name: typeof error, message: 'non-error thrown' };
  return { name: error.name, message: error.message.slice(0, 500), ...(error.stack ? { stack: error.stack } : {}) };
}
