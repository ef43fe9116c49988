import { expect, test } from "@playwright/test";

test.describe("[search] a visitor finds positions", () => {
  test("by a 2-character Chinese word from the home page, then by a filter, and opens one", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("searchbox", { name: "搜索岗位" }).fill("海洋");
    await page.getByRole("button", { name: "搜索" }).click();
    await expect(page).toHaveURL(/\/positions\?q=%E6%B5%B7%E6%B4%8B/);
    const count = page.getByTestId("result-count");
    await expect(count).toHaveText(/共 \d+ 个岗位/);
    const all = Number((await count.textContent())!.match(/\d+/)![0]);
    expect(all).toBeGreaterThan(0);

    const filters = page.getByRole("complementary", { name: "筛选" });
    await filters.getByRole("navigation", { name: "工作地点" }).getByRole("link", { name: /定海区/ }).click();
    await expect(page).toHaveURL(/location=dinghai/);
    await expect(page).toHaveURL(/q=/);
    const filtered = Number((await count.textContent())!.match(/\d+/)![0]);
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(all);

    // Other journeys publish and take down positions of their own (in 岱山县) meanwhile: the back
    // button is checked within 定海区, whose positions only the demo data holds.
    await filters.getByRole("navigation", { name: "人才层次" }).getByRole("link", { name: /青年人才/ }).click();
    await expect(page).toHaveURL(/level=young/);
    const narrower = Number((await count.textContent())!.match(/\d+/)![0]);
    expect(narrower).toBeLessThan(filtered);
    await page.goBack();
    await expect(page).toHaveURL(/location=dinghai/);
    await expect(page).not.toHaveURL(/level=/);
    await expect(count).toHaveText(`共 ${filtered} 个岗位`);

    const first = page.getByTestId("position-card").first().getByRole("heading").getByRole("link");
    const title = (await first.textContent())!.trim();
    await first.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByText("岗位信息")).toBeVisible();
  });

  test("pages through results by cursor and a bad filter is ignored with a notice", async ({ page }) => {
    await page.goto("/positions?salary=abc&level=top");
    await expect(page.getByText("以下条件无效，已忽略：salary")).toBeVisible();
    await page.goto("/positions");
    // Other journeys publish positions too: compare with the API's count, not a constant.
    const { total } = await (await page.request.get("/api/v1/positions?facets=0")).json();
    await expect(page.getByTestId("result-count")).toHaveText(`共 ${total.value} 个岗位`);
    const firstPage = await page.getByTestId("position-card").getByRole("heading").getByRole("link").allTextContents();
    await page.getByRole("link", { name: "下一页" }).click();
    await expect(page).toHaveURL(/cursor=/);
    const secondPage = await page.getByTestId("position-card").getByRole("heading").getByRole("link").allTextContents();
    expect(secondPage).toHaveLength(20);
    expect(secondPage.some((t) => firstPage.includes(t) && firstPage.indexOf(t) === secondPage.indexOf(t))).toBe(false);
  });

  test("clearing a search that found nothing empties the search box too", async ({ page }) => {
    await page.goto("/positions?q=%E9%B2%B2%E9%B9%8F%E4%B8%8D%E5%AD%98%E5%9C%A8");
    await expect(page.getByText("没有符合条件的岗位。")).toBeVisible();
    await expect(page.getByRole("searchbox", { name: "搜索岗位" })).toHaveValue("鲲鹏不存在");
    // Typed but not searched: the box is the visitor's now, yet clearing all clears it.
    await page.getByRole("searchbox", { name: "搜索岗位" }).fill("鲲鹏");
    await page.getByRole("link", { name: "清除全部条件" }).click();
    await expect(page).toHaveURL((url) => url.pathname === "/positions" && url.search === "");
    await expect(page.getByRole("searchbox", { name: "搜索岗位" })).toHaveValue("");
  });
});

test.describe("[api] /api/v1/positions", () => {
  test("answers the search as JSON with facets and a cursor", async ({ request }) => {
    const response = await request.get("/api/v1/positions?q=石化&limit=5");
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.items).toHaveLength(5);
    expect(body.items[0]).toMatchObject({ id: expect.any(Number), title: expect.any(String), employerName: expect.any(String) });
    expect(body.total.value).toBeGreaterThan(5);
    expect(body.nextCursor).toEqual(expect.any(String));
    expect(body.facets.board.length).toBeGreaterThan(0);
    const next = await (await request.get(`/api/v1/positions?q=石化&limit=5&cursor=${body.nextCursor}`)).json();
    expect(next.items.map((i: { id: number }) => i.id)).not.toContain(body.items[0].id);
    const bare = await (await request.get("/api/v1/positions?q=石化&limit=5&facets=0")).json();
    expect(bare.facets).toBeNull();
    expect(bare.items).toEqual(body.items);
    const one = await request.get(`/api/v1/positions/${body.items[0].id}`);
    expect(one.status()).toBe(200);
    expect((await one.json()).description).toEqual(expect.any(String));
  });

  for (const [query, parameter] of [
    ["limit=0", "limit"],
    ["limit=abc", "limit"],
    ["salary=-1", "salary"],
    ["salary=99999999999", "salary"],
    ["education=phd", "education"],
    ["sort=random", "sort"],
    ["board=%27%3B%20drop%20table%20positions%3B--", "board"],
    [`q=${"海".repeat(101)}`, "q"],
    ["cursor=%3Cscript%3E", "cursor"],
    // A newest-first cursor (publishedAt, id) sent with the salary sort it cannot continue.
    [`sort=salary&cursor=${Buffer.from(JSON.stringify({ k: ["2026-05-01T08:00:00.000Z", 1] })).toString("base64url")}`, "cursor"],
    ["nonsense=1", "nonsense"],
    ["facets=yes", "facets"],
  ] as const) {
    test(`refuses ${query.slice(0, 40)} with a 400 naming "${parameter}"`, async ({ request }) => {
      const response = await request.get(`/api/v1/positions?${query}`);
      expect(response.status()).toBe(400);
      const body = await response.json();
      expect(body.error).toBe("invalid_parameters");
      expect(body.details.map((d: { parameter: string }) => d.parameter)).toContain(parameter);
    });
  }

  test("answers 400 for an id that is not a number and 404 for one that is not public", async ({ request }) => {
    expect((await request.get("/api/v1/positions/abc")).status()).toBe(400);
    expect((await request.get("/api/v1/positions/-1")).status()).toBe(400);
    const missing = await request.get("/api/v1/positions/2000000000");
    expect(missing.status()).toBe(404);
    expect(await missing.json()).toEqual({ error: "not_found" });
  });
});
