/**
 * The result of a boundary function (import, parse, CLI argument): a value, or an error with a
 * machine-readable code and a message a user can read. Boundary functions return this instead of
 * throwing; they throw only for programmer errors.
 */
export type Result<T, C extends string = string> = { ok: true; value: T } | { ok: false; error: { code: C; message: string } }

/** Wraps a value as a successful result. */
export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value }
}

/** Builds a failed result. */
export function fail<C extends string>(code: C, message: string): { ok: false; error: { code: C; message: string } } {
  return { ok: false, error: { code, message } }
}

/** The message of anything thrown: an Error's `message`, else the value as a string. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
