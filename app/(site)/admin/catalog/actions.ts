"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/actions/action";
import { publicPagesChanged } from "@/lib/cache/public-pages";
import { savePlatform, savePolicyTag, updateBoard } from "@/lib/catalog/manage";
import { boardFormSchema, platformFormSchema, policyTagFormSchema } from "@/lib/catalog/schemas";

const manage = () => ({ action: "admin.manage" as const });

// Boards, platforms and tags name the filters and headings of every public page.
export const updateBoardAction = action({ schema: boardFormSchema, permission: manage }, async (form, { user, ip }) => {
  await updateBoard({ form, userId: user!.id, ip });
  revalidatePath("/", "layout");
  publicPagesChanged();
  return { ok: true, message: "saved" };
});

export const savePlatformAction = action({ schema: platformFormSchema, permission: manage }, async (form, { user, ip }) => {
  await savePlatform({ form, userId: user!.id, ip });
  revalidatePath("/", "layout");
  publicPagesChanged();
  return { ok: true, message: form.id ? "saved" : "created" };
});

export const savePolicyTagAction = action({ schema: policyTagFormSchema, permission: manage }, async (form, { user, ip }) => {
  await savePolicyTag({ form, userId: user!.id, ip });
  revalidatePath("/", "layout");
  publicPagesChanged();
  return { ok: true, message: form.id ? "saved" : "created" };
});
