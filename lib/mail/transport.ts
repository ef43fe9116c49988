import "server-only";
import nodemailer from "nodemailer";
import { env } from "../env";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  headers?: Record<string, string>;
}

/** Hands one e-mail to the world; throws when it could not (the outbox retries later). */
export interface MailTransport {
  send(mail: MailMessage): Promise<void>;
}

/** SMTP through nodemailer: `url` is smtp://user:pass@host:port (smtps:// for TLS from the start). */
export function smtpTransport(options: { url: string; from: string } | { host: string; port: number; user?: string; pass?: string; from: string }): MailTransport {
  const transporter =
    "url" in options
      ? nodemailer.createTransport(options.url)
      : nodemailer.createTransport({
          host: options.host,
          port: options.port,
          secure: options.port === 465,
          auth: options.user ? { user: options.user, pass: options.pass ?? "" } : undefined,
        });
  return {
    async send(mail) {
      await transporter.sendMail({ from: options.from, to: mail.to, subject: mail.subject, text: mail.text, headers: mail.headers });
    },
  };
}

/** Without SMTP: the mail goes to the server log, where an operator (or a test) reads its link. */
export const logTransport: MailTransport = {
  async send(mail) {
    console.log(`[mail] to=${mail.to} subject=${JSON.stringify(mail.subject)}\n${mail.text}`);
  },
};

let configured: MailTransport | undefined;

/** The transport the environment asks for (SMTP_URL, else SMTP_HOST…, else the log). */
export function configuredTransport(): MailTransport {
  if (configured) return configured;
  const { SMTP_URL, SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASS, SMTP_FROM } = env();
  configured = SMTP_URL
    ? smtpTransport({ url: SMTP_URL, from: SMTP_FROM })
    : SMTP_HOST
      ? smtpTransport({ host: SMTP_HOST, port: SMTP_PORT, user: SMTP_USER, pass: SMTP_PASS, from: SMTP_FROM })
      : logTransport;
  return configured;
}

/** The public base URL for links in e-mails. */
export function appUrl(): string {
  const { AUTH_URL, PORT } = env();
  return (AUTH_URL ?? `http://localhost:${PORT}`).replace(/\/+$/, "");
}
