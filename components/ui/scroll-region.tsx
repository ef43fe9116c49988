import type { ReactNode } from "react";
import { cn } from "./cn";

/**
 * A region wider than a phone (a table, a board) that scrolls sideways on its own instead of the
 * page. It is focusable and named, so keyboard users can reach and scroll it too.
 */
export function ScrollRegion({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={cn("overflow-x-auto focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600", className)}>
      {children}
    </div>
  );
}
