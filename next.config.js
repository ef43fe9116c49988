/** @type {import('next').NextConfig} */
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig = {
  // PGlite ships wasm and data files that must be loaded from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  reactStrictMode: true,
  // forbidden() answers 403 with app/forbidden.tsx when a signed-in user opens another role's area.
  // serverActions.bodySizeLimit: a 5 MB PDF (résumé, pitch) plus the form must reach our own
  // validation, which answers under the field; Next's default is 1 MB.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "6mb" } },
  // Tests and benchmarks run `next build` into their own folder so a developer's build stays.
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default withNextIntl(nextConfig);
