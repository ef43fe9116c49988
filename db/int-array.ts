import { sql, type SQL } from "drizzle-orm";

/** An int[] parameter, written as PostgreSQL's array text (both drivers take it as one value). */
export function intArray(values: readonly number[]): SQL {
  return sql`${`{${values.join(",")}}`}::int[]`;
}
