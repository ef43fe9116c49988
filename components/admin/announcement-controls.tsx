"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { deleteAnnouncementAction, setAnnouncementPublicationAction } from "@/app/(site)/admin/announcements/actions";
import { FormError } from "@/components/forms/form-state";
import { SubmitButton } from "@/components/ui/submit-button";

/** Publish now / unpublish, and delete behind a second click. */
export function AnnouncementControls({ id, published }: { id: number; published: boolean }) {
  const t = useTranslations("adminManage.announcements.publication");
  const [moved, move] = useActionState(setAnnouncementPublicationAction, null);
  const [deleted, remove] = useActionState(deleteAnnouncementAction, null);
  return (
    <div className="space-y-3">
      <FormError state={moved} />
      <FormError state={deleted} />
      <div className="flex flex-wrap items-start gap-3">
        <form action={move}>
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="move" value={published ? "unpublish" : "publish"} />
          <SubmitButton variant={published ? "secondary" : "primary"}>{published ? t("unpublish") : t("publishNow")}</SubmitButton>
        </form>
        <details className="group">
          <summary className="inline-flex h-10 cursor-pointer items-center rounded-md px-4 text-sm font-medium text-red-700 hover:bg-red-50">{t("delete")}</summary>
          <form action={remove} className="mt-2 max-w-sm space-y-2 rounded-md bg-red-50 p-3 text-sm text-red-900 ring-1 ring-red-200">
            <input type="hidden" name="id" value={id} />
            <p>{t("deleteConfirm")}</p>
            <SubmitButton variant="danger" size="sm">
              {t("deleteNow")}
            </SubmitButton>
          </form>
        </details>
      </div>
    </div>
  );
}
