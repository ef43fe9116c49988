/**
 * The host Next is told it serves (this script listens itself). A loopback address is told as
 * `localhost`: Next writes the proxy's request URL with `localhost` for any loopback host, and
 * takes a rewrite whose origin differs from the one it was told for another site's, which it
 * fetches over HTTP. Told `127.0.0.1`, every page proxy.ts rewrites (searches, members' copies)
 * was requested a second time, from this process to itself.
 */
export function nextHostname(listening: string | undefined): string {
  return listening === undefined || /^(?:127(?:\.\d{1,3}){3}|::1|\[::1\]|localhost)$/i.test(listening) ? "localhost" : listening;
}
