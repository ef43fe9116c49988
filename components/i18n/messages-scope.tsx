"use client";

import type { AbstractIntlMessages } from "next-intl";
import { NextIntlClientProvider, useLocale, useMessages } from "next-intl";
import { useMemo, type ReactNode } from "react";

/**
 * Adds `messages` to those of the provider around it, for the client components below
 * (a nested NextIntlClientProvider alone would replace them). The locale, time zone, formats and
 * error handling are the outer provider's.
 */
export function MessagesScope({ messages, children }: { messages: AbstractIntlMessages; children: ReactNode }) {
  const outer = useMessages();
  const locale = useLocale();
  const merged = useMemo(() => ({ ...outer, ...messages }), [outer, messages]);
  return (
    <NextIntlClientProvider locale={locale} messages={merged}>
      {children}
    </NextIntlClientProvider>
  );
}
