import { describe, expect, it } from "vitest";
import { AppError, isAppError } from "./errors";

describe("AppError", () => {
  it("maps each kind to its HTTP status", () => {
    expect(new AppError("not_found:position").status).toBe(404);
    expect(new AppError("conflict:intent").status).toBe(409);
    expect(new AppError("rate_limited:sign_in").status).toBe(429);
    expect(new AppError("unavailable:database").status).toBe(503);
  });
  it("splits the code into kind and subject", () => {
    const error = new AppError("forbidden:employer");
    expect(error.kind).toBe("forbidden");
    expect(error.subject).toBe("employer");
    expect(isAppError(error)).toBe(true);
    expect(isAppError(new Error("x"))).toBe(false);
  });
});
