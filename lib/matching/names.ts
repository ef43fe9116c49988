import "server-only";
import { getCatalog } from "../catalog/queries";
import { localized } from "../i18n/localized";

/** Location and industry names by id in the reader's language, for the reasons. */
export async function getCatalogNames(locale: string): Promise<{ locations: Record<number, string>; industries: Record<number, string> }> {
  const catalog = await getCatalog();
  const byId = (entries: { id: number; nameZh: string; nameEn: string }[]) => Object.fromEntries(entries.map((e) => [e.id, localized(locale, e.nameZh, e.nameEn)]));
  return { locations: byId(catalog.locations), industries: byId(catalog.industries) };
}
