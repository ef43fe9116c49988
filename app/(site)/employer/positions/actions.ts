"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { action } from "@/lib/actions/action";
import { positionsChanged } from "@/lib/cache/public-pages";
import { createPosition, duplicatePosition, movePosition, updatePosition } from "@/lib/positions/mutations";
import { positionEditSchema, positionFormSchema } from "@/lib/positions/schemas";

const publish = (user: { employerId?: number | null }) => ({ action: "employer.publish" as const, employerId: user.employerId ?? -1 });
const idField = z.coerce.number({ error: "invalid" }).int("invalid").positive("invalid");

export const createPositionAction = action({ schema: positionFormSchema, permission: publish }, async (form, { user, ip }) => {
  const { id } = await createPosition({ employerId: user!.employerId!, userId: user!.id, form, ip });
  revalidatePath("/employer/positions");
  redirect(`/employer/positions/${id}?saved=1`);
});

export const updatePositionAction = action({ schema: positionEditSchema, permission: publish }, async (form, { user, ip }) => {
  await updatePosition({ id: form.id, version: form.version, employerId: user!.employerId!, userId: user!.id, form, ip });
  revalidatePath("/employer/positions");
  await positionsChanged([form.id]);
  redirect(`/employer/positions/${form.id}?saved=1`);
});

export const movePositionAction = action(
  { schema: z.object({ id: idField, move: z.enum(["submit", "close", "reopen"], { error: "choose_one" }) }), permission: publish },
  async ({ id, move }, { user, ip }) => {
    await movePosition({ id, move, actor: { id: user!.id, role: "employer", employerId: user!.employerId }, ip });
    revalidatePath("/employer/positions", "layout");
    await positionsChanged([id]);
    return { ok: true, message: move };
  },
);

export const duplicatePositionAction = action({ schema: z.object({ id: idField }), permission: publish }, async ({ id }, { user, ip }) => {
  const copy = await duplicatePosition({ id, employerId: user!.employerId!, userId: user!.id, ip });
  revalidatePath("/employer/positions");
  redirect(`/employer/positions/${copy.id}`);
});
