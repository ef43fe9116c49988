import { Accounts, DEMO, DEMO_PASSWORD, expect, test } from "./support/fixtures";
import type { Response } from "@playwright/test";

// Pages, API routes, the error page and a static asset: every response carries the headers.
const PATHS = ["/", "/positions", "/announcements", "/sign-in", "/api/health", "/api/v1/positions?limit=1", "/no-such-page", "/icon.svg"];

test.describe("[security] headers and cookies", () => {
  for (const path of PATHS) {
    test(`${path} carries the security headers`, async ({ request }) => {
      const response = await request.get(path);
      const headers = response.headers();
      const csp = headers["content-security-policy"] ?? "";
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain("unsafe-eval");
      expect(headers["x-frame-options"]).toBe("DENY");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["x-powered-by"]).toBeUndefined();
      // Plain HTTP (a developer's localhost): no HSTS, or the browser would refuse http for a year.
      expect(headers["strict-transport-security"]).toBeUndefined();
    });
  }

  test("behind an HTTPS proxy the answer carries HSTS", async ({ request }) => {
    const response = await request.get("/positions", { headers: { "x-forwarded-proto": "https" } });
    expect(response.headers()["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
  });

  test("pages run under the policy without a single violation", async ({ page }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    for (const path of ["/", "/positions?q=海洋", "/announcements", "/sign-in"]) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations), path).toEqual([]);
    }
    // Hydrated: a client-side control still works under the policy (the search form).
    await page.goto("/positions");
    await page.getByRole("searchbox").first().fill("工程师");
    await page.getByRole("searchbox").first().press("Enter");
    await expect(page).toHaveURL(/q=%E5%B7%A5%E7%A8%8B%E5%B8%88/);
  });

  test("session and locale cookies are HttpOnly and SameSite, and Secure behind HTTPS", async ({ page }) => {
    await page.setExtraHTTPHeaders({ "x-forwarded-proto": "https" });
    const setCookies: string[] = [];
    const onResponse = async (response: Response) => {
      const header = (await response.headersArray()).filter((h) => h.name.toLowerCase() === "set-cookie").map((h) => h.value);
      setCookies.push(...header);
    };
    page.on("response", onResponse);
    // Land before the next navigation: behind the proxy Next's own fetch of the redirect fails (no
    // TLS on 127.0.0.1) and the browser follows it a moment later, which would cancel a goto.
    await new Accounts(page).signInTo(DEMO.talent, DEMO_PASSWORD, "/talent");
    await expect.poll(() => setCookies.find((c) => /authjs\.session-token=/.test(c))).toBeTruthy();
    const session = setCookies.find((c) => /authjs\.session-token=/.test(c))!;
    expect(session).toMatch(/;\s*HttpOnly/i);
    expect(session).toMatch(/;\s*SameSite=Lax/i);
    expect(session).toMatch(/;\s*Secure/i);

    await page.goto("/");
    await page.getByRole("button", { name: "English" }).click();
    await expect.poll(() => setCookies.find((c) => /^NEXT_LOCALE=|locale=/i.test(c))).toBeTruthy();
    const locale = setCookies.find((c) => /^NEXT_LOCALE=|locale=/i.test(c))!;
    expect(locale).toMatch(/;\s*HttpOnly/i);
    expect(locale).toMatch(/;\s*SameSite=Lax/i);
    expect(locale).toMatch(/;\s*Secure/i);
    // Responses still arriving when the test ends (prefetches) must not read headers off a closed page.
    await page.removeAllListeners("response", { behavior: "ignoreErrors" });
  });
});
