import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { cachedRenderLocale } from "@/lib/cache/public-render";
import { chooseLocale, LOCALE_COOKIE } from "./config";

// No locale in the URL: the choice lives in a cookie, falling back to the browser's language.
// A cached public page (lib/cache/public-render.ts) has its language from its segment instead.
export default getRequestConfig(async () => {
  const locale = cachedRenderLocale() ?? chooseLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get("accept-language"));
  return {
    locale,
    messages: (await import(`../../messages/${locale}.json`)).default,
    timeZone: "Asia/Shanghai",
  };
});
