/**
 * A same-site path to go to after signing in. An absolute http(s) URL (as Auth.js's proxy
 * sends) keeps only its path and query, so the result never leaves this site; anything else
 * (protocol-relative, other schemes, control characters) is dropped.
 */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length > 500) return null;
  if (/[\u0000-\u001f\\]/.test(value)) return null;
  if (/^https?:\/\//i.test(value)) {
    try {
      const url = new URL(value);
      return safeReturnPath(`${url.pathname}${url.search}`);
    } catch {
      return null;
    }
  }
  if (!value.startsWith("/") || value.startsWith("//")) return null;
  return value;
}
