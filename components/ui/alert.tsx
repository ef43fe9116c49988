import type { ReactNode } from "react";
import { cn } from "./cn";

const tones = {
  error: "bg-red-50 text-red-800 ring-red-200",
  success: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  info: "bg-brand-50 text-brand-900 ring-brand-200",
  warning: "bg-amber-50 text-amber-900 ring-amber-200",
} as const;

/** A message about the whole form or page; errors are announced to screen readers. */
export function Alert({ tone = "info", children, className }: { tone?: keyof typeof tones; children: ReactNode; className?: string }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} className={cn("rounded-md p-3 text-sm ring-1 ring-inset", tones[tone], className)}>
      {children}
    </div>
  );
}
