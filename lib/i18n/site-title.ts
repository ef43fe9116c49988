import { getTranslations } from "next-intl/server";

/** A page's full title, as the root layout's title template writes it ("页面不存在 · 智汇群岛"). */
export async function siteTitle(title: string): Promise<string> {
  const meta = await getTranslations("meta");
  return `${title} · ${meta("siteName")}`;
}
