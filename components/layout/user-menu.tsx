import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/(site)/(auth)/actions";
import { cn } from "@/components/ui/cn";
import { headerRole, homeOf } from "@/lib/auth/session";

/**
 * Sign-in for visitors; for a signed-in user, their area, account and sign-out. "bar" sits in the
 * header's row (wide screens); "stack" is the phone menu's list, one item per line. It is drawn
 * from the role alone (headerRole), so a member's cached copy of a public page can carry it.
 */
export async function UserMenu({ variant = "bar" }: { variant?: "bar" | "stack" }) {
  const [role, t] = await Promise.all([headerRole(), getTranslations("nav")]);
  const stack = variant === "stack";
  const item = stack ? "block rounded-md px-3 py-2 hover:bg-slate-100" : "rounded-md px-2 py-1.5";
  if (!role) {
    return (
      <div className={cn("text-sm", stack ? "flex flex-col gap-1" : "flex items-center gap-1")}>
        <Link href="/sign-in" className={cn(item, "font-medium text-brand-700 hover:bg-brand-50")}>
          {t("signIn")}
        </Link>
        <Link href="/sign-up" className={cn(item, stack ? "font-medium text-slate-700" : "bg-brand-600 px-3 font-medium text-white hover:bg-brand-700")}>
          {t("signUp")}
        </Link>
      </div>
    );
  }
  return (
    <div className={cn("text-sm", stack ? "flex flex-col gap-1" : "flex items-center gap-1")}>
      <Link
        href={homeOf({ role })}
        className={cn(item, "font-medium text-brand-700 hover:bg-brand-50", !stack && "max-w-48 truncate")}
        data-testid={stack ? undefined : "user-menu-home"}
      >
        {t(`area.${role}`)}
      </Link>
      <Link href="/account" className={cn(item, "text-slate-700 hover:bg-slate-100")}>
        {t("account")}
      </Link>
      <form action={signOutAction}>
        <button type="submit" className={cn(item, "w-full text-left text-slate-700 hover:bg-slate-100")}>
          {t("signOut")}
        </button>
      </form>
    </div>
  );
}
