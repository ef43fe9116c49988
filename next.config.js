/** @type {import('next').NextConfig} */
import createNextIntlPlugin from "next-intl/plugin";
import { cachedPageRewrites } from "./lib/cache/rewrite-rules.mjs";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const development = process.env.NODE_ENV === "development";

/**
 * Sent with every response. Next inlines its bootstrap scripts, so scripts need 'unsafe-inline'
 * (a nonce would make every page dynamic and uncacheable); 'unsafe-eval' only for the dev
 * server's React debugging. Nothing is loaded from another origin: fonts are system stacks,
 * images (logos) are ours, video rooms are opened as links.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  `connect-src 'self'${development ? " ws:" : ""}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig = {
  // PGlite ships wasm and data files that must be loaded from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  // `npm test` type-checks first (tsc, its own step), so the build does not do it again (~19 s
  // of CI's 25 minutes on two cores).
  typescript: { ignoreBuildErrors: true },
  // The cached public pages (about 200 kB each with their router data): 512 MB keeps some 2,500
  // of them, the demo campaign's every page; beyond that the least used are rendered again.
  cacheMaxMemorySize: (/^[1-9]\d{0,5}$/.test(process.env.PAGE_CACHE_MB ?? "") ? Number(process.env.PAGE_CACHE_MB) : 512) * 1024 * 1024,
  reactStrictMode: true,
  // forbidden() answers 403 with app/forbidden.tsx when a signed-in user opens another role's area.
  // serverActions.bodySizeLimit: a 5 MB PDF (résumé, pitch) plus the form must reach our own
  // validation, which answers under the field; Next's default is 1 MB.
  // globalNotFound: app/global-not-found.tsx answers unknown addresses (two root layouts: the site
  // and the cached public pages). isrFlushToDisk off: cached pages live in memory only, in an LRU
  // of cacheMaxMemorySize, so no URL can grow the disk and two instances never share files.
  experimental: { authInterrupts: true, globalNotFound: true, isrFlushToDisk: false, serverActions: { bodySizeLimit: "6mb" } },
  // Tests and benchmarks run `next build` into their own folder so a developer's build stays.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Visitors' home, position, employer and announcement pages go to their cached copies here,
  // before the file system routes (lib/cache/rewrite-rules.mjs): far cheaper than the proxy's
  // rewrite, which still handles the searches and the languages a rewrite cannot weigh.
  async rewrites() {
    return { beforeFiles: cachedPageRewrites() };
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // HSTS only where the request reached the proxy in front of us over HTTPS: a browser that
      // saw it over plain HTTP on localhost would refuse http://localhost for a year.
      {
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
