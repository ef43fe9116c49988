import { z } from "zod";
import { beijingDateTime, checkbox, codeField, idField, idList } from "../forms/fields";

const name = z.string({ error: "required" }).trim().min(1, "required").min(2, "too_short").max(100, "too_long");
const slogan = z.string().trim().max(200, "too_long").default("");

/** A campaign (招引计划 / 视频洽谈会) as the operator edits it; times are Beijing time. */
export const campaignFormSchema = z
  .object({
    nameZh: name,
    nameEn: name,
    slug: codeField,
    sloganZh: slogan,
    sloganEn: slogan,
    startsAt: beijingDateTime,
    endsAt: beijingDateTime,
    boards: idList,
    requireVerifiedEmployers: checkbox,
    featured: checkbox,
  })
  .superRefine((value, ctx) => {
    // Runs even when a field failed: compare only two real times.
    if (!(value.startsAt instanceof Date) || !(value.endsAt instanceof Date)) return;
    if (value.endsAt.getTime() <= value.startsAt.getTime()) ctx.addIssue({ code: "custom", message: "end_before_start", path: ["endsAt"] });
  });

export type CampaignForm = z.output<typeof campaignFormSchema>;

export const campaignEditSchema = campaignFormSchema.and(z.object({ id: idField() }));
