import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb, type Transaction } from "../../db/index";
import { boards, platforms, policyTags } from "../../db/schema";
import { rethrowAsFieldError, type ConstraintFields } from "../actions/constraint-errors";
import { recordAudit } from "../audit/queries";
import { AppError } from "../errors";
import type { BoardForm, PlatformForm, PolicyTagForm } from "./schemas";

/** The operator's side of the reference tables: boards, platforms and talent-policy tags. */

interface Actor {
  userId: string;
  ip: string;
}

export async function getManagedCatalog() {
  const db = await getDb();
  const [boardRows, platformRows, tagRows] = await Promise.all([
    db.select().from(boards).orderBy(asc(boards.sortOrder), asc(boards.id)),
    db.select().from(platforms).orderBy(asc(platforms.sortOrder), asc(platforms.id)),
    db.select().from(policyTags).orderBy(asc(policyTags.sortOrder), asc(policyTags.id)),
  ]);
  return { boards: boardRows, platforms: platformRows, policyTags: tagRows };
}

export type ManagedCatalog = Awaited<ReturnType<typeof getManagedCatalog>>;

export async function updateBoard(input: Actor & { form: BoardForm }): Promise<void> {
  const db = await getDb();
  const { id, ...columns } = input.form;
  await db.transaction(async (tx) => {
    const [row] = await tx.update(boards).set(columns).where(eq(boards.id, id)).returning({ code: boards.code });
    if (!row) throw new AppError("not_found:board");
    await recordAudit({ actorId: input.userId, action: "board.edited", entityType: "board", entityId: id, data: { code: row.code, ...columns }, ip: input.ip }, tx);
  });
}

type Row = { id: number };

/** Writes one row (an insert, or an update when the form named an id) and records it; constraint errors blame their field. */
async function saveRow(input: Actor & { id?: number; entity: "platform" | "policy_tag"; data: Record<string, unknown>; constraints: ConstraintFields }, write: (tx: Transaction) => Promise<Row[]>): Promise<Row> {
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const [row] = await write(tx);
      if (!row) throw new AppError(`not_found:${input.entity}`);
      await recordAudit({ actorId: input.userId, action: `${input.entity}.${input.id ? "edited" : "created"}`, entityType: input.entity, entityId: row.id, data: input.data, ip: input.ip }, tx);
      return row;
    });
  } catch (error) {
    rethrowAsFieldError(error, input.constraints);
  }
}

const PLATFORM_CONSTRAINTS: ConstraintFields = {
  platforms_code_unique: ["code", "code_taken"],
  platforms_board_id_boards_id_fk: ["board", "choose_one"],
  // Positions and intents point at (platform, board): moving a platform in use to another board would break them.
  positions_platform_on_board_fk: ["board", "platform_in_use"],
  intents_platform_on_board_fk: ["board", "platform_in_use"],
};

/** Creates a platform, or edits one; a taken code or a board its positions are not on is the field's error. */
export async function savePlatform(input: Actor & { form: PlatformForm }): Promise<Row> {
  const { id, board, ...rest } = input.form;
  const columns = { ...rest, boardId: board };
  return saveRow({ ...input, id, entity: "platform", data: columns, constraints: PLATFORM_CONSTRAINTS }, (tx) =>
    id ? tx.update(platforms).set(columns).where(eq(platforms.id, id)).returning({ id: platforms.id }) : tx.insert(platforms).values(columns).returning({ id: platforms.id }),
  );
}

/** Creates a talent-policy tag, or renames one. */
export async function savePolicyTag(input: Actor & { form: PolicyTagForm }): Promise<Row> {
  const { id, ...columns } = input.form;
  return saveRow({ ...input, id, entity: "policy_tag", data: columns, constraints: { policy_tags_code_unique: ["code", "code_taken"] } }, (tx) =>
    id ? tx.update(policyTags).set(columns).where(eq(policyTags.id, id)).returning({ id: policyTags.id }) : tx.insert(policyTags).values(columns).returning({ id: policyTags.id }),
  );
}
