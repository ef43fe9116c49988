/**
 * Bulk insert: a batch of rows goes to the database in one INSERT … SELECT … FROM unnest(…),
 * one array parameter per column, with the ids the generator chose. While one batch is in flight
 * the next is being generated (double buffering), so the generator and the database work
 * at the same time.
 */
import { sql, type SQL } from "drizzle-orm";
import { execute, type Database } from "../index";
import { IDENTITY_TABLES, TABLE_ORDER, type RowBatch, type TableName } from "./rows";

export interface TableStat {
  table: TableName;
  rows: number;
  /** Time from sending each batch to its completion (the database's work, plus any wait for the event loop). */
  ms: number;
  /** Time the generator spent making this table's rows (it overlaps the database's work). */
  generateMs: number;
}

export interface InsertOptions {
  /** Rows per INSERT (default 5000). */
  batchRows?: number;
  log?: (line: string) => void;
  /** How often to print progress on a long table (default 5 s). */
  progressEveryMs?: number;
}

function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}

/** Column types of each table, read once from the catalog, to cast each column's array. */
export type ColumnTypes = Map<TableName, Map<string, string>>;

async function columnTypes(db: Database, table: TableName, cache: ColumnTypes): Promise<Map<string, string>> {
  const cached = cache.get(table);
  if (cached) return cached;
  const rows = await execute<{ name: string; type: string }>(
    db,
    sql`select a.attname as name, format_type(a.atttypid, a.atttypmod) as type
        from pg_attribute a
        where a.attrelid = to_regclass(${`public.${quote(table)}`}) and a.attnum > 0 and not a.attisdropped`,
  );
  const types = new Map(rows.map((r) => [r.name, r.type]));
  cache.set(table, types);
  return types;
}

/** An element of a PostgreSQL array literal: quoted, with backslashes and quotes escaped. */
function element(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  const text = Array.isArray(value)
    ? arrayLiteral(value)
    : typeof value === "object"
      ? JSON.stringify(value)
      : String(value);
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

function arrayLiteral(values: readonly unknown[]): string {
  return `{${values.map(element).join(",")}}`;
}

/**
 * One INSERT … SELECT … FROM unnest(…) for a batch of rows of one table: each column travels
 * as one array literal in a text parameter. PostgreSQL parses array literals about twice as
 * fast as the same rows as JSON (json_to_recordset), and plain text parameters behave the
 * same on postgres.js and PGlite. Array columns (skills, wishes) travel as arrays of their
 * literals and are cast back per row.
 */
export async function insertRows(db: Database, table: TableName, rows: readonly object[], cache: ColumnTypes = new Map()): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const types = await columnTypes(db, table, cache);
  const names = Object.keys(first);
  const parts: SQL[] = [];
  const selects: string[] = [];
  names.forEach((name, i) => {
    const type = types.get(name);
    if (!type) throw new Error(`${table}.${name} is not a column: has the schema changed?`);
    const isArray = type.endsWith("[]");
    const values = rows.map((row) => (row as Record<string, unknown>)[name]);
    if (i > 0) parts.push(sql.raw(", "));
    parts.push(sql`${arrayLiteral(values)}`, sql.raw(`::text::${isArray ? "text[]" : `${type}[]`}`));
    selects.push(isArray ? `c${i}::${type}` : `c${i}`);
  });
  const columns = names.map(quote).join(", ");
  const overriding = IDENTITY_TABLES.includes(table) ? " OVERRIDING SYSTEM VALUE" : "";
  const aliases = names.map((_, i) => `c${i}`).join(", ");
  const query = sql.join([
    sql.raw(`INSERT INTO ${quote(table)} (${columns})${overriding} SELECT ${selects.join(", ")} FROM unnest(`),
    ...parts,
    sql.raw(`) AS u(${aliases})`),
  ]);
  try {
    await db.execute(query);
  } catch (error) {
    throw conciseError(table, rows.length, error);
  }
}

/**
 * Drizzle's error carries the whole batch as its parameter: megabytes in a log. Keep what
 * matters — the table, PostgreSQL's message, detail, code and constraint.
 */
function conciseError(table: TableName, count: number, error: unknown): Error {
  let pg: { message?: string; code?: string; detail?: string; constraint?: string; constraint_name?: string } | undefined;
  for (let current = error as { cause?: unknown } | undefined, depth = 0; current && depth < 5; depth++) {
    const candidate = current as typeof pg & { cause?: unknown };
    if (typeof candidate?.code === "string") {
      pg = candidate;
      break;
    }
    current = candidate?.cause as { cause?: unknown } | undefined;
  }
  const constraint = pg?.constraint ?? pg?.constraint_name;
  const detail = pg?.detail ? ` — ${pg.detail}` : "";
  const message = pg?.message ?? (error instanceof Error ? error.message.split("\n")[0] : String(error));
  return new Error(`Inserting ${count} rows into ${table} failed: ${message}${detail}`, {
    cause: { code: pg?.code, constraint, detail: pg?.detail },
  });
}

/** Identity sequences continue after the explicit ids, so the app's own inserts do not collide. */
export async function resetSequences(db: Database): Promise<void> {
  for (const table of IDENTITY_TABLES) {
    const t = quote(table);
    await execute(
      db,
      sql.raw(`SELECT setval(pg_get_serial_sequence('${t}', 'id'), COALESCE((SELECT max(id) FROM ${t}), 0) + 1, false)`),
    );
  }
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function insertBatches(db: Database, batches: Iterable<RowBatch>, options: InsertOptions = {}): Promise<TableStat[]> {
  const batchRows = options.batchRows ?? 5000;
  const log = options.log;
  const progressEveryMs = options.progressEveryMs ?? 5000;
  const stats = new Map<TableName, TableStat>(
    TABLE_ORDER.map((table) => [table, { table, rows: 0, ms: 0, generateMs: 0 }]),
  );
  let lastProgress = performance.now();
  let inflight: Promise<void> | null = null;
  let pending: { table: TableName; rows: object[] } | null = null;
  const types: ColumnTypes = new Map();

  const send = async (table: TableName, rows: object[]) => {
    const started = performance.now();
    await insertRows(db, table, rows, types);
    const stat = stats.get(table);
    if (stat) {
      stat.rows += rows.length;
      stat.ms += performance.now() - started;
      if (log && performance.now() - lastProgress > progressEveryMs) {
        lastProgress = performance.now();
        log(`${table}: ${stat.rows.toLocaleString("en-US")} rows so far (${rate(stat)})`);
      }
    }
  };

  const flush = async () => {
    if (!pending) return;
    const { table, rows } = pending;
    pending = null;
    if (inflight) await inflight;
    inflight = send(table, rows);
    // Handled here so that a failure is not "unhandled" while the next batch is made; the
    // next await of inflight still throws it.
    inflight.catch(() => {});
    // Let the driver start writing the query before the next batch is generated.
    await yieldToEventLoop();
  };

  const iterator = batches[Symbol.iterator]();
  for (;;) {
    const generating = performance.now();
    const step = iterator.next();
    if (step.done) break;
    const batch = step.value;
    const stat = stats.get(batch.table);
    if (stat) stat.generateMs += performance.now() - generating;
    if (pending && pending.table !== batch.table) await flush();
    if (!pending) pending = { table: batch.table, rows: [] };
    for (const row of batch.rows) pending.rows.push(row);
    if (pending.rows.length >= batchRows) await flush();
    else if (inflight) await yieldToEventLoop();
  }
  await flush();
  if (inflight) await inflight;
  return [...stats.values()].filter((s) => s.rows > 0);
}

export function rate(stat: TableStat): string {
  const perSecond = stat.ms > 0 ? Math.round((stat.rows * 1000) / stat.ms) : stat.rows;
  return `${perSecond.toLocaleString("en-US")} rows/s`;
}
