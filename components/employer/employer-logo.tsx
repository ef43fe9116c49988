import { cn } from "@/components/ui/cn";

const sizes = { sm: "size-10 text-base", md: "size-14 text-xl", lg: "size-20 text-2xl" } as const;

/**
 * An employer's logo from /employers/{id}/logo, or its name's first character on a tile when it
 * has none. The image is decorative beside the name, so its alt text stays empty.
 */
export function EmployerLogo({ src, name, size = "md", className }: { src: string | null; name: string; size?: keyof typeof sizes; className?: string }) {
  const box = cn("shrink-0 rounded-lg bg-white ring-1 ring-slate-200", sizes[size], className);
  if (src) {
    // eslint-disable-next-line @next/next/no-img-element -- a small stored upload; next/image would proxy it for nothing
    return <img src={src} alt="" className={cn(box, "object-contain p-1")} />;
  }
  return (
    <span aria-hidden="true" className={cn(box, "flex items-center justify-center bg-brand-50 font-semibold text-brand-700")}>
      {name.slice(0, 1)}
    </span>
  );
}

/** The versioned URL of a logo (the file id changes with each upload, so caches never show an old one). */
export function logoSrc(employerId: number, fileId: string | null): string | null {
  return fileId ? `/employers/${employerId}/logo?v=${fileId}` : null;
}
