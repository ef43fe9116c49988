import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { appRoutes } from "../tests/support/app-routes";
import { DEMO, DEMO_PASSWORD } from "./support/fixtures";

/**
 * Every page and route handler, as every kind of visitor. A route added without an entry here
 * fails the first test. "sign-in" = redirected to sign-in, 403 = the forbidden page.
 */
type Role = "anonymous" | "talent" | "employer" | "operator";
type Answer = 200 | 403 | "sign-in" | "redirect-home";

const everyone = { anonymous: 200, talent: 200, employer: 200, operator: 200 } as const;
const guestOnly = { anonymous: 200, talent: "redirect-home", employer: "redirect-home", operator: "redirect-home" } as const;
const only = (role: Exclude<Role, "anonymous">): Record<Role, Answer> => ({
  anonymous: "sign-in",
  talent: role === "talent" ? 200 : 403,
  employer: role === "employer" ? 200 : 403,
  operator: role === "operator" ? 200 : 403,
});
const signedIn = { anonymous: "sign-in", talent: 200, employer: 200, operator: 200 } as const;

const pages: Record<string, Record<Role, Answer>> = {
  "/": everyone,
  "/privacy": everyone,
  "/positions": everyone,
  "/announcements": everyone,
  "/announcements/[id]": everyone,
  "/employers/[id]": everyone,
  "/positions/[id]": everyone,
  "/sign-in": guestOnly,
  "/sign-up": everyone,
  "/sign-up/employer": everyone,
  "/invitations/[token]": everyone,
  "/talent": only("talent"),
  "/talent/privacy": only("talent"),
  "/talent/profile": only("talent"),
  "/talent/intents": only("talent"),
  // Intent 1 of the demo data is the demo talent's, on a position of the demo employer.
  "/talent/intents/[id]": only("talent"),
  "/talent/saved": only("talent"),
  "/talent/projects/new": only("talent"),
  "/talent/recommendations": only("talent"),
  "/employer": only("employer"),
  "/employer/members": only("employer"),
  "/employer/positions": only("employer"),
  "/employer/profile": only("employer"),
  "/employer/positions/new": only("employer"),
  "/employer/positions/[id]": only("employer"),
  "/employer/intents": only("employer"),
  "/employer/intents/[id]": only("employer"),
  "/employer/slots": only("employer"),
  "/employer/positions/[id]/matches": only("employer"),
  "/employer/positions/[id]/matches/[talentId]": only("employer"),
  "/admin": only("operator"),
  "/admin/employers": only("operator"),
  "/admin/positions": only("operator"),
  "/admin/audit": only("operator"),
  "/admin/reports": only("operator"),
  "/admin/announcements": only("operator"),
  "/admin/announcements/new": only("operator"),
  "/admin/announcements/[id]": only("operator"),
  "/admin/campaigns": only("operator"),
  "/admin/campaigns/new": only("operator"),
  "/admin/campaigns/[id]": only("operator"),
  "/admin/catalog": only("operator"),
  "/admin/settings": only("operator"),
  "/admin/dashboard": only("operator"),
  "/admin/report": only("operator"),
  "/account": signedIn,
  "/account/reports": signedIn,
  "/account/notifications": signedIn,
  "/notifications": signedIn,
  "/talent/alerts": only("talent"),
  // Alerts are for talents and visitors; other roles see a note instead of the form.
  "/alerts/new": everyone,
  // No alert has this token: the pages say the link is not valid, without signing in.
  "/alerts/confirm/[token]": everyone,
  "/alerts/unsubscribe/[token]": everyone,
};

const handlers: Record<string, Record<Role, number | "sign-in">> = {
  "/api/health": { anonymous: 200, talent: 200, employer: 200, operator: 200 },
  "/api/v1/positions": { anonymous: 200, talent: 200, employer: 200, operator: 200 },
  "/api/v1/announcements": { anonymous: 200, talent: 200, employer: 200, operator: 200 },
  "/api/v1/openapi.json": { anonymous: 200, talent: 200, employer: 200, operator: 200 },
  "/api/v1/positions/[id]": { anonymous: 200, talent: 200, employer: 200, operator: 200 },
  "/api/v1/stats": { anonymous: 200, talent: 200, employer: 200, operator: 200 },
  // The view beacon takes POST only (e2e/stats.spec.ts counts a view through it).
  "/api/positions/[id]/view": { anonymous: 405, talent: 405, employer: 405, operator: 405 },
  // Without format=csv|xlsx the export names what is missing (e2e/stats.spec.ts downloads both).
  "/admin/dashboard/export": { anonymous: "sign-in", talent: 403, employer: 403, operator: 400 },
  "/talent/privacy/export": { anonymous: "sign-in", talent: 200, employer: 403, operator: 403 },
  // Demo employer 1 has no uploaded logo (the logo journey uses an employer of its own).
  "/employers/[id]/logo": { anonymous: 404, talent: 404, employer: 404, operator: 404 },
  // "1" is no file id: nobody signed in learns more than "not found".
  "/files/[id]": { anonymous: "sign-in", talent: 404, employer: 404, operator: 404 },
  // A booking id nobody has: the invitation answers "not found" to everyone signed in.
  "/bookings/[id]/invitation": { anonymous: "sign-in", talent: 404, employer: 404, operator: 404 },
  // POST only (a booking); the proxy sends visitors to sign-in first.
  "/talent/intents/[id]/booking": { anonymous: "sign-in", talent: 405, employer: 405, operator: 405 },
  // Following notification 1 redirects (303): to what it concerns when it is the user's own, else back to the list.
  "/notifications/[id]": { anonymous: "sign-in", talent: 303, employer: 303, operator: 303 },
  // The bell's count on the roles' cached pages: JSON for the signed-in user, 401 (not a redirect) for anyone else.
  "/notifications/unread": { anonymous: 401, talent: 200, employer: 200, operator: 200 },
  // One-click unsubscribe takes POST only (RFC 8058); e2e/notifications.spec.ts posts to it.
  "/api/alerts/unsubscribe/[token]": { anonymous: 405, talent: 405, employer: 405, operator: 405 },
};
// Auth.js's own endpoints are its business; they are exercised by every sign-in.
const UNCHECKED_HANDLERS = ["/api/auth/[...nextauth]"];

const accounts: Record<Exclude<Role, "anonymous">, string> = { talent: DEMO.talent, employer: DEMO.employer, operator: DEMO.operator };

async function session(baseURL: string, role: Role): Promise<APIRequestContext> {
  const context = await request.newContext({ baseURL, extraHTTPHeaders: { "accept-language": "zh-CN" } });
  if (role === "anonymous") return context;
  const { csrfToken } = await (await context.get("/api/auth/csrf")).json();
  const response = await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: accounts[role], password: DEMO_PASSWORD, callbackUrl: "/" },
    maxRedirects: 0,
  });
  expect(response.status(), `sign-in as ${role}`).toBe(302);
  expect(response.headers().location).not.toContain("error");
  return context;
}

// Position, announcement, employer and campaign 1 exist in the demo data; /employer/positions/[id] takes one of the demo
// employer's own (found below); the invitation token is one nobody was given.
let ownPositionId = "0";
// A talent among that position's matches (one the demo employer may see).
let matchTalentId = "0";
const concrete = (route: string) =>
  route
    .replace("[token]", "no-such-invitation-token-000000")
    .replace(/^\/employer\/positions\/\[id\](\/matches|$)/, `/employer/positions/${ownPositionId}$1`)
    .replace("[talentId]", matchTalentId)
    .replace(/^\/bookings\/\[id\]/, "/bookings/2147483647")
    .replace("[id]", "1");

test.describe("[access] the access matrix", () => {
  test("has an entry for every page and route handler of the app", () => {
    const found = appRoutes();
    expect(found.pages).toEqual(Object.keys(pages).sort());
    expect(found.handlers).toEqual([...Object.keys(handlers), ...UNCHECKED_HANDLERS].sort());
  });

  test.beforeAll(async ({ baseURL }) => {
    const employer = await session(baseURL!, "employer");
    const html = await (await employer.get("/employer/positions")).text();
    ownPositionId = html.match(/\/employer\/positions\/(\d+)/)?.[1] ?? "0";
    expect(Number(ownPositionId)).toBeGreaterThan(0);
    const matches = await (await employer.get(`/employer/positions/${ownPositionId}/matches`)).text();
    matchTalentId = matches.match(/\/matches\/([0-9a-f-]{36})/)?.[1] ?? "0";
    expect(matchTalentId).not.toBe("0");
    await employer.dispose();
  });

  for (const role of ["anonymous", "talent", "employer", "operator"] as const) {
    test(`every page and handler answers a ${role} as the matrix says`, async ({ baseURL }) => {
      const context = await session(baseURL!, role);
      const problems: string[] = [];
      for (const [route, answers] of Object.entries(pages)) {
        const response = await context.get(concrete(route), { maxRedirects: 0 });
        const location = response.headers().location ?? "";
        const got = response.status() === 307 || response.status() === 302 || response.status() === 303
          ? location.includes("/sign-in") ? "sign-in" : "redirect-home"
          : response.status();
        if (got !== answers[role]) problems.push(`${route}: expected ${answers[role]}, got ${got} ${location}`);
      }
      for (const [route, answers] of Object.entries(handlers)) {
        const response = await context.get(concrete(route), { maxRedirects: 0 });
        const got = response.status() === 307 && (response.headers().location ?? "").includes("/sign-in") ? "sign-in" : response.status();
        if (got !== answers[role]) problems.push(`${route}: expected ${answers[role]}, got ${got}`);
      }
      expect(problems).toEqual([]);
      await context.dispose();
    });
  }
});
