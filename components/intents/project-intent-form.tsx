"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { registerProjectIntentAction } from "@/app/(site)/talent/intents/actions";
import { FormError, useFormState } from "@/components/forms/form-state";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { PdfInput } from "@/components/talent/pdf-input";

const STAGES = ["idea", "prototype", "early_revenue", "growth", "mature"] as const;

export interface BoardOption {
  id: number;
  nameZh: string;
  nameEn: string;
  platforms: { id: number; nameZh: string; nameEn: string }[];
}

/** 项目落户意向: the project, towards a board or one of its platforms. */
export function ProjectIntentForm({ boards, initial }: { boards: BoardOption[]; initial: { board: string; platform: string } }) {
  const t = useTranslations("intents");
  const locale = useLocale();
  const [state, formAction] = useActionState(registerProjectIntentAction, null);
  const { error, value } = useFormState(state);
  const [board, setBoard] = useState(value("board", initial.board));
  const name = (o: { nameZh: string; nameEn: string }) => (locale === "en" ? o.nameEn : o.nameZh);
  const platforms = boards.find((b) => String(b.id) === board)?.platforms ?? [];
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormError state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="board" label={t("board")} error={error("board")}>
          {(props) => (
            <Select {...props} name="board" value={board} onChange={(e) => setBoard(e.target.value)}>
              <option value="">{t("choose")}</option>
              {boards.map((b) => (
                <option key={b.id} value={b.id}>
                  {name(b)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="platform" label={t("platform")} hint={t("platformHint")} error={error("platform")}>
          {(props) => (
            <Select {...props} name="platform" defaultValue={value("platform", initial.platform)} key={board} disabled={platforms.length === 0}>
              <option value="">{t("anyPlatform")}</option>
              {platforms.map((p) => (
                <option key={p.id} value={p.id}>
                  {name(p)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="name" label={t("projectName")} error={error("name")} className="sm:col-span-2">
          {(props) => <Input {...props} name="name" maxLength={100} defaultValue={value("name")} />}
        </Field>
        <Field id="field" label={t("projectField")} hint={t("projectFieldHint")} error={error("field")}>
          {(props) => <Input {...props} name="field" maxLength={50} defaultValue={value("field")} />}
        </Field>
        <Field id="stage" label={t("projectStage")} error={error("stage")}>
          {(props) => (
            <Select {...props} name="stage" defaultValue={value("stage")}>
              <option value="">{t("choose")}</option>
              {STAGES.map((s) => (
                <option key={s} value={s}>
                  {t(`stage.${s}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="teamSize" label={t("teamSize")} error={error("teamSize")}>
          {(props) => <Input {...props} name="teamSize" type="number" inputMode="numeric" min={1} defaultValue={value("teamSize")} />}
        </Field>
        <Field id="fundingSought" label={t("fundingSought")} hint={t("fundingHint")} error={error("fundingSought")}>
          {(props) => <Input {...props} name="fundingSought" type="number" inputMode="numeric" min={0} defaultValue={value("fundingSought")} />}
        </Field>
      </div>
      <PdfInput id="pitch" name="pitch" label={t("pitch")} hint={t("pitchHint")} serverError={error("pitch")} />
      <Field id="project-message" label={t("messageToEmployer")} error={error("message")}>
        {(props) => <Textarea {...props} name="message" rows={4} maxLength={2000} defaultValue={value("message")} />}
      </Field>
      <SubmitButton pendingLabel={t("registering")}>{t("registerProject")}</SubmitButton>
    </form>
  );
}
