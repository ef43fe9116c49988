"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createSlotsAction } from "@/app/(site)/employer/slots/actions";
import { FormError, useFormState } from "@/components/forms/form-state";
import { Alert } from "@/components/ui/alert";
import { SelectField } from "@/components/forms/select-field";
import { useCheckedSet } from "@/components/forms/use-checked-set";
import { Field, FieldError, Input } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TimeZoneSelect } from "./time-zone-select";

const WEEKDAYS = ["1", "2", "3", "4", "5", "6", "7"] as const;

/** "Every 30 minutes from 9:00 to 12:00 on these days": one form publishes a batch of slots. */
export function SlotBulkForm({ positions, today, tomorrow, timeZone }: { positions: { id: number; title: string }[]; today: string; tomorrow: string; timeZone: string }) {
  const t = useTranslations("negotiations");
  const [state, formAction] = useActionState(createSlotsAction, null);
  const { error, value } = useFormState(state);
  const typedDays = value("weekdays", "1,2,3,4,5").split(",");
  const { checked: days, toggle, ref: weekdays } = useCheckedSet(typedDays);
  const published = state?.ok && state.data ? (state.data as { count: number }).count : null;
  return (
    <form action={formAction} className="space-y-4" noValidate data-testid="slot-bulk-form">
      <FormError state={state} />
      {published != null ? <Alert tone="success">{t("published", { count: published })}</Alert> : null}
      <SelectField id="slot-position" name="position" label={t("position")} error={error("position")} defaultValue={value("position")} empty={t("allPositions")} options={positions.map((p) => ({ value: String(p.id), label: p.title }))} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="slot-first-day" label={t("firstDay")} error={error("firstDay")}>
          {(props) => <Input {...props} name="firstDay" type="date" min={today} defaultValue={value("firstDay", tomorrow)} />}
        </Field>
        <Field id="slot-last-day" label={t("lastDay")} error={error("lastDay")}>
          {(props) => <Input {...props} name="lastDay" type="date" min={today} defaultValue={value("lastDay", tomorrow)} />}
        </Field>
      </div>
      <fieldset ref={weekdays} aria-describedby={error("weekdays") ? "slot-weekdays-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">{t("weekdays")}</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-2">
          {WEEKDAYS.map((d) => (
            <label key={d} className="inline-flex items-center gap-1.5 text-sm text-slate-700">
              <input type="checkbox" name="weekdays" value={d} checked={days.has(d)} onChange={(e) => toggle(d, e.target.checked)} className="size-4 rounded border-slate-300 text-brand-600" />
              {t(`weekday.${d}`)}
            </label>
          ))}
        </div>
        <FieldError id="slot-weekdays" error={error("weekdays")} />
      </fieldset>
      <div className="grid grid-cols-2 gap-4">
        <Field id="slot-from" label={t("from")} error={error("from")}>
          {(props) => <Input {...props} name="from" type="time" step={300} defaultValue={value("from", "09:00")} />}
        </Field>
        <Field id="slot-to" label={t("to")} error={error("to")}>
          {(props) => <Input {...props} name="to" type="time" step={300} defaultValue={value("to", "12:00")} />}
        </Field>
        <Field id="slot-every" label={t("every")} error={error("every")}>
          {(props) => <Input {...props} name="every" type="number" inputMode="numeric" min={5} max={480} defaultValue={value("every", "30")} />}
        </Field>
        <Field id="slot-duration" label={t("duration")} error={error("duration")}>
          {(props) => <Input {...props} name="duration" type="number" inputMode="numeric" min={5} max={480} defaultValue={value("duration", "30")} />}
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="slot-capacity" label={t("capacity")} error={error("capacity")}>
          {(props) => <Input {...props} name="capacity" type="number" inputMode="numeric" min={1} max={500} defaultValue={value("capacity", "1")} />}
        </Field>
        <Field id="slot-time-zone" label={t("timeZone")} hint={t("timeZoneHint")} error={error("timeZone")}>
          {(props) => <TimeZoneSelect {...props} name="timeZone" saved={value("timeZone") || timeZone} fallback={timeZone} />}
        </Field>
      </div>
      <SubmitButton pendingLabel={t("publishing")}>{t("publish")}</SubmitButton>
    </form>
  );
}
