/**
 * npm run user:create-operator -- --email ops@example.org --name "王敏" [--password …]
 * Operators are never created by public sign-up. Without --password a strong one is generated
 * and printed once.
 */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { z } from "zod";
import { openDatabase } from "../db/index";
import { migrateDatabase } from "../db/migrate";
import { users } from "../db/schema";
import { PG_UNIQUE_VIOLATION, pgError } from "../db/errors";
import { hashPassword, passwordProblem } from "../lib/accounts/password";
import { emailField } from "../lib/accounts/schemas";

const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" }, password: { type: "string" } } });
const input = z.object({ email: emailField, name: z.string().trim().min(1).max(50) }).safeParse({ email: values.email, name: values.name ?? "运营人员" });
if (!input.success) {
  console.error("Usage: npm run user:create-operator -- --email EMAIL [--name NAME] [--password PASSWORD]");
  console.error(input.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n"));
  process.exit(2);
}
const password = values.password ?? `${randomBytes(12).toString("base64url")}7a`;
const problem = passwordProblem(password, { email: input.data.email });
if (problem) {
  console.error(`The password is refused: ${problem}`);
  process.exit(2);
}
const handle = await openDatabase();
try {
  await migrateDatabase(handle);
  await handle.db.insert(users).values({ email: input.data.email, name: input.data.name, role: "operator", passwordHash: await hashPassword(password) });
  console.log(`Operator ${input.data.email} created.`);
  if (!values.password) console.log(`Password (shown once): ${password}`);
} catch (error) {
  if (pgError(error)?.code === PG_UNIQUE_VIOLATION) {
    console.error(`An account with the e-mail ${input.data.email} exists already.`);
    process.exitCode = 1;
  } else throw error;
} finally {
  await handle.close();
}
