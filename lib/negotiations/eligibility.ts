import { and, eq, isNull, sql, type SQL } from "drizzle-orm";
import { negotiationSlots } from "../../db/schema";

/**
 * The slots an intent may book: the handling employer's, not cancelled, for the intent's
 * position or for all positions (a project intent: all positions only).
 */
export function slotsOpenTo(intent: { employerId: number; positionId: number | null }): SQL {
  return and(
    eq(negotiationSlots.employerId, intent.employerId),
    isNull(negotiationSlots.cancelledAt),
    intent.positionId == null ? isNull(negotiationSlots.positionId) : sql`(${negotiationSlots.positionId} is null or ${negotiationSlots.positionId} = ${intent.positionId})`,
  )!;
}
