import "server-only";
import { headers } from "next/headers";
import { z } from "zod";
import { type CurrentUser, getCurrentUser } from "../auth/session";
import { can, type Permission } from "../auth/policy";
import { hasControlCharacters } from "../forms/control-characters";
import { clientIp } from "../http/client-ip";
import { AppError, FieldError, isAppError } from "../errors";

/**
 * The one shape of every server action: read the session, check the policy, validate the form
 * with zod, run, and answer with either a result or the errors per field plus what was typed
 * (passwords excepted), so nothing the user entered is lost.
 */
export type ActionState<T = undefined> =
  | { ok: true; data?: T; message?: string }
  | {
      ok: false;
      fieldErrors: Record<string, string>;
      formError?: string;
      formErrorParams?: Record<string, string | number>;
      values: Record<string, string>;
    }
  | null;

export interface ActionContext {
  user: CurrentUser | null;
  ip: string;
}

type Access<S extends z.ZodType> =
  | { public: true }
  | { permission: (user: CurrentUser, input: z.output<S>) => Permission };

const SECRET_FIELD = /password|token/i;

function typedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION") || SECRET_FIELD.test(key) || typeof value !== "string") continue;
    // A checkbox group sends its key once per ticked box: keep them all, comma-separated.
    values[key] = key in values ? `${values[key]},${value}`.slice(0, 5000) : value.slice(0, 5000);
  }
  return values;
}

/** Refused for every field at once, before any schema sees them (lib/forms/control-characters.ts). */
function fieldsWithControlCharacters(formData: FormData): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION") && hasControlCharacters(value)) errors[key] = "invalid_characters";
  }
  return errors;
}

function formToObject(formData: FormData): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key);
    object[key] = all.length > 1 ? all : all[0];
  }
  return object;
}

export function action<S extends z.ZodType, T = undefined>(
  options: { schema: S } & Access<S>,
  run: (input: z.output<S>, context: ActionContext & { user: CurrentUser | null }) => Promise<ActionState<T> | void>,
) {
  return async (_previous: ActionState<T>, formData: FormData): Promise<ActionState<T>> => {
    const values = typedValues(formData);
    const fail = (fieldErrors: Record<string, string>, formError?: string, formErrorParams?: Record<string, string | number>): ActionState<T> => ({ ok: false, fieldErrors, formError, ...(formErrorParams ? { formErrorParams } : {}), values });
    const user = await getCurrentUser();
    if (!("public" in options) && !user) return fail({}, "unauthorized");
    const unprintable = fieldsWithControlCharacters(formData);
    if (Object.keys(unprintable).length > 0) return fail(unprintable);
    const parsed = options.schema.safeParse(formToObject(formData));
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? "form");
        // Schemas speak in message keys; a library default message becomes the generic "invalid".
        fieldErrors[field] ??= /^[a-z_]+$/.test(issue.message) ? issue.message : "invalid";
      }
      return fail(fieldErrors);
    }
    // Ownership is checked with the validated input: another's record answers like a missing one.
    if ("permission" in options && !can(user, options.permission(user!, parsed.data))) return fail({}, "forbidden");
    try {
      const ip = clientIp(await headers());
      return (await run(parsed.data, { user, ip })) ?? { ok: true };
    } catch (error) {
      if (error instanceof FieldError) return fail({ [error.field]: error.messageKey });
      // The full code ("conflict:stale"): the form shows its own message if there is one, else the kind's.
      if (isAppError(error)) return fail({}, error.code, error.params);
      throw error;
    }
  };
}

export { AppError };
