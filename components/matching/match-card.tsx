import Link from "next/link";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { ScoreBadge } from "./score-badge";

/** One ranked match: its name as a link, a line of facts, the score, then reasons and actions. */
export function MatchCard({ href, title, badge, facts, score, children }: { href: string; title: string; badge?: ReactNode; facts: ReactNode; score: number; children: ReactNode }) {
  return (
    <Card className="space-y-3">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <h2 className="text-base font-semibold text-slate-900">
            <Link href={href} className="hover:text-brand-700 hover:underline">
              {title}
            </Link>
            {badge}
          </h2>
          <p className="mt-0.5 text-sm text-slate-600">{facts}</p>
        </div>
        <ScoreBadge score={score} />
      </div>
      {children}
    </Card>
  );
}
