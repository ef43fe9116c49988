import "server-only";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Sends an e-mail. Until SMTP is configured the mail is written to the server log, where an
 * operator (or a test) can read the link it carries.
 */
export async function sendMail(mail: OutgoingMail): Promise<void> {
  console.log(`[mail] to=${mail.to} subject=${JSON.stringify(mail.subject)}\n${mail.text}`);
}
