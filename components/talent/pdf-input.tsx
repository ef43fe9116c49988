"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field, Input } from "@/components/ui/field";

const MAX_PDF_BYTES = 5 * 1024 * 1024;

/**
 * A PDF file input. The server judges the bytes; this only spares a long upload of a file that
 * is plainly too large (and keeps it under the server's body limit) with the same message.
 */
export function PdfInput({ id, name, label, hint, serverError }: { id: string; name: string; label: string; hint?: string; serverError?: string }) {
  const t = useTranslations("validation");
  const [tooLarge, setTooLarge] = useState(false);
  return (
    <Field id={id} label={label} hint={hint} error={tooLarge ? t("file_too_large") : serverError}>
      {(props) => (
        <Input
          {...props}
          name={name}
          type="file"
          accept="application/pdf,.pdf"
          className="file:mr-3 file:rounded file:border-0 file:bg-brand-50 file:px-3 file:py-1 file:text-brand-700"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            const large = Boolean(file && file.size > MAX_PDF_BYTES);
            setTooLarge(large);
            // Not sent at all: the message stays, and the form cannot post more than the server takes.
            if (large) event.currentTarget.value = "";
          }}
        />
      )}
    </Field>
  );
}
