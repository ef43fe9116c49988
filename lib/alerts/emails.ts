import { translatorFor } from "../i18n/translator";
import { appUrl, type MailMessage } from "../mail/transport";
import { alertSearchHref } from "./query";

/** The double opt-in e-mail: nothing is sent for the alert until its link is followed. */
export function confirmationEmail(input: { to: string; locale: string; query: string; confirmToken: string }): MailMessage {
  const { t } = translatorFor(input.locale);
  const base = appUrl();
  return {
    to: input.to,
    subject: `${t("alerts.mail.confirmSubject")} · ${t("brand.name")}`,
    text: [t("alerts.mail.confirmIntro"), `${base}${alertSearchHref(input.query)}`, "", t("alerts.mail.confirmAction"), `${base}/alerts/confirm/${input.confirmToken}`, "", t("alerts.mail.confirmIgnore")].join("\n"),
  };
}

export interface AlertPosition {
  id: number;
  title: string;
  employerName: string;
  locationZh: string;
  locationEn: string;
}

/**
 * New matches of an alert, with a one-click unsubscribe: a link in the text (a page that asks
 * to confirm) and the RFC 8058 headers, whose POST unsubscribes without signing in.
 */
export function alertEmail(input: { to: string; locale: string; query: string; token: string; positions: AlertPosition[]; more: boolean }): MailMessage {
  const { t, locale } = translatorFor(input.locale);
  const base = appUrl();
  const lines = input.positions.map((p) => `· ${p.title} — ${p.employerName} · ${locale === "en" ? p.locationEn : p.locationZh}\n  ${base}/positions/${p.id}`);
  return {
    to: input.to,
    subject: `${t("alerts.mail.subject", { count: input.positions.length })} · ${t("brand.name")}`,
    text: [
      t("alerts.mail.intro", { count: input.positions.length }),
      "",
      ...lines,
      "",
      `${input.more ? t("alerts.mail.more") : t("alerts.mail.all")} ${base}${alertSearchHref(input.query)}`,
      "",
      `${t("alerts.mail.unsubscribe")} ${base}/alerts/unsubscribe/${input.token}`,
    ].join("\n"),
    headers: {
      "List-Unsubscribe": `<${base}/api/alerts/unsubscribe/${input.token}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}
