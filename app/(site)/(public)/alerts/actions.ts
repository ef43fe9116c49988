"use server";

import { getLocale } from "next-intl/server";
import { AppError, action } from "@/lib/actions/action";
import { confirmVisitorAlert, requestVisitorAlert, unsubscribeAlert } from "@/lib/alerts/mutations";
import { alertTokenSchema, visitorAlertSchema } from "@/lib/alerts/schemas";
import { hitRateLimit } from "@/lib/rate-limits/queries";

const HOUR = 3600;

/** A visitor's alert: a confirmation e-mail goes out; nothing else until its link is followed. */
export const createVisitorAlertAction = action({ schema: visitorAlertSchema, public: true }, async (input, { ip }) => {
  // Confirmation mail goes to any address typed here: a few per address and per client an hour.
  const [byAddress, byClient] = await Promise.all([hitRateLimit({ key: `alerts:email:${input.email}`, windowSeconds: HOUR }), hitRateLimit({ key: `alerts:ip:${ip}`, windowSeconds: HOUR })]);
  if (byAddress.count > 3 || byClient.count > 20) throw new AppError("rate_limited:alerts");
  await requestVisitorAlert({ email: input.email, query: input.query, frequency: input.frequency, locale: await getLocale() });
  return { ok: true, message: "visitorSent" };
});

export const confirmAlertAction = action({ schema: alertTokenSchema, public: true }, async (input) => {
  if (!(await confirmVisitorAlert({ confirmToken: input.token }))) throw new AppError("not_found:alert");
  return { ok: true, message: "confirmed" };
});

/** The page behind an alert e-mail's unsubscribe link (mail programs POST /api/alerts/unsubscribe/{token} instead). */
export const unsubscribeAlertAction = action({ schema: alertTokenSchema, public: true }, async (input) => {
  await unsubscribeAlert({ token: input.token });
  return { ok: true, message: "unsubscribed" };
});
