import "server-only";
import { PG_CHECK_VIOLATION, PG_FOREIGN_KEY_VIOLATION, PG_UNIQUE_VIOLATION, pgError } from "../../db/errors";
import { FieldError } from "../errors";

/** Constraint name → the form field it blames and the message key shown under it. */
export type ConstraintFields = Record<string, [field: string, messageKey: string]>;

const HANDLED = new Set([PG_UNIQUE_VIOLATION, PG_FOREIGN_KEY_VIOLATION, PG_CHECK_VIOLATION]);

/**
 * Turns a violated unique, foreign-key or check constraint the form could have caused into the
 * field's error, so a taken code or a vanished reference never becomes a 500. Anything else is
 * rethrown as it was.
 */
export function rethrowAsFieldError(error: unknown, fields: ConstraintFields): never {
  const pg = pgError(error);
  const field = pg && HANDLED.has(pg.code) && pg.constraint ? fields[pg.constraint] : undefined;
  if (field) throw new FieldError(field[0], field[1]);
  throw error;
}
