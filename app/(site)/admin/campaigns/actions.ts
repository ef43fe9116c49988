"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { action } from "@/lib/actions/action";
import { publicPagesChanged } from "@/lib/cache/public-pages";
import { createCampaign, updateCampaign } from "@/lib/campaigns/manage";
import { campaignEditSchema, campaignFormSchema } from "@/lib/campaigns/schemas";

const manage = () => ({ action: "admin.manage" as const });

export const createCampaignAction = action({ schema: campaignFormSchema, permission: manage }, async (form, { user, ip }) => {
  const { id } = await createCampaign({ form, userId: user!.id, ip });
  revalidatePath("/", "layout");
  publicPagesChanged();
  redirect(`/admin/campaigns/${id}?saved=1`);
});

export const updateCampaignAction = action({ schema: campaignEditSchema, permission: manage }, async (form, { user, ip }) => {
  await updateCampaign({ id: form.id, form, userId: user!.id, ip });
  revalidatePath("/", "layout");
  publicPagesChanged();
  redirect(`/admin/campaigns/${form.id}?saved=1`);
});
