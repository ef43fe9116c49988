import { describe, expect, it } from "vitest";
import { nextHostname } from "./next-hostname";

describe("nextHostname", () => {
  it("tells Next `localhost` for every loopback address, as its proxy writes request URLs", () => {
    for (const listening of [undefined, "127.0.0.1", "127.1.2.3", "::1", "[::1]", "localhost", "LOCALHOST"]) expect(nextHostname(listening), String(listening)).toBe("localhost");
  });

  it("tells Next any other address as it is", () => {
    for (const listening of ["0.0.0.0", "10.0.0.5", "app.example.cn", "::", "128.0.0.1", "127.0.0.1.example"]) expect(nextHostname(listening)).toBe(listening);
  });
});
