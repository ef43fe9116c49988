import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import zh from "../../messages/zh.json";
import { CLIENT_NAMESPACES } from "./client-namespaces";

const root = path.resolve(import.meta.dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

const calls = ["app", "components", "lib"].flatMap((dir) =>
  sources(path.join(root, dir)).flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/\buseTranslations\(([^)]*)\)/g)].map((m) => ({ file: path.relative(root, file), argument: m[1]!.trim() })),
  ),
);

describe("the messages sent to the browser", () => {
  it("finds the hook's calls", () => {
    expect(calls.length).toBeGreaterThan(40);
  });

  it("every useTranslations call names a literal namespace the browser is sent", () => {
    const missing = calls.filter(({ argument }) => {
      const literal = /^"([^"]+)"$/.exec(argument)?.[1];
      return !literal || !(CLIENT_NAMESPACES as readonly string[]).includes(literal.split(".")[0]!);
    });
    expect(missing).toEqual([]);
  });

  it("lists only namespaces that exist and that some component translates with the hook", () => {
    const used = new Set(calls.map(({ argument }) => argument.replace(/"/g, "").split(".")[0]));
    expect(CLIENT_NAMESPACES.filter((ns) => !(ns in zh) || !used.has(ns))).toEqual([]);
  });
});
