import { createFormatter, createTranslator } from "next-intl";
import en from "../../messages/en.json";
import zh from "../../messages/zh.json";
import type { Locale } from "./config";

const MESSAGES = { zh, en } as const;
const TIME_ZONE = "Asia/Shanghai";

/**
 * Texts for someone other than the visitor of this request (an e-mail's recipient): their
 * locale, the app's time zone. Pages use next-intl's request-bound helpers instead.
 */
export function translatorFor(locale: string) {
  const chosen: Locale = locale === "en" ? "en" : "zh";
  const messages = MESSAGES[chosen];
  return {
    locale: chosen,
    t: createTranslator({ locale: chosen, messages, timeZone: TIME_ZONE }),
    format: createFormatter({ locale: chosen, timeZone: TIME_ZONE }),
  };
}
