import type { Locale } from "./config";

/** Picks the Chinese or English name of a record that stores both. */
export function localized(locale: string, zh: string, en: string | null | undefined): string {
  return (locale as Locale) === "en" && en ? en : zh;
}
