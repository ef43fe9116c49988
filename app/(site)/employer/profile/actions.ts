"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/actions/action";
import { publicPagesChanged } from "@/lib/cache/public-pages";
import { readLogoUpload, removeEmployerLogo, saveEmployerLogo } from "@/lib/employers/logo";
import { employerProfileFormSchema } from "@/lib/employers/profile";
import { updateEmployerProfile } from "@/lib/employers/queries";

const edit = (user: { employerId?: number | null }) => ({ action: "employer.edit" as const, employerId: user.employerId ?? -1 });

function refresh(employerId: number) {
  revalidatePath("/employer", "layout");
  revalidatePath(`/employers/${employerId}`);
  publicPagesChanged();
}

export const updateEmployerProfileAction = action({ schema: employerProfileFormSchema, permission: edit }, async (input, { user, ip }) => {
  const { logo: upload, logoTooLarge: _tooLarge, ...profile } = input;
  const employerId = user!.employerId!;
  // The logo is checked before anything is saved, so a bad file leaves the profile as it was.
  const logo = upload ? await readLogoUpload(upload) : null;
  await updateEmployerProfile({ employerId, userId: user!.id, profile, ip });
  if (logo) await saveEmployerLogo({ employerId, userId: user!.id, logo, ip });
  refresh(employerId);
  return { ok: true, message: "saved" };
});

export const removeEmployerLogoAction = action({ schema: z.object({}), permission: edit }, async (_input, { user, ip }) => {
  await removeEmployerLogo({ employerId: user!.employerId!, userId: user!.id, ip });
  refresh(user!.employerId!);
  return { ok: true, message: "logo_removed" };
});
