import type { AbstractIntlMessages } from "next-intl";
import type zh from "@/messages/zh.json";

/** A top-level key of the messages: the namespace a translation hook or getTranslations names first. */
export type ClientNamespace = keyof typeof zh;

/**
 * The messages every page sends the browser (components/layout/site-document.tsx): those of the
 * error boundary (app/(site)/error.tsx), which stands in for any page. Everything else a client
 * component translates comes with the page or layout that renders it (<ClientMessages>), so a
 * page carries only its own: the search page and the talent's home none, a position page the
 * intent form's. Server components translate on the server and send only the text.
 */
export const ROOT_NAMESPACES = ["errors"] as const satisfies readonly ClientNamespace[];

/** The messages of `namespaces` only: what a provider sends the browser. */
export function pickNamespaces(messages: AbstractIntlMessages, namespaces: readonly string[]): AbstractIntlMessages {
  return Object.fromEntries(namespaces.flatMap((ns) => (messages[ns] === undefined ? [] : [[ns, messages[ns]]])));
}
