import "server-only";
import { asc, desc, eq, sql } from "drizzle-orm";
import { getDb, type Transaction } from "../../db/index";
import { campaignBoards, campaigns } from "../../db/schema";
import { rethrowAsFieldError, type ConstraintFields } from "../actions/constraint-errors";
import { recordAudit } from "../audit/queries";
import { AppError, FieldError } from "../errors";
import type { CampaignForm } from "./schemas";

/** The operator's side of campaigns: create and edit, their boards, and the one featured on the home page. */

const FORM_CONSTRAINTS: ConstraintFields = {
  campaigns_slug_unique: ["slug", "code_taken"],
  campaigns_dates_check: ["endsAt", "end_before_start"],
  campaign_boards_board_id_boards_id_fk: ["boards", "choose_one"],
};

interface Actor {
  userId: string;
  ip: string;
}

function columnsOf(form: CampaignForm) {
  return {
    slug: form.slug,
    nameZh: form.nameZh,
    nameEn: form.nameEn,
    sloganZh: form.sloganZh,
    sloganEn: form.sloganEn,
    startsAt: form.startsAt,
    endsAt: form.endsAt,
    requireVerifiedEmployers: form.requireVerifiedEmployers,
  };
}

async function save(tx: Transaction, id: number, form: CampaignForm) {
  // One statement: the chosen campaign becomes the only featured one, in this transaction.
  if (form.featured) await tx.update(campaigns).set({ featured: sql`${campaigns.id} = ${id}` }).where(sql`${campaigns.featured} or ${campaigns.id} = ${id}`);
  await tx.delete(campaignBoards).where(eq(campaignBoards.campaignId, id));
  if (form.boards.length > 0) await tx.insert(campaignBoards).values([...new Set(form.boards)].map((boardId) => ({ campaignId: id, boardId })));
}

const auditData = (form: CampaignForm) => ({ slug: form.slug, nameZh: form.nameZh, startsAt: form.startsAt.toISOString(), endsAt: form.endsAt.toISOString(), featured: form.featured, boards: form.boards });

export async function createCampaign(input: Actor & { form: CampaignForm }): Promise<{ id: number }> {
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(campaigns)
        .values(columnsOf(input.form))
        .returning({ id: campaigns.id });
      await save(tx, row!.id, input.form);
      await recordAudit({ actorId: input.userId, action: "campaign.created", entityType: "campaign", entityId: row!.id, data: auditData(input.form), ip: input.ip }, tx);
      return row!;
    });
  } catch (error) {
    rethrowAsFieldError(error, FORM_CONSTRAINTS);
  }
}

export async function updateCampaign(input: Actor & { id: number; form: CampaignForm }): Promise<void> {
  const db = await getDb();
  try {
    await db.transaction(async (tx) => {
      const [current] = await tx.select({ featured: campaigns.featured }).from(campaigns).where(eq(campaigns.id, input.id)).for("update");
      if (!current) throw new AppError("not_found:campaign");
      // The home page always has its campaign: feature another one instead of un-featuring this one.
      if (current.featured && !input.form.featured) throw new FieldError("featured", "keep_one_featured");
      await tx.update(campaigns).set(columnsOf(input.form)).where(eq(campaigns.id, input.id));
      await save(tx, input.id, input.form);
      await recordAudit({ actorId: input.userId, action: "campaign.edited", entityType: "campaign", entityId: input.id, data: auditData(input.form), ip: input.ip }, tx);
    });
  } catch (error) {
    rethrowAsFieldError(error, FORM_CONSTRAINTS);
  }
}

export async function findManagedCampaigns() {
  const db = await getDb();
  return db
    .select({
      id: campaigns.id,
      slug: campaigns.slug,
      nameZh: campaigns.nameZh,
      nameEn: campaigns.nameEn,
      startsAt: campaigns.startsAt,
      endsAt: campaigns.endsAt,
      featured: campaigns.featured,
      requireVerifiedEmployers: campaigns.requireVerifiedEmployers,
      boards: sql<number>`(select count(*)::int from campaign_boards cb where cb.campaign_id = ${campaigns.id})`,
    })
    .from(campaigns)
    .orderBy(desc(campaigns.featured), desc(campaigns.startsAt), desc(campaigns.id));
}

export async function getManagedCampaign({ id }: { id: number }) {
  const db = await getDb();
  const [row] = await db.select().from(campaigns).where(eq(campaigns.id, id));
  if (!row) return null;
  const boardRows = await db.select({ boardId: campaignBoards.boardId }).from(campaignBoards).where(eq(campaignBoards.campaignId, id)).orderBy(asc(campaignBoards.boardId));
  return { ...row, boardIds: boardRows.map((b) => b.boardId) };
}

