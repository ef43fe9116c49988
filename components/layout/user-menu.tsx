import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { signOutAction } from "@/app/(auth)/actions";
import { getCurrentUser, homeOf } from "@/lib/auth/session";

/** Sign-in for visitors; for a signed-in user, their area and sign-out. */
export async function UserMenu() {
  const [user, t] = await Promise.all([getCurrentUser(), getTranslations("nav")]);
  if (!user) {
    return (
      <div className="flex items-center gap-1 text-sm">
        <Link href="/sign-in" className="rounded-md px-2 py-1.5 font-medium text-brand-700 hover:bg-brand-50">
          {t("signIn")}
        </Link>
        <Link href="/sign-up" className="hidden rounded-md bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700 sm:inline-block">
          {t("signUp")}
        </Link>
      </div>
    );
  }
  return (
    <div className="flex items-center gap-1 text-sm">
      <Suspense fallback={null}>
        <NotificationBell />
      </Suspense>
      <Link href={homeOf(user)} className="max-w-32 truncate rounded-md px-2 py-1.5 font-medium text-brand-700 hover:bg-brand-50 sm:max-w-48" data-testid="user-menu-home">
        {t(`area.${user.role}`)}
      </Link>
      <Link href="/account" className="hidden rounded-md px-2 py-1.5 text-slate-700 hover:bg-slate-100 sm:inline-block">
        {t("account")}
      </Link>
      <form action={signOutAction}>
        <button type="submit" className="rounded-md px-2 py-1.5 text-slate-700 hover:bg-slate-100">
          {t("signOut")}
        </button>
      </form>
    </div>
  );
}
