/** Replaces the database name of a PostgreSQL URL. */
export function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** Database names tests create: the prefix lets teardown find and drop what a run left behind. */
export function testDatabaseName(runId: string, label: string): string {
  return `zq_t_${runId}_${label}`.toLowerCase().replace(/[^a-z0-9_]/g, "_").slice(0, 63);
}
