import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const appDir = path.resolve(import.meta.dirname, "../../app");

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** The URL path of a page or route file: route groups "(x)" vanish, the file name goes. */
function urlOf(file: string): string {
  const segments = path
    .relative(appDir, path.dirname(file))
    .split(path.sep)
    .filter((s) => s && !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

/**
 * Every page and route handler of the app, as URL paths (dynamic segments kept as [name]). The
 * cached copies of public pages (app/(cached), reached only through proxy.ts's rewrite of the
 * public addresses) are listed apart.
 */
export function appRoutes(): { pages: string[]; handlers: string[]; cachedCopies: string[] } {
  const files = walk(appDir);
  const pages = files.filter((f) => f.endsWith("page.tsx")).map(urlOf).sort();
  const cached = (url: string) => url === "/cached/[locale]" || url.startsWith("/cached/[locale]/");
  return {
    pages: pages.filter((url) => !cached(url)),
    cachedCopies: pages.filter(cached),
    handlers: files.filter((f) => /route\.tsx?$/.test(f)).map(urlOf).sort(),
  };
}

/** Every server action: "app-relative file#export" for each exported function of a "use server" module. */
export function serverActionFiles(): string[] {
  return walk(appDir)
    .filter((f) => /\.tsx?$/.test(f) && /^\s*["']use server["']/.test(readFileSync(f, "utf8")))
    .map((f) => path.relative(appDir, f))
    .sort();
}

export { appDir };
