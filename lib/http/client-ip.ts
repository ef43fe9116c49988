/**
 * The client's address as the nearest proxy reports it. Behind a load balancer the first
 * X-Forwarded-For entry is the client; without one, the socket address is not visible to
 * Next, so requests share one "unknown" bucket (per-account limits still hold).
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  const candidate = forwarded || headers.get("x-real-ip")?.trim() || "";
  return /^[0-9a-fA-F.:]{2,45}$/.test(candidate) ? candidate : "unknown";
}

/** Whether the client reached the proxy in front of us over HTTPS (cookies are then Secure). */
export function isHttpsRequest(headers: Headers): boolean {
  return headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase() === "https";
}
