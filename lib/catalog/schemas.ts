import { z } from "zod";
import { blank, codeField, idField, requiredId, sortOrderField } from "../forms/fields";

const name = z.string({ error: "required" }).trim().min(1, "required").max(100, "too_long");
const description = z.string().trim().max(1000, "too_long").default("");
/** Present when editing an existing row, absent when creating one. */
const optionalRowId = z.preprocess(blank, idField().optional());

/** A board's names, descriptions and place in the lists (its code is fixed: URLs use it). */
export const boardFormSchema = z.object({
  id: idField(),
  nameZh: name,
  nameEn: name,
  descriptionZh: description,
  descriptionEn: description,
  sortOrder: sortOrderField,
});

export const platformFormSchema = z.object({
  id: optionalRowId,
  code: codeField,
  board: requiredId,
  nameZh: name,
  nameEn: name,
  sortOrder: sortOrderField,
});

export const policyTagFormSchema = z.object({
  id: optionalRowId,
  code: codeField,
  nameZh: name,
  nameEn: name,
  sortOrder: sortOrderField,
});

export type BoardForm = z.output<typeof boardFormSchema>;
export type PlatformForm = z.output<typeof platformFormSchema>;
export type PolicyTagForm = z.output<typeof policyTagFormSchema>;
