import { describe, expect, it } from "vitest";
import { alertSearch, alertSearchHref, canonicalQuery, newAlertHref } from "./query";

describe("[alerts] the saved search", () => {
  it("keeps the filters of a /positions URL in one spelling, without paging, sorting or bad values", () => {
    expect(canonicalQuery("/positions?sort=salary&location=dinghai&q=%E7%9F%B3%E5%8C%96&cursor=abc&limit=5")).toBe("location=dinghai&q=%E7%9F%B3%E5%8C%96");
    expect(canonicalQuery("q=石化&location=dinghai")).toBe(canonicalQuery("location=dinghai&q=石化"));
    expect(canonicalQuery({ salary: "-3", education: "master", unknown: "1" })).toBe("education=master");
    expect(canonicalQuery("")).toBe("");
  });

  it("runs newest first and links back to the search and to the alert form", () => {
    expect(alertSearch("location=dinghai&q=石化", 20)).toMatchObject({ location: "dinghai", q: "石化", sort: "newest", limit: 20 });
    expect(alertSearchHref("location=dinghai")).toBe("/positions?location=dinghai");
    expect(newAlertHref({ q: "航空", cursor: "x" })).toBe("/alerts/new?q=%E8%88%AA%E7%A9%BA");
    expect(newAlertHref({})).toBe("/alerts/new");
  });
});
