/**
 * A real SMTP server for a test (the smtp-server package): it accepts every message on a free
 * port and parses it with mailparser, so a test reads what a mail program would. `failNext`
 * makes it refuse the next messages, to test retries.
 */
import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll } from "vitest";
import { type MailTransport, smtpTransport } from "../../lib/mail/transport";
import { createTestDatabase, type TestDatabase } from "./test-database";

export interface TestSmtp {
  url: string;
  received: ParsedMail[];
  failNext(count: number): void;
  /** Waits until `count` messages have arrived in all. */
  waitFor(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

export async function startTestSmtp(): Promise<TestSmtp> {
  const received: ParsedMail[] = [];
  let failing = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      if (failing > 0) {
        failing--;
        stream.resume();
        stream.on("end", () => callback(Object.assign(new Error("mailbox unavailable"), { responseCode: 451 })));
        return;
      }
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    failNext: (count) => {
      failing = count;
    },
    async waitFor(count, timeoutMs = 5_000) {
      const until = Date.now() + timeoutMs;
      while (received.length < count && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
      return received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * For a test file that sends mail: its own database and SMTP server, opened before the tests
 * and closed after them; read the fields inside the tests.
 */
export function openMailTestbed() {
  const bed = {} as { db: TestDatabase["db"]; smtp: TestSmtp; transport: MailTransport };
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    bed.db = database.db;
    bed.smtp = await startTestSmtp();
    bed.transport = smtpTransport({ url: bed.smtp.url, from: "智汇群岛 <no-reply@zhihui.example>" });
  });
  afterAll(async () => {
    await bed.smtp?.close();
    await database?.destroy();
  });
  return bed;
}

/** The messages that arrived for one address (addresses compare without case). */
export function mailsTo(smtp: TestSmtp, address: string): ParsedMail[] {
  return smtp.received.filter((m) => m.to && !Array.isArray(m.to) && m.to.value[0]?.address?.toLowerCase() === address.toLowerCase());
}
