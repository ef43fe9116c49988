"use server";

import { cookies, headers } from "next/headers";
import { z } from "zod";
import { setUserLocale } from "@/lib/accounts/queries";
import { getCurrentUser } from "@/lib/auth/session";
import { isHttpsRequest } from "@/lib/http/client-ip";
import { LOCALE_COOKIE, locales } from "@/lib/i18n/config";

const schema = z.object({ locale: z.enum(locales) });

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

/**
 * Remembers the visitor's language; anything but a supported locale is ignored. A signed-in
 * user's account keeps it too, so their e-mails come in the same language.
 */
export async function setLocale(formData: FormData): Promise<void> {
  const parsed = schema.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, {
    path: "/",
    maxAge: ONE_YEAR_SECONDS,
    sameSite: "lax",
    httpOnly: true,
    secure: isHttpsRequest(await headers()),
  });
  const user = await getCurrentUser();
  if (user) await setUserLocale({ userId: user.id, locale: parsed.data.locale });
}
