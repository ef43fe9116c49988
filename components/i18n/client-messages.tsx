import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { type ClientNamespace, pickNamespaces } from "@/lib/i18n/client-namespaces";
import { MessagesScope } from "./messages-scope";

/**
 * Sends the browser the messages of `namespaces`, for the client components of the page or layout
 * it wraps. Each page names the namespaces its own client components translate with the
 * useTranslations hook, and no more: the messages travel inside the page's HTML and again in
 * every client navigation to it. lib/i18n/client-namespaces.test.ts checks each page's list
 * against what the page imports.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly ClientNamespace[]; children: ReactNode }) {
  return <MessagesScope messages={pickNamespaces(await getMessages(), namespaces)}>{children}</MessagesScope>;
}
