import type { ReactNode } from "react";

export function SectionHeading({ id, title, description }: { id?: string; title: ReactNode; description?: ReactNode }) {
  return (
    <div className="mb-4 sm:mb-6">
      <h2 id={id} className="text-xl font-bold text-slate-900 sm:text-2xl">
        {title}
      </h2>
      {description ? <p className="mt-1 text-sm text-slate-600">{description}</p> : null}
    </div>
  );
}
