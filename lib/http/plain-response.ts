import en from "../../messages/en.json";
import zh from "../../messages/zh.json";
import { isDatabaseDown } from "../health/availability";
import { chooseLocale, htmlLang, type Locale } from "../i18n/config";

/** Seconds a client should wait before asking again while the database is away. */
export const RETRY_AFTER_SECONDS = 5;

const messages: Record<Locale, typeof zh.errors> = { zh: zh.errors, en: en.errors };

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface Visitor {
  pathname: string;
  cookieLocale?: string;
  acceptLanguage?: string | null;
}

/**
 * Answers the proxy gives before the app renders anything (so built without React): JSON for
 * the API, otherwise a small page in the visitor's language.
 */
function plainResponse(visitor: Visitor, status: number, page: "unavailable" | "badRequest", api: Record<string, unknown>, headers: Record<string, string> = {}): Response {
  const common = { "cache-control": "no-store", ...headers };
  if (visitor.pathname.startsWith("/api/")) return Response.json(api, { status, headers: common });
  const locale = chooseLocale(visitor.cookieLocale, visitor.acceptLanguage);
  const t = messages[locale];
  const [title, body] = page === "unavailable" ? [t.unavailableTitle, t.unavailableBody] : [t.badRequestTitle, t.badRequestBody];
  const action = page === "unavailable" ? `<a href="">${escape(t.unavailableRetry)}</a>` : `<a href="/">${escape(t.backHome)}</a>`;
  const refresh = page === "unavailable" ? `<meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS}">` : "";
  const html = `<!doctype html>
<html lang="${htmlLang(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
${refresh}<title>${escape(title)}</title>
<style>body{margin:0;font-family:system-ui,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#0f172a;background:#f8fafc}
main{max-width:32rem;margin:20vh auto;padding:0 1.5rem;text-align:center}h1{font-size:1.5rem}p{color:#475569;line-height:1.6}
a{display:inline-block;margin-top:1rem;padding:.6rem 1rem;border-radius:.375rem;background:#136b91;color:#fff;text-decoration:none}</style></head>
<body><main><h1>${escape(title)}</h1><p>${escape(body)}</p>${action}</main></body></html>`;
  return new Response(html, { status, headers: { ...common, "content-type": "text/html; charset=utf-8" } });
}

/** 503 while the database is down; pages reload themselves. */
export function unavailableResponse(visitor: Visitor): Response {
  return plainResponse(visitor, 503, "unavailable", { error: "service_unavailable", message: "The database is unavailable; retry shortly." }, { "retry-after": String(RETRY_AFTER_SECONDS) });
}

/** 400 for a URL no page could read: broken percent-encoding, or control characters. */
export function badRequestResponse(visitor: Visitor): Response {
  return plainResponse(visitor, 400, "badRequest", { error: "invalid_parameters", details: [{ parameter: "url", message: "broken percent-encoding or control characters" }] });
}

// %00–%08, %0B, %0C, %0E–%1F and %7F; tab and line breaks (%09, %0A, %0D) may come from a pasted search.
const ENCODED_CONTROL = /%(0[0-8bcef]|1[0-9a-f]|7f)/i;

/** Whether a raw request URL (path and query, still percent-encoded) is unreadable. */
export function isUnreadableUrl(rawPath: string, rawQuery: string): boolean {
  if (ENCODED_CONTROL.test(rawPath) || ENCODED_CONTROL.test(rawQuery)) return true;
  try {
    decodeURIComponent(rawPath);
    return false;
  } catch {
    return true;
  }
}

/**
 * The answers given before anything is routed, by proxy.ts and by the public API's routes that
 * skip it (publicApiRoute): 400 for an unreadable URL, 503 while the database is away (but for
 * /api/health, which reports the details). Null: carry on.
 */
export function firstAnswer(raw: URL, visitor: Visitor): Response | null {
  if (isUnreadableUrl(raw.pathname, raw.search)) return badRequestResponse(visitor);
  if (isDatabaseDown() && visitor.pathname !== "/api/health") return unavailableResponse(visitor);
  return null;
}
