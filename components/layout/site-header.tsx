import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Container } from "@/components/ui/container";
import { LocaleSwitcher } from "./locale-switcher";
import { UserMenu } from "./user-menu";

export async function SiteHeader() {
  const [t, nav] = await Promise.all([getTranslations("brand"), getTranslations("nav")]);
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <Container className="flex h-16 items-center justify-between gap-4">
        <Link href="/" className="flex min-w-0 items-center gap-2">
          <span aria-hidden="true" className="grid size-9 shrink-0 place-items-center rounded-lg bg-brand-600 text-lg font-bold text-white">
            智
          </span>
          <span className="min-w-0">
            <span className="sr-only truncate font-bold text-slate-900 min-[400px]:not-sr-only min-[400px]:block">{t("name")}</span>
            <span className="hidden truncate text-xs text-slate-600 sm:block">{t("tagline")}</span>
          </span>
        </Link>
        <div className="flex shrink-0 items-center gap-2">
          <Link href="/positions" className="hidden rounded-md px-2 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 sm:inline-block">
            {nav("positions")}
          </Link>
          <UserMenu />
          <LocaleSwitcher />
        </div>
      </Container>
    </header>
  );
}
