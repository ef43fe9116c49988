import "server-only";
import { asc } from "drizzle-orm";
import { getDb } from "../../db/index";
import { boards, industries, locations, platforms, policyTags } from "../../db/schema";

export interface CatalogEntry {
  id: number;
  code: string;
  nameZh: string;
  nameEn: string;
}

export interface Catalog {
  boards: CatalogEntry[];
  platforms: (CatalogEntry & { boardId: number })[];
  locations: (CatalogEntry & { kind: "district" | "zone" | "enclave" })[];
  industries: (CatalogEntry & { core: boolean })[];
  policyTags: CatalogEntry[];
}

/** The small reference tables the search filters by (read per request; operators may edit them). */
export async function getCatalog(): Promise<Catalog> {
  const db = await getDb();
  const [b, p, l, i, tags] = await Promise.all([
    db.select({ id: boards.id, code: boards.code, nameZh: boards.nameZh, nameEn: boards.nameEn }).from(boards).orderBy(asc(boards.sortOrder), asc(boards.id)),
    db.select({ id: platforms.id, code: platforms.code, nameZh: platforms.nameZh, nameEn: platforms.nameEn, boardId: platforms.boardId }).from(platforms).orderBy(asc(platforms.sortOrder), asc(platforms.id)),
    db.select({ id: locations.id, code: locations.code, nameZh: locations.nameZh, nameEn: locations.nameEn, kind: locations.kind }).from(locations).orderBy(asc(locations.sortOrder), asc(locations.id)),
    db.select({ id: industries.id, code: industries.code, nameZh: industries.nameZh, nameEn: industries.nameEn, core: industries.core }).from(industries).orderBy(asc(industries.sortOrder), asc(industries.id)),
    db.select({ id: policyTags.id, code: policyTags.code, nameZh: policyTags.nameZh, nameEn: policyTags.nameEn }).from(policyTags).orderBy(asc(policyTags.sortOrder), asc(policyTags.id)),
  ]);
  return { boards: b, platforms: p, locations: l, industries: i, policyTags: tags };
}
