"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { action } from "@/lib/actions/action";
import { publicPagesChanged } from "@/lib/cache/public-pages";
import {
  createAnnouncement,
  deleteAnnouncement,
  linkAnnouncementPosition,
  setAnnouncementPublication,
  unlinkAnnouncementPosition,
  updateAnnouncement,
} from "@/lib/announcements/manage";
import {
  announcementEditSchema,
  announcementFormSchema,
  announcementIdSchema,
  announcementPositionSchema,
  announcementPublicationSchema,
} from "@/lib/announcements/schemas";

const manage = () => ({ action: "admin.manage" as const });

/** Announcements show on the home page, the public list and the positions they cap. */
function refresh() {
  revalidatePath("/", "layout");
  publicPagesChanged();
}

export const createAnnouncementAction = action({ schema: announcementFormSchema, permission: manage }, async (form, { user, ip }) => {
  const { id } = await createAnnouncement({ form, userId: user!.id, ip });
  refresh();
  redirect(`/admin/announcements/${id}?saved=created`);
});

export const updateAnnouncementAction = action({ schema: announcementEditSchema, permission: manage }, async (form, { user, ip }) => {
  await updateAnnouncement({ id: form.id, updatedAt: form.updatedAt, form, userId: user!.id, ip });
  refresh();
  redirect(`/admin/announcements/${form.id}?saved=saved`);
});

export const setAnnouncementPublicationAction = action({ schema: announcementPublicationSchema, permission: manage }, async ({ id, move }, { user, ip }) => {
  await setAnnouncementPublication({ id, move, userId: user!.id, ip });
  refresh();
  redirect(`/admin/announcements/${id}?saved=${move}`);
});

export const deleteAnnouncementAction = action({ schema: announcementIdSchema, permission: manage }, async ({ id }, { user, ip }) => {
  await deleteAnnouncement({ id, userId: user!.id, ip });
  refresh();
  redirect("/admin/announcements?deleted=1");
});

export const linkAnnouncementPositionAction = action({ schema: announcementPositionSchema, permission: manage }, async (input, { user, ip }) => {
  const { added } = await linkAnnouncementPosition({ ...input, userId: user!.id, ip });
  refresh();
  return { ok: true, message: added ? "linked" : "already_linked" };
});

export const unlinkAnnouncementPositionAction = action({ schema: announcementPositionSchema, permission: manage }, async (input, { user, ip }) => {
  await unlinkAnnouncementPosition({ ...input, userId: user!.id, ip });
  refresh();
  return { ok: true, message: "unlinked" };
});
