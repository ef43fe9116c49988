import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".data/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Only lib/env.ts reads the environment; scripts and test tooling set it for child processes.
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read the environment through lib/env.ts." },
      ],
    },
  },
  {
    files: ["lib/env.ts", "scripts/**", "tests/**", "e2e/**", "*.config.*", "next.config.js"],
    rules: { "no-restricted-properties": "off" },
  },
  {
    // Data flows one way: routes and components reach the database only through lib/.
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/db", "@/db/*", "**/db/*", "**/db"], message: "Use lib/<domain> queries; only lib/ imports db/." }] },
      ],
    },
  },
]);
