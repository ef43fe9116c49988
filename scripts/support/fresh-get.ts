import { get, type IncomingHttpHeaders } from "node:http";

export interface FreshAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A GET on a connection of its own (no keep-alive). A server of several processes
 * (WEB_CONCURRENCY, node:cluster) hands each new connection to the next process in turn, so
 * consecutive calls reach each process (e2e/processes.spec.ts, bench:load's warm-up).
 */
export function getOnNewConnection(url: string, headers: Record<string, string> = {}): Promise<FreshAnswer> {
  return new Promise((resolve, reject) => {
    get(url, { agent: false, headers }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    }).on("error", reject);
  });
}
