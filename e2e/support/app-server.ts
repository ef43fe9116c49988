import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/**
 * A production server of this app (scripts/start.ts: migrate, seed an empty database, `next
 * start`) on a port of its own, for tests that need more than the journeys' shared server:
 * a server whose database is stopped under it, or two instances on one database.
 */
export class AppServer {
  private child?: ChildProcess;
  private output = "";

  constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** What the server printed, for a failing test's message. */
  get log(): string {
    return this.output.slice(-4000);
  }

  start(): void {
    this.output = "";
    this.child = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/start.ts"], {
      cwd: root,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", JOBS_INTERVAL_SECONDS: "0", ...this.env, PORT: String(this.port) },
      stdio: ["ignore", "pipe", "pipe"],
      // Its own process group: stopping it stops `next start` beneath it too.
      detached: true,
    });
    for (const stream of [this.child.stdout, this.child.stderr]) stream?.on("data", (chunk: Buffer) => (this.output += chunk.toString()));
  }

  /** Waits until `path` answers with one of `statuses`. */
  async waitFor(pathname: string, statuses: number[], timeoutMs = 120_000): Promise<Response> {
    const deadline = Date.now() + timeoutMs;
    let last = "no answer";
    while (Date.now() < deadline) {
      if (this.child?.exitCode != null) throw new Error(`The server exited (${this.child.exitCode}):\n${this.log}`);
      try {
        const response = await fetch(`${this.url}${pathname}`, { redirect: "manual" });
        if (statuses.includes(response.status)) return response;
        last = String(response.status);
      } catch (error) {
        last = error instanceof Error ? error.message : String(error);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`${pathname} did not answer ${statuses.join("/")} within ${timeoutMs} ms (last: ${last}).\n${this.log}`);
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode != null) return;
    const signal = (name: NodeJS.Signals) => {
      try {
        process.kill(-child.pid!, name);
      } catch {
        // the group is gone already
      }
    };
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => signal("SIGKILL"), 10_000);
      child.once("exit", () => {
        clearTimeout(timer);
        resolve();
      });
      signal("SIGTERM");
    });
    // Whatever of the group outlived its leader (the server itself) goes too.
    signal("SIGKILL");
  }
}
