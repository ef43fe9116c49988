import "server-only";
import { clearRateLimit, getRateLimits, hitRateLimit } from "../rate-limits/queries";

/** Failed sign-ins allowed per account and per address within one window. */
export const SIGN_IN_LIMITS = { perAccount: 5, perAddress: 30, windowSeconds: 15 * 60 } as const;

const accountKey = (email: string) => `sign-in:account:${email.toLowerCase()}`;
// Without a known address (no proxy header) there is no per-address count: one shared bucket
// would let anybody lock everybody out. The per-account limit still holds.
const addressKeys = (ip: string) => (ip === "unknown" ? [] : [`sign-in:address:${ip}`]);

/** Null while sign-in may be tried; else when the next try is allowed. */
export async function signInBlockedUntil({ email, ip }: { email: string; ip: string }): Promise<Date | null> {
  const counts = await getRateLimits({ keys: [accountKey(email), ...addressKeys(ip)], windowSeconds: SIGN_IN_LIMITS.windowSeconds });
  const blocking = counts.filter((c) =>
    c.key === accountKey(email) ? c.count >= SIGN_IN_LIMITS.perAccount : c.count >= SIGN_IN_LIMITS.perAddress,
  );
  if (blocking.length === 0) return null;
  return new Date(Math.max(...blocking.map((c) => c.resetsAt.getTime())));
}

export async function recordFailedSignIn({ email, ip }: { email: string; ip: string }): Promise<void> {
  await Promise.all(
    [accountKey(email), ...addressKeys(ip)].map((key) => hitRateLimit({ key, windowSeconds: SIGN_IN_LIMITS.windowSeconds })),
  );
}

/** A successful sign-in clears the account's failures (the address keeps its count). */
export async function recordSuccessfulSignIn({ email }: { email: string }): Promise<void> {
  await clearRateLimit({ key: accountKey(email) });
}
