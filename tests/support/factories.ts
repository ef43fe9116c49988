/**
 * Minimal rows for integration tests, each made fresh with unique names so tests never depend
 * on one another's data.
 */
import { eq } from "drizzle-orm";
import type { Database } from "../../db/index";
import {
  boards,
  employerMembers,
  employers,
  industries,
  intents,
  locations,
  negotiationSlots,
  platforms,
  positions,
  talentProfiles,
  users,
} from "../../db/schema";

let sequence = 0;
const next = () => `${Date.now().toString(36)}${(++sequence).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

const CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/** A credit code of the right shape (the database checks shape; lib/ checks the checksum). */
function shapedCreditCode(): string {
  let tail = "";
  for (let i = 0; i < 10; i++) tail += CODE_ALPHABET[Math.floor(Math.random() * CODE_ALPHABET.length)];
  return `91330900${tail}`;
}

export async function createUser(db: Database, role: "talent" | "employer" | "operator" = "talent") {
  const [user] = await db
    .insert(users)
    .values({
      email: `${role}-${next()}@test.zhihui.example`,
      name: `测试${role}`,
      role,
      consentAt: role === "talent" ? new Date() : null,
    })
    .returning();
  return user!;
}

/** The seeded operator's id (in a database made with `createTestDatabase({ seeded: true })`). */
export async function findOperatorId(db: Database): Promise<string> {
  const [operator] = await db.select({ id: users.id }).from(users).where(eq(users.role, "operator")).limit(1);
  if (!operator) throw new Error("no operator: use a seeded test database");
  return operator.id;
}

export async function createCatalog(db: Database) {
  const id = next();
  const [board] = await db.insert(boards).values({ code: `b-${id}`, nameZh: "测试板块", nameEn: "Test board" }).returning();
  const [platform] = await db
    .insert(platforms)
    .values({ boardId: board!.id, code: `p-${id}`, nameZh: "测试平台", nameEn: "Test platform" })
    .returning();
  const [location] = await db.insert(locations).values({ code: `l-${id}`, kind: "district", nameZh: "定海区", nameEn: "Dinghai" }).returning();
  const [industry] = await db.insert(industries).values({ code: `i-${id}`, nameZh: "石化", nameEn: "Petrochemicals" }).returning();
  return { board: board!, platform: platform!, location: location!, industry: industry! };
}

export async function createEmployer(db: Database, status: "pending" | "verified" = "verified") {
  const [employer] = await db
    .insert(employers)
    .values({
      name: `舟山测试单位${next()}`,
      creditCode: shapedCreditCode(),
      kind: "enterprise",
      status,
      verifiedAt: status === "verified" ? new Date() : null,
    })
    .returning();
  return employer!;
}

export async function createPosition(db: Database, catalog: Awaited<ReturnType<typeof createCatalog>>, employerId: number) {
  const [position] = await db
    .insert(positions)
    .values({
      employerId,
      boardId: catalog.board.id,
      platformId: catalog.platform.id,
      title: "石化工艺工程师",
      category: "工程技术",
      talentLevel: "high",
      locationId: catalog.location.id,
      industryId: catalog.industry.id,
      status: "published",
      publishedAt: new Date(),
    })
    .returning();
  return position!;
}

export async function createIntent(db: Database, position: { id: number; employerId: number; boardId: number }, talentId: string) {
  const [intent] = await db
    .insert(intents)
    .values({ kind: "employment", talentId, positionId: position.id, employerId: position.employerId, boardId: position.boardId })
    .returning();
  return intent!;
}

export async function createSlot(db: Database, employerId: number, capacity: number) {
  const [slot] = await db
    .insert(negotiationSlots)
    .values({ employerId, startsAt: new Date(Date.now() + 86_400_000), capacity })
    .returning();
  return slot!;
}

/** A verified employer with one member (an owner) who signs in as it. */
export async function createEmployerWithMember(db: Database, status: "pending" | "verified" = "verified") {
  const employer = await createEmployer(db, status);
  const user = await createUser(db, "employer");
  await db.insert(employerMembers).values({ employerId: employer.id, userId: user.id, role: "owner" });
  const actor = { id: user.id, role: "employer" as const, employerId: employer.id, memberRole: "owner" as const, employerStatus: status };
  return { employer, user, actor };
}

/** A talent with an (empty) profile, as the sign-up makes one. */
export async function createTalent(db: Database) {
  const user = await createUser(db, "talent");
  await db.insert(talentProfiles).values({ userId: user.id, realName: user.name });
  return { user, actor: { id: user.id, role: "talent" as const } };
}
