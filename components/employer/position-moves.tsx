"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { duplicatePositionAction, movePositionAction } from "@/app/(site)/employer/positions/actions";
import { FormError } from "@/components/forms/form-state";
import { SubmitButton } from "@/components/ui/submit-button";

/** The moves an employer may make on a position, each a small form. */
export function PositionMoves({ id, moves }: { id: number; moves: ("submit" | "close" | "reopen")[] }) {
  const t = useTranslations("positionForm");
  const [state, moveAction] = useActionState(movePositionAction, null);
  const [copyState, copyAction] = useActionState(duplicatePositionAction, null);
  return (
    <div className="space-y-2">
      <FormError state={state} />
      <FormError state={copyState} />
      <div className="flex flex-wrap gap-2">
        {moves.map((move) => (
          <form key={move} action={moveAction}>
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="move" value={move} />
            <SubmitButton variant={move === "close" ? "danger" : "primary"}>{t(`move.${move}`)}</SubmitButton>
          </form>
        ))}
        <form action={copyAction}>
          <input type="hidden" name="id" value={id} />
          <SubmitButton variant="secondary">{t("duplicate")}</SubmitButton>
        </form>
      </div>
    </div>
  );
}
