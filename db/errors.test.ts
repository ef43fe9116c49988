import { describe, expect, it } from "vitest";
import { retryingConflicts } from "./errors";

/** An error as Drizzle wraps postgres.js's: the SQLSTATE on the cause. */
const failed = (code: string) => Object.assign(new Error("Failed query"), { cause: Object.assign(new Error("pg"), { code }) });

describe("retryingConflicts", () => {
  it("runs a transaction PostgreSQL gave up (deadlock, serialization failure) again, and answers its result", async () => {
    let runs = 0;
    const result = await retryingConflicts(async () => {
      runs++;
      if (runs === 1) throw failed("40P01");
      if (runs === 2) throw failed("40001");
      return "done";
    }, { baseMs: 1 });
    expect([result, runs]).toEqual(["done", 3]);
  });

  it("gives up after its attempts, with the last error", async () => {
    let runs = 0;
    await expect(retryingConflicts(async () => { runs++; throw failed("40P01"); }, { attempts: 3, baseMs: 1 })).rejects.toThrow("Failed query");
    expect(runs).toBe(3);
  });

  it("never runs again a transaction that failed for any other reason", async () => {
    let runs = 0;
    await expect(retryingConflicts(async () => { runs++; throw failed("23514"); }, { baseMs: 1 })).rejects.toThrow("Failed query");
    await expect(retryingConflicts(async () => { runs++; throw new Error("not the database"); }, { baseMs: 1 })).rejects.toThrow("not the database");
    expect(runs).toBe(2);
  });
});
