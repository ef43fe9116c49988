import { z } from "zod";
import { emailField } from "../accounts/schemas";

/** Zod schemas of the alert forms; messages are keys of the `validation` namespace. */
export const ALERT_FREQUENCIES = ["daily", "instant"] as const;
export type AlertFrequency = (typeof ALERT_FREQUENCIES)[number];

const frequency = z.enum(ALERT_FREQUENCIES, { error: "choose_one" });
/** The /positions query string of the search (the form carries it in a hidden field). */
const query = z.string().max(2000, "too_long").default("");

export const talentAlertSchema = z.object({ query, frequency });
export const visitorAlertSchema = z.object({ query, frequency, email: emailField });
export const alertFrequencySchema = z.object({ id: z.coerce.number().int().positive("invalid"), frequency });
export const alertIdSchema = z.object({ id: z.coerce.number().int().positive("invalid") });
/** Tokens are 43 base64url characters (32 random bytes). */
export const alertTokenSchema = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, "invalid") });
