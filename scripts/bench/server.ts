/** The production app (`next start`) for the bench: a free port on 127.0.0.1, stopped with its process group. */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { freePort } from "../support/free-port";

export interface AppServer {
  origin: string;
  pid: number;
  /** The server's recent output, for error messages. */
  output(): string;
  stop(): Promise<void>;
}


function alive(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

/** Signals the server's own process group (it was spawned detached: the group id is its pid). */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (!child.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      // Already gone.
    }
  }
}

export async function startApp(options: {
  root: string;
  env: Record<string, string>;
  readyTimeoutMs?: number;
}): Promise<AppServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(
    path.join(options.root, "node_modules", ".bin", "next"),
    ["start", "--port", String(port), "--hostname", "127.0.0.1"],
    {
      cwd: options.root,
      env: { ...process.env, ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    },
  );
  let log = "";
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString("utf8")).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  // Whatever happens to the bench, the server does not outlive it.
  const onExit = () => signalGroup(child, "SIGKILL");
  process.once("exit", onExit);

  const stop = async () => {
    process.removeListener("exit", onExit);
    if (!alive(child)) return;
    signalGroup(child, "SIGTERM");
    const timer = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 5000).unref());
    if ((await Promise.race([exited.then(() => "exited" as const), timer])) === "timeout") {
      signalGroup(child, "SIGKILL");
      await exited;
    }
  };

  const deadline = performance.now() + (options.readyTimeoutMs ?? 60_000);
  let lastProblem = "";
  while (performance.now() < deadline) {
    if (!alive(child)) {
      throw new Error(`next start exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${log}`);
    }
    try {
      const response = await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(5000) });
      const body = await response.text();
      if (response.status === 200) {
        return { origin, pid: child.pid ?? 0, output: () => log, stop };
      }
      lastProblem = `/api/health answered ${response.status}: ${body.slice(0, 300)}`;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`next start was not healthy in time (${lastProblem}):\n${log}`);
}
