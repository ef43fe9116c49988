"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Checkbox, Field, Input } from "@/components/ui/field";

/**
 * The fields of a new person's account, shared by every sign-up form: name, e-mail (fixed when
 * an invitation names it), a new password, and consent to the privacy notice.
 */
export function PersonFields({
  nameLabel,
  fixedEmail,
  error,
  value,
}: {
  nameLabel?: string;
  fixedEmail?: string;
  error: (field: string) => string | undefined;
  value: (field: string) => string;
}) {
  const t = useTranslations("auth");
  return (
    <>
      <Field id="name" label={nameLabel ?? t("name")} error={error("name")}>
        {(props) => <Input {...props} name="name" autoComplete="name" required maxLength={50} defaultValue={value("name")} />}
      </Field>
      <Field id="email" label={t("email")} error={error("email")}>
        {(props) =>
          fixedEmail ? (
            <Input {...props} value={fixedEmail} readOnly />
          ) : (
            <Input {...props} name="email" type="email" autoComplete="email" required defaultValue={value("email")} />
          )
        }
      </Field>
      <Field id="password" label={t("password")} hint={t("passwordHint")} error={error("password")}>
        {(props) => <Input {...props} name="password" type="password" autoComplete="new-password" required />}
      </Field>
      <Checkbox
        id="consent"
        name="consent"
        defaultChecked={value("consent") === "on"}
        error={error("consent")}
        label={
          <>
            {t("consent")}{" "}
            <Link href="/privacy" className="text-brand-700 underline">
              {t("privacyNotice")}
            </Link>
          </>
        }
      />
    </>
  );
}
