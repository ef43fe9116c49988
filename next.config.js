/** @type {import('next').NextConfig} */
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig = {
  // PGlite ships wasm and data files that must be loaded from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  reactStrictMode: true,
  // forbidden() answers 403 with app/forbidden.tsx when a signed-in user opens another role's area.
  // Server actions take an employer's logo (≤ 1 MB, lib/employers/logo-image.ts) with the rest of
  // the profile form: 2 MB leaves room for the form and multipart framing, so a file just over
  // the limit gets our field error, not the framework's 413/500. (The form's script holds back a
  // file over 1 MB before sending; this covers the rest.)
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "2mb" } },
  // Tests and benchmarks run `next build` into their own folder so a developer's build stays.
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default withNextIntl(nextConfig);
