import en from "../../messages/en.json";
import zh from "../../messages/zh.json";
import { isLocale, localeFromAcceptLanguage, type Locale } from "../i18n/config";

/** Seconds a client should wait before asking again while the database is away. */
export const RETRY_AFTER_SECONDS = 5;

const messages: Record<Locale, typeof zh.errors> = { zh: zh.errors, en: en.errors };

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The 503 answer while the database is down: JSON for the API, otherwise a small page in the
 * visitor's language that reloads itself. Built without React: the app cannot render now.
 */
export function unavailableResponse({ pathname, cookieLocale, acceptLanguage }: { pathname: string; cookieLocale?: string; acceptLanguage?: string | null }): Response {
  const headers = { "retry-after": String(RETRY_AFTER_SECONDS), "cache-control": "no-store" };
  if (pathname.startsWith("/api/")) {
    return Response.json({ error: "service_unavailable", message: "The database is unavailable; retry shortly." }, { status: 503, headers });
  }
  const locale: Locale = isLocale(cookieLocale) ? cookieLocale : localeFromAcceptLanguage(acceptLanguage);
  const t = messages[locale];
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS}"><title>${escape(t.unavailableTitle)}</title>
<style>body{margin:0;font-family:system-ui,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#0f172a;background:#f8fafc}
main{max-width:32rem;margin:20vh auto;padding:0 1.5rem;text-align:center}h1{font-size:1.5rem}p{color:#475569;line-height:1.6}
a{display:inline-block;margin-top:1rem;padding:.6rem 1rem;border-radius:.375rem;background:#136b91;color:#fff;text-decoration:none}</style></head>
<body><main><h1>${escape(t.unavailableTitle)}</h1><p>${escape(t.unavailableBody)}</p><a href="">${escape(t.unavailableRetry)}</a></main></body></html>`;
  return new Response(html, { status: 503, headers: { ...headers, "content-type": "text/html; charset=utf-8" } });
}
