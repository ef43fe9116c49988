import { afterEach, describe, expect, it } from "vitest";
import { markDatabaseDown, markDatabaseUp } from "../health/availability";
import { publicApiRoute } from "./api";

describe("publicApiRoute (the public API's own first answers, since it skips proxy.ts)", () => {
  const route = publicApiRoute(async (_request: Request, context: { id: string }) => Response.json({ reached: context.id }));
  afterEach(() => markDatabaseUp());

  it("passes a readable request and its context on to the route", async () => {
    const response = await route(new Request("http://127.0.0.1/api/v1/positions?q=%E6%B5%B7"), { id: "7" });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ reached: "7" });
  });

  it("answers 400 in JSON for broken percent-encoding or a control character, before the route", async () => {
    for (const url of ["http://127.0.0.1/api/v1/positions%ZZ", "http://127.0.0.1/api/v1/positions?q=%00", "http://127.0.0.1/api/v1/positions?q=a%1Fb"]) {
      const response = await route(new Request(url), { id: "7" });
      expect(response.status, url).toBe(400);
      expect(await response.json(), url).toMatchObject({ error: "invalid_parameters" });
    }
  });

  it("answers 503 in JSON with Retry-After while the database is away", async () => {
    markDatabaseDown();
    const response = await route(new Request("http://127.0.0.1/api/v1/positions"), { id: "7" });
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.json()).toMatchObject({ error: "service_unavailable" });
  });
});
