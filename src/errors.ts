/**
 * The catalogue of stable error codes. CLI exit reasons, API JSON errors and per-document
 * diagnostics all use these codes, so scripts can match on them.
 */
export const ERRORS = {
  ORBIT_E_NOT_FOUND: 'The input path does not exist',
  ORBIT_E_EMPTY: 'The input is empty',
  ORBIT_E_TOO_LARGE: 'The input is larger than the size limit',
  ORBIT_E_BINARY: 'The input looks like binary data, not text',
  ORBIT_E_DECODE: 'The input could not be decoded as text',
  ORBIT_E_MALFORMED: 'The input is malformed for its format',
  ORBIT_E_NO_ITEMS: 'The feed or JSON input contains no articles',
  ORBIT_E_NO_TEXT: 'No article text was found in the input',
  ORBIT_E_READ: 'The input could not be read',
  ORBIT_E_STORE: 'The store could not be opened or written',
  ORBIT_E_STORE_BUSY: 'The embedded store is in use by another process (one writer per store)',
  ORBIT_E_TIMEOUT: 'The work took longer than its time budget and was stopped',
  ORBIT_E_BUSY: 'The server is saturated; retry after the time it names',
  ORBIT_E_WRITE: 'The output file could not be written',
  ORBIT_E_USAGE: 'The command was called with invalid arguments',
  ORBIT_E_PORT_IN_USE: 'The port the server should listen on is already in use (choose another with --port)',
  ORBIT_E_UNKNOWN_ID: 'No document or entity has this id or name',
  ORBIT_E_INTERNAL: 'An unexpected internal error',
  // Warnings: the document was stored, but something about it is unknown or suspicious.
  ORBIT_W_NO_DATE: 'No publication date was found; it stays unknown',
  ORBIT_W_BAD_DATE: 'A date on the page is impossible (e.g. 31.02.2022) and was ignored',
  ORBIT_W_NO_TITLE: 'No headline was found; the title stays unknown',
  ORBIT_W_HTML_DEPTH:
    'The HTML nests elements beyond the parser limits; deeper markup was flattened or dropped',
} as const;

export type ErrorCode = keyof typeof ERRORS;

/** An error that is data: a stable code, a message, and a hint for the user. */
export class OrbitError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;
  constructor(code: ErrorCode, message: string, hint?: string) {
    super(message);
    this.name = 'OrbitError';
    this.code = code;
    this.hint = hint;
  }
  toJSON(): { code: ErrorCode; message: string; hint?: string } {
    return { code: this.code, message: this.message, ...(this.hint ? { hint: this.hint } : {}) };
  }
}

export const isOrbitError = (e: unknown): e is OrbitError => e instanceof OrbitError;
