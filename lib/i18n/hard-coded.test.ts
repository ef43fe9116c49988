import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * Every user-facing string comes from messages/{zh,en}.json: this test reads every source file of
 * app/, components/ and lib/ and fails on words written straight into the markup — JSX text, and
 * the attributes people read (alt, title, placeholder, aria-label…) given as string literals.
 * Symbols and punctuation ("·", "—", "/", "*") are not words, and neither is the URL scheme hint
 * "https://" nor the logo's mark "智". Chinese anywhere in a string of a .tsx file counts too.
 */
const NOT_WORDS = new Set(["https://", "智"]);
/** Not the interface: the API's OpenAPI document is written for developers, with Chinese examples. */
const EXEMPT = new Set(["lib/api/openapi.ts"]);
const CHINESE = /[\u3400-\u9fff]/;
const root = path.resolve(import.meta.dirname, "../..");
const READ_ATTRIBUTES = new Set(["alt", "title", "placeholder", "aria-label", "aria-description", "aria-placeholder", "aria-roledescription", "aria-valuetext", "label"]);
const WORDS = /[A-Za-z\u3400-\u9fff]{2,}|[\u3400-\u9fff]/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.tsx?$/.test(full) && !/\.test\.tsx?$/.test(full) ? [full] : [];
  });
}

function hardCoded(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const where = (node: ts.Node) => `${path.relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORDS.test(node.text) && !NOT_WORDS.has(node.text.trim())) found.push(`${where(node)} text ${JSON.stringify(node.text.trim())}`);
    else if (ts.isStringLiteralLike(node) && CHINESE.test(node.text) && !NOT_WORDS.has(node.text) && !ts.isJsxAttribute(node.parent)) found.push(`${where(node)} string ${JSON.stringify(node.text)}`);
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
      const value = ts.isStringLiteral(node.initializer)
        ? node.initializer.text
        : ts.isJsxExpression(node.initializer) && node.initializer.expression && ts.isStringLiteralLike(node.initializer.expression)
          ? node.initializer.expression.text
          : null;
      if (value && WORDS.test(value) && !NOT_WORDS.has(value)) found.push(`${where(node)} ${node.name.getText()}=${JSON.stringify(value)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("user-facing text", () => {
  it("is never written straight into the markup or the code of app/, components/ and lib/", () => {
    const found = ["app", "components", "lib"].flatMap((dir) => files(path.join(root, dir)))
      .filter((file) => !EXEMPT.has(path.relative(root, file)))
      .flatMap(hardCoded);
    expect(found).toEqual([]);
  });
});
