import { execFileSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * A throw-away PostgreSQL server of our own, for tests that stop and start it (the fault test).
 * It uses the server binaries of the machine's PostgreSQL (Debian's /usr/lib/postgresql/N/bin);
 * as root it runs them as the postgres user, since PostgreSQL refuses to run as root.
 */
export class PostgresCluster {
  readonly dir: string;
  private readonly bin: string;
  private readonly asPostgres: boolean;

  constructor(readonly port: number) {
    this.bin = findServerBin();
    this.asPostgres = process.getuid?.() === 0;
    this.dir = mkdtempSync(path.join(tmpdir(), "zq-pg-"));
    if (this.asPostgres) {
      const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
      const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
      chownSync(this.dir, uid, gid);
      chmodSync(this.dir, 0o700);
    }
    this.run("initdb", ["-D", this.data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"]);
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  private get data(): string {
    return path.join(this.dir, "data");
  }

  start(): void {
    this.run("pg_ctl", ["-D", this.data, "-l", path.join(this.dir, "server.log"), "-w", "-t", "60", "-o", `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off`, "start"]);
  }

  /** Fast shutdown: open connections are cut, as when a database server fails. */
  stop(): void {
    this.run("pg_ctl", ["-D", this.data, "-w", "-t", "60", "-m", "fast", "stop"]);
  }

  destroy(): void {
    try {
      this.stop();
    } catch {
      // already stopped
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  private run(tool: string, args: string[]): void {
    const file = path.join(this.bin, tool);
    if (this.asPostgres) execFileSync("runuser", ["-u", "postgres", "--", file, ...args], { stdio: "pipe", cwd: this.dir });
    else execFileSync(file, args, { stdio: "pipe", cwd: this.dir });
  }
}

function findServerBin(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions.map((v) => path.join(root, v, "bin")).find((bin) => existsSync(path.join(bin, "initdb")));
  if (!found) throw new Error("No PostgreSQL server binaries (initdb) under /usr/lib/postgresql: install Debian's postgresql package.");
  return found;
}
