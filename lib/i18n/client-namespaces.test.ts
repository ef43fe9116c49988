import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import zh from "../../messages/zh.json";
import { ROOT_NAMESPACES } from "./client-namespaces";

/**
 * The browser gets ROOT_NAMESPACES on every page (components/layout/site-document.tsx), and each
 * page or layout adds the namespaces its own client components translate (<ClientMessages>).
 * Which namespaces a file needs is read off its imports: every useTranslations("…") call in the
 * files it reaches, client or server (an over-estimate where a component is imported but not
 * rendered, never an under-estimate).
 */
const root = path.resolve(import.meta.dirname, "../..");
const rel = (file: string) => path.relative(root, file);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? path.join(root, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (existsSync(candidate) && statSync(candidate).isFile() && /\.tsx?$/.test(candidate)) return candidate;
  }
  return null;
}

type Source = { imports: string[]; translates: string[]; declares: string[] };
const parsed = new Map<string, Source>();
function parse(file: string): Source {
  let source = parsed.get(file);
  if (!source) {
    const text = readFileSync(file, "utf8");
    source = {
      imports: [...text.matchAll(/(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)].flatMap((m) => resolveImport(file, (m[1] ?? m[2])!) ?? []),
      translates: [...text.matchAll(/\buseTranslations\(([^)]*)\)/g)].map((m) => m[1]!.trim()),
      // <ClientMessages namespaces={[…]}> (a literal list, or `cond ? […] : […]`): every string in it.
      declares: [...text.matchAll(/<ClientMessages\s+namespaces=\{([^}]*)\}/g)].flatMap((m) => [...m[1]!.matchAll(/"([^"]+)"/g)].map((s) => s[1]!)),
    };
    parsed.set(file, source);
  }
  return source;
}

/** The namespaces a file's client components may translate: those of every file it reaches. */
function needed(file: string): Set<string> {
  const seen = new Set<string>();
  const found = new Set<string>();
  const stack = [file];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    const { imports, translates } = parse(next);
    for (const argument of translates) found.add(argument.replace(/"/g, "").split(".")[0]!);
    stack.push(...imports);
  }
  return found;
}

const appFiles = sources(path.join(root, "app"));
const calls = ["app", "components", "lib"].flatMap((dir) => sources(path.join(root, dir)).flatMap((file) => parse(file).translates.map((argument) => ({ file: rel(file), argument }))));
/** The route files whose client components a page shows: pages, layouts and their boundaries. */
const routeFiles = appFiles.filter((file) => /\/(page|layout|error|not-found|forbidden|unauthorized|loading|template|default)\.tsx$/.test(file) || file.endsWith("global-not-found.tsx"));

/** What reaches the browser around a route file: the root's, its own and its layouts' (a file's own layout wraps its boundaries too). */
function supplied(file: string): Set<string> {
  const names = new Set<string>([...ROOT_NAMESPACES, ...parse(file).declares]);
  // A thin page that re-exports another page (the cached public pages) carries that page's. A
  // list given for signed-in renders only (`user ? […] : []`) counts whole: visitors' renders
  // show none of the client parts that need it.
  for (const imported of parse(file).imports) if (imported.endsWith("/page.tsx")) parse(imported).declares.forEach((ns) => names.add(ns));
  for (let dir = path.dirname(file); dir.startsWith(path.join(root, "app")); dir = path.dirname(dir)) {
    const layout = path.join(dir, "layout.tsx");
    if (existsSync(layout)) parse(layout).declares.forEach((ns) => names.add(ns));
  }
  return names;
}

describe("the messages sent to the browser", () => {
  it("finds the hook's calls and the route files", () => {
    expect(calls.length).toBeGreaterThan(40);
    expect(routeFiles.length).toBeGreaterThan(60);
  });

  it("every useTranslations call names a literal namespace that exists", () => {
    const bad = calls.filter(({ argument }) => {
      const literal = /^"([^"]+)"$/.exec(argument)?.[1];
      return !literal || !(literal.split(".")[0]! in zh);
    });
    expect(bad).toEqual([]);
  });

  it("every page, layout and boundary is sent the messages its client components translate", () => {
    const missing = routeFiles.flatMap((file) => {
      const have = supplied(file);
      const lacking = [...needed(file)].filter((ns) => !have.has(ns));
      return lacking.length > 0 ? [`${rel(file)}: ${lacking.sort().join(", ")}`] : [];
    });
    expect(missing).toEqual([]);
  });

  it("no page or layout sends messages that nothing it renders translates", () => {
    const extra = appFiles.flatMap((file) => {
      const need = needed(file);
      const unused = parse(file).declares.filter((ns) => !need.has(ns) || (ROOT_NAMESPACES as readonly string[]).includes(ns));
      return unused.length > 0 ? [`${rel(file)}: ${unused.join(", ")}`] : [];
    });
    expect(extra).toEqual([]);
  });

  it("names only namespaces that exist in the messages", () => {
    const declared = [...ROOT_NAMESPACES, ...appFiles.flatMap((file) => parse(file).declares)];
    expect(declared.filter((ns) => !(ns in zh))).toEqual([]);
  });

  it("sends the browser the error boundary's words on every page, and only those", () => {
    expect(needed(path.join(root, "app/(site)/error.tsx"))).toEqual(new Set(ROOT_NAMESPACES));
  });
});
