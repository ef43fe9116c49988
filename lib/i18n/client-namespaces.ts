/**
 * The message namespaces the browser needs: those of every component that translates with the
 * useTranslations hook (client components, and shared ones a client component may import).
 * Server components translate on the server (getTranslations) and send only the text. Every
 * page carries these messages, so the rest (statistics, privacy, home, footer…, about a quarter)
 * stays on the server. client-namespaces.test.ts keeps the list complete.
 */
export const CLIENT_NAMESPACES = [
  "account",
  "adminArea",
  "adminManage",
  "alerts",
  "auth",
  "dialog",
  "employerArea",
  "employerKind",
  "employerProfile",
  "errors",
  "formErrors",
  "intents",
  "matching",
  "negotiations",
  "notify",
  "positionForm",
  "positions",
  "reports",
  "talentArea",
  "talentProfile",
  "toast",
  "validation",
] as const;
