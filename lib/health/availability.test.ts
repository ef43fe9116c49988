import { describe, expect, it } from "vitest";
import { isConnectionError, isDatabaseDown, markDatabaseDown, markDatabaseUp } from "./availability";
import { badRequestResponse, isUnreadableUrl, unavailableResponse } from "../http/plain-response";

describe("isConnectionError", () => {
  it("knows a refused, lost or shut-down connection, also wrapped as a cause", () => {
    expect(isConnectionError(Object.assign(new Error("connect"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isConnectionError(Object.assign(new Error("gone"), { code: "CONNECTION_CLOSED" }))).toBe(true);
    expect(isConnectionError(Object.assign(new Error("terminating connection"), { code: "57P01" }))).toBe(true);
    expect(isConnectionError(new Error("Failed query: select 1", { cause: Object.assign(new Error("x"), { code: "08006" }) }))).toBe(true);
    expect(isConnectionError(new AggregateError([Object.assign(new Error("v6"), { code: "ECONNREFUSED" })]))).toBe(true);
  });

  it("does not take a query's own errors for an outage", () => {
    expect(isConnectionError(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBe(false);
    expect(isConnectionError(new Error("plain"))).toBe(false);
    expect(isConnectionError(null)).toBe(false);
    expect(isConnectionError("ECONNREFUSED")).toBe(false);
  });
});

describe("availability state", () => {
  it("goes down and comes back", () => {
    markDatabaseUp();
    expect(isDatabaseDown()).toBe(false);
    markDatabaseDown();
    expect(isDatabaseDown()).toBe(true);
    markDatabaseUp();
    expect(isDatabaseDown()).toBe(false);
  });
});

describe("unavailableResponse", () => {
  it("answers the API in JSON and pages in the visitor's language, never cached", async () => {
    const api = unavailableResponse({ pathname: "/api/v1/positions" });
    expect(api.status).toBe(503);
    expect(api.headers.get("retry-after")).toBe("5");
    expect(await api.json()).toMatchObject({ error: "service_unavailable" });

    const zh = unavailableResponse({ pathname: "/positions", acceptLanguage: "zh-CN,zh;q=0.9" });
    expect(zh.headers.get("cache-control")).toBe("no-store");
    const html = await zh.text();
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain("服务暂时不可用");

    const en = await unavailableResponse({ pathname: "/", cookieLocale: "en", acceptLanguage: "zh-CN" }).text();
    expect(en).toContain('<html lang="en">');
    expect(en).toContain("Service temporarily unavailable");
  });
});

describe("unreadable URLs", () => {
  it("refuses broken percent-encoding and encoded control characters, keeps tabs and line breaks", () => {
    expect(isUnreadableUrl("/positions/%E0%A4%A", "")).toBe(true);
    expect(isUnreadableUrl("/positions", "?q=a%00b")).toBe(true);
    expect(isUnreadableUrl("/positions", "?q=a%7Fb")).toBe(true);
    expect(isUnreadableUrl("/positions", "?q=%E6%B5%B7%0A%E6%B4%8B%09")).toBe(false);
    expect(isUnreadableUrl("/positions/12", "?q=%E6%B5%B7%E6%B4%8B")).toBe(false);
  });

  it("answers 400 in JSON for the API and as a page otherwise", async () => {
    const api = badRequestResponse({ pathname: "/api/v1/positions" });
    expect(api.status).toBe(400);
    expect(await api.json()).toMatchObject({ error: "invalid_parameters", details: [{ parameter: "url" }] });
    const page = badRequestResponse({ pathname: "/positions", cookieLocale: "en" });
    expect(await page.text()).toContain("Bad request");
  });
});
