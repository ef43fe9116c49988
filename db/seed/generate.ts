/**
 * The whole demo data set as a stream of row batches, in foreign-key order. Pure: no I/O,
 * the same input gives the same rows, and big tables come in chunks so that a million
 * positions never sit in memory at once.
 */
import { createContext, type SeedInput } from "./context";
import { generateAuditLog, generateNotifications, generateSavedPositions } from "./generate-activity";
import { generateAnnouncements } from "./generate-announcements";
import { generateCatalog } from "./generate-catalog";
import { generateEmployers } from "./generate-employers";
import { generateIntents } from "./generate-intents";
import { generatePositions } from "./generate-positions";
import { generateTalents } from "./generate-talents";
import type { RowBatch } from "./rows";

export type { SeedInput } from "./context";

export function* generateSeed(input: SeedInput): Generator<RowBatch, void> {
  const ctx = createContext(input);
  yield* generateCatalog(ctx);
  const employers = yield* generateEmployers(ctx);
  const positions = yield* generatePositions(ctx, employers);
  yield* generateAnnouncements(ctx, positions, employers);
  const talents = yield* generateTalents(ctx);
  yield* generateSavedPositions(ctx, positions, talents);
  const { notifications } = yield* generateIntents(ctx, employers, positions, talents);
  yield* generateNotifications(ctx, employers, positions, notifications);
  yield* generateAuditLog(ctx, employers, positions);
}
