import Link from "next/link";
import type { ReactNode } from "react";
import { Container } from "@/components/ui/container";

/** The second row of navigation inside a role's area. */
export function AreaNav({ label, items, aside }: { label: string; items: { href: string; label: ReactNode }[]; aside?: ReactNode }) {
  return (
    <div className="border-b border-slate-200 bg-white print:hidden">
      <Container className="flex flex-wrap items-center justify-between gap-2 py-2">
        <nav aria-label={label} className="-mx-2 flex flex-wrap gap-1 text-sm">
          {items.map((item) => (
            <Link key={item.href} href={item.href} className="rounded-md px-2 py-1.5 font-medium text-slate-700 hover:bg-slate-100">
              {item.label}
            </Link>
          ))}
        </nav>
        {aside}
      </Container>
    </div>
  );
}
