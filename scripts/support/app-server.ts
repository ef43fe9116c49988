/**
 * A production server of this app on 127.0.0.1, on a port of its own — the one harness for
 * every test and bench that needs more than the journeys' shared server: a server whose
 * database is stopped under it (e2e/faults.spec.ts), several instances on one database
 * (tests/support/instances.ts), the benches.
 *
 * "npm-start" runs scripts/start.ts as `npm start` does (migrate, seed an empty database when
 * SEED_DEMO allows, then scripts/serve.ts: Next behind the front cache); "serve" runs
 * scripts/serve.ts alone on a prepared database. The server runs in a process group of its own,
 * so stopping it stops the server beneath it too, and it never outlives the process that
 * started it.
 */
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "./free-port";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

export type ServerCommand = "npm-start" | "serve";

export class AppServer {
  private child?: ChildProcess;
  private recent = "";
  private readonly onExit = () => this.signal("SIGKILL");

  constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
    private readonly command: ServerCommand = "npm-start",
  ) {}

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number {
    return this.child?.pid ?? 0;
  }

  /** What the server printed lately, for a failing test's message. */
  output(): string {
    return this.recent;
  }

  start(): void {
    this.recent = "";
    const args = this.command === "npm-start" ? ["scripts/start.ts"] : ["scripts/serve.ts", "--port", String(this.port), "--hostname", "127.0.0.1"];
    this.child = spawn(path.join(root, "node_modules", ".bin", "tsx"), args, {
      cwd: root,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", JOBS_INTERVAL_SECONDS: "0", ...this.env, PORT: String(this.port) },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    for (const stream of [this.child.stdout, this.child.stderr]) {
      stream?.on("data", (chunk: Buffer) => (this.recent = (this.recent + chunk.toString("utf8")).slice(-20_000)));
    }
    process.once("exit", this.onExit);
  }

  /** Waits until `pathname` answers with one of `statuses`; fails early if the server exits. */
  async waitFor(pathname: string, statuses: number[], timeoutMs = 120_000): Promise<Response> {
    const deadline = Date.now() + timeoutMs;
    let last = "no answer";
    while (Date.now() < deadline) {
      const child = this.child;
      if (child && (child.exitCode != null || child.signalCode != null)) {
        throw new Error(`The server exited (${child.exitCode ?? child.signalCode}):\n${this.recent}`);
      }
      try {
        const response = await fetch(`${this.origin}${pathname}`, { redirect: "manual", signal: AbortSignal.timeout(5000) });
        if (statuses.includes(response.status)) return response;
        last = `${response.status}: ${(await response.text()).slice(0, 300)}`;
      } catch (error) {
        last = error instanceof Error ? error.message : String(error);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`${pathname} did not answer ${statuses.join("/")} within ${timeoutMs} ms (last: ${last}).\n${this.recent}`);
  }

  async stop(): Promise<void> {
    process.removeListener("exit", this.onExit);
    const child = this.child;
    if (!child || child.exitCode != null || child.signalCode != null) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => this.signal("SIGKILL"), 10_000);
      child.once("exit", () => {
        clearTimeout(timer);
        resolve();
      });
      this.signal("SIGTERM");
    });
    // Whatever of the group outlived its leader goes too.
    this.signal("SIGKILL");
  }

  /** Signals the server's process group (spawned detached: the group id is its pid). */
  private signal(name: NodeJS.Signals): void {
    const pid = this.child?.pid;
    if (!pid) return;
    try {
      process.kill(-pid, name);
    } catch {
      // the group is gone already
    }
  }
}

/** Starts a server on a free port and waits until /api/health answers 200. */
export async function startApp({ env, command = "npm-start", readyTimeoutMs = 120_000 }: { env: Record<string, string>; command?: ServerCommand; readyTimeoutMs?: number }): Promise<AppServer> {
  const server = new AppServer(await freePort(), env, command);
  server.start();
  try {
    await server.waitFor("/api/health", [200], readyTimeoutMs);
    return server;
  } catch (error) {
    await server.stop();
    throw error;
  }
}
