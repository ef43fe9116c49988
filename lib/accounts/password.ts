import bcrypt from "bcrypt";
import { env } from "../env";

/**
 * bcrypt's cost: 2^10 rounds, ~55 ms of one core on this class of machine, everywhere the app runs
 * (`next start` and `next dev` set NODE_ENV themselves, scripts leave it unset). The native binding
 * (bcrypt, prebuilt) hashes on libuv's thread pool, so a sign-in no longer holds the event loop
 * while other requests wait (bcryptjs did, for ~80 ms of JavaScript); the hashes are the same
 * `$2b$` strings, so the accounts stored before read as they did.
 *
 * Only under the test runner (vitest sets NODE_ENV=test) it is 4, bcrypt's least: the integration
 * tests make and check a few hundred passwords, and at 10 bcrypt alone took about half of the
 * access matrix's time (tests/access/actions.int.test.ts, 21 → 11 s). The code path is the same,
 * and the browser journeys run against a production build, at 10.
 */
export function bcryptCost(nodeEnv: string | undefined): number {
  return nodeEnv === "test" ? 4 : 10;
}

const cost = () => bcryptCost(env().NODE_ENV);

export const PASSWORD_MIN_LENGTH = 8;
/** bcrypt reads at most 72 bytes; a longer password would be silently cut, so it is refused. */
export const PASSWORD_MAX_BYTES = 72;

export type PasswordProblem = "password_too_short" | "password_too_long" | "password_too_simple" | "password_contains_email";

const COMMON = new Set(["password", "12345678", "123456789", "1234567890", "qwertyui", "qwerty123", "11111111", "88888888", "abcd1234", "password1", "a1234567", "zhihui2020"]);

/** The password policy: 8+ characters, at most 72 bytes, letters and digits, not common, not the e-mail. */
export function passwordProblem(password: string, { email }: { email?: string } = {}): PasswordProblem | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return "password_too_short";
  if (new TextEncoder().encode(password).length > PASSWORD_MAX_BYTES) return "password_too_long";
  if (!/\p{L}/u.test(password) || !/\p{N}/u.test(password) || COMMON.has(password.toLowerCase())) return "password_too_simple";
  const local = email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 4 && password.toLowerCase().includes(local)) return "password_contains_email";
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, cost());
}

// Compared against when the e-mail is unknown, so a wrong address takes as long as a wrong password.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  if (!hash) {
    dummyHash ??= bcrypt.hash("not a password", cost());
    await bcrypt.compare(password, await dummyHash);
    return false;
  }
  return bcrypt.compare(password, hash);
}
