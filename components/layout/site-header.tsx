import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { Container } from "@/components/ui/container";
import { LocaleSwitcher } from "./locale-switcher";
import { UserMenu } from "./user-menu";

/**
 * The site's header. On wide screens every link sits in the row; on a phone the row keeps the
 * logo and the bell, and the rest folds into a menu (a <details> disclosure: no JavaScript,
 * opened by touch, mouse or keyboard).
 */
export async function SiteHeader() {
  const [t, nav] = await Promise.all([getTranslations("brand"), getTranslations("nav")]);
  const positions = (className: string) => (
    <Link href="/positions" className={className}>
      {nav("positions")}
    </Link>
  );
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <Container className="relative flex h-16 items-center justify-between gap-4">
        <Link href="/" className="flex min-w-0 items-center gap-2">
          <span aria-hidden="true" className="grid size-9 shrink-0 place-items-center rounded-lg bg-brand-600 text-lg font-bold text-white">
            智
          </span>
          <span className="min-w-0">
            <span className="block truncate font-bold text-slate-900">{t("name")}</span>
            <span className="hidden truncate text-xs text-slate-600 md:block">{t("tagline")}</span>
          </span>
        </Link>
        <div className="flex shrink-0 items-center gap-2">
          <Suspense fallback={null}>
            <NotificationBell />
          </Suspense>
          <div className="hidden items-center gap-2 md:flex">
            {positions("rounded-md px-2 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100")}
            <UserMenu />
            <LocaleSwitcher />
          </div>
          <details className="group md:hidden">
            <summary className="flex h-9 cursor-pointer list-none items-center gap-1.5 rounded-md px-3 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-100 [&::-webkit-details-marker]:hidden">
              <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="currentColor">
                <path d="M3 5h14v2H3zM3 9h14v2H3zM3 13h14v2H3z" className="group-open:hidden" />
                <path d="M5.4 4 10 8.6 14.6 4 16 5.4 11.4 10l4.6 4.6-1.4 1.4-4.6-4.6L5.4 16 4 14.6 8.6 10 4 5.4z" className="hidden group-open:block" />
              </svg>
              {nav("menu")}
            </summary>
            <div className="absolute inset-x-0 top-16 z-40 border-b border-slate-200 bg-white px-4 py-3 shadow-lg">
              <nav aria-label={nav("menuLabel")} className="flex flex-col gap-1 text-sm">
                {positions("block rounded-md px-3 py-2 font-medium text-slate-700 hover:bg-slate-100")}
                <UserMenu variant="stack" />
              </nav>
              <div className="mt-3 border-t border-slate-100 pt-3">
                <LocaleSwitcher />
              </div>
            </div>
          </details>
        </div>
      </Container>
    </header>
  );
}
