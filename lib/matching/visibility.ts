import { sql, type SQL } from "drizzle-orm";

/**
 * Talents (`t`: talent_profiles) whose profile an employer may see: open to every verified
 * employer while this one is verified, or with an intent to this employer (PIPL: the talent chose).
 */
export function visibleTo(employerId: number): SQL {
  return sql`((t.visibility = 'verified_employers' and exists (select 1 from employers v where v.id = ${employerId} and v.status = 'verified'))
    or exists (select 1 from intents vi where vi.talent_id = t.user_id and vi.employer_id = ${employerId}))`;
}
