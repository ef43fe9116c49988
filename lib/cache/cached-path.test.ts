import { describe, expect, it } from "vitest";
import { cachedPathFor } from "./cached-path";

const none = new URLSearchParams();

describe("cachedPathFor", () => {
  it("maps the five public pages to their cached copy in the visitor's language", () => {
    expect(cachedPathFor("GET", "/", none, "zh")).toBe("/cached/zh");
    expect(cachedPathFor("GET", "/positions/42", none, "en")).toBe("/cached/en/positions/42");
    expect(cachedPathFor("HEAD", "/employers/7", none, "zh")).toBe("/cached/zh/employers/7");
    expect(cachedPathFor("GET", "/announcements", none, "zh")).toBe("/cached/zh/announcements");
    expect(cachedPathFor("GET", "/announcements/3", none, "en")).toBe("/cached/en/announcements/3");
  });

  it("keeps client navigations (_rsc) on the cache", () => {
    expect(cachedPathFor("GET", "/positions/42", new URLSearchParams("_rsc=abc"), "zh")).toBe("/cached/zh/positions/42");
  });

  it("renders pages that read their query, other pages and other methods per request", () => {
    expect(cachedPathFor("GET", "/announcements", new URLSearchParams("category=policy"), "zh")).toBeNull();
    expect(cachedPathFor("GET", "/positions", none, "zh")).toBeNull();
    expect(cachedPathFor("GET", "/positions/new", none, "zh")).toBeNull();
    expect(cachedPathFor("GET", "/talent", none, "zh")).toBeNull();
    expect(cachedPathFor("POST", "/positions/42", none, "zh")).toBeNull();
  });

  it("leaves ids no page could have to the dynamic page (no cache entry per junk URL)", () => {
    expect(cachedPathFor("GET", "/positions/0", none, "zh")).toBeNull();
    expect(cachedPathFor("GET", "/positions/007", none, "zh")).toBeNull();
    expect(cachedPathFor("GET", "/positions/12345678901", none, "zh")).toBeNull();
    expect(cachedPathFor("GET", "/positions/1/", none, "zh")).toBeNull();
  });
});
