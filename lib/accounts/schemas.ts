import { z } from "zod";
import { employerKind } from "../../db/schema/enums";
import { normalizeCreditCode, validateCreditCode } from "./credit-code";
import { passwordProblem } from "./password";

/**
 * Zod schemas of the account forms. Messages are keys of the `validation` namespace in
 * messages/*.json, so each field's error shows in the user's language.
 */
export const emailField = z
  .string({ error: "required" })
  .trim()
  .toLowerCase()
  .min(1, "required")
  .max(254, "too_long")
  .pipe(z.email("email_invalid"));

const nameField = z.string({ error: "required" }).trim().min(1, "required").max(50, "too_long");

/** "on" from a checkbox; anything else means the box was left empty. */
const consentField = z.literal("on", { error: "consent_required" });

/**
 * A new password: the policy is checked on the field itself, because zod skips an object's
 * refinements once any field failed — and the user should see every problem at once.
 */
const newPasswordField = z.string({ error: "required" }).superRefine((password, ctx) => {
  const problem = passwordProblem(password);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

/** The one rule that needs two fields: the password must not contain the e-mail's name. */
function checkNewPassword(value: { password: string; email?: string }, ctx: z.RefinementCtx) {
  const problem = passwordProblem(value.password, { email: value.email });
  if (problem) ctx.addIssue({ code: "custom", message: problem, path: ["password"] });
}

export const signInSchema = z.object({
  email: emailField,
  password: z.string({ error: "required" }).min(1, "required").max(200, "too_long"),
});

export const talentSignUpSchema = z
  .object({
    name: nameField,
    email: emailField,
    password: newPasswordField,
    consent: consentField,
  })
  .superRefine((value, ctx) => checkNewPassword(value, ctx));

export const creditCodeField = z
  .string({ error: "required" })
  .transform(normalizeCreditCode)
  .superRefine((code, ctx) => {
    if (code.length === 0) return ctx.addIssue({ code: "custom", message: "required" });
    const check = validateCreditCode(code);
    if (!check.ok) ctx.addIssue({ code: "custom", message: `credit_code_${check.problem}` });
  });

export const employerSignUpSchema = z
  .object({
    organisation: z.string({ error: "required" }).trim().min(2, "too_short").max(100, "too_long"),
    creditCode: creditCodeField,
    kind: z.enum(employerKind.enumValues, { error: "choose_one" }),
    name: nameField,
    email: emailField,
    password: newPasswordField,
    consent: consentField,
  })
  .superRefine((value, ctx) => checkNewPassword(value, ctx));

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: "required" }).min(1, "required").max(200, "too_long"),
    password: newPasswordField,
    confirm: z.string({ error: "required" }),
  })
  .superRefine((value, ctx) => {
    if (value.password !== value.confirm) ctx.addIssue({ code: "custom", message: "password_mismatch", path: ["confirm"] });
  });

export const inviteMemberSchema = z.object({
  email: emailField,
  role: z.enum(["owner", "recruiter"], { error: "choose_one" }),
});

export const acceptInvitationSchema = z
  .object({
    token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, "invitation_invalid"),
    name: nameField,
    password: newPasswordField,
    consent: consentField,
  });

export const deleteAccountSchema = z.object({
  password: z.string({ error: "required" }).min(1, "required").max(200, "too_long"),
  confirm: z.literal("DELETE", { error: "delete_confirm" }),
});
