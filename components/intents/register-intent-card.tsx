import { getFormatter, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { getCurrentUser } from "@/lib/auth/session";
import { findIntentOnPosition, hasIntentOnOtherBoard, isPositionSaved } from "@/lib/intents/queries";
import { IntentStatusBadge } from "./intent-status-badge";
import { RegisterIntentForm } from "./register-intent-form";
import { SavePositionButton } from "./save-position-button";

/** On a public position: register an intent (or see the one registered) and save it, for talents. */
export async function RegisterIntentCard({ positionId }: { positionId: number }) {
  const [t, format, user] = await Promise.all([getTranslations("intents"), getFormatter(), getCurrentUser()]);
  if (user && user.role !== "talent") return null;
  if (!user) {
    return (
      <Card id="register">
        <CardTitle>{t("registerTitle")}</CardTitle>
        <p className="mt-2 text-sm text-slate-600">{t("signInToRegister")}</p>
        <ButtonLink href={`/sign-in?callbackUrl=${encodeURIComponent(`/positions/${positionId}`)}`} className="mt-3 w-full">
          {t("signInButton")}
        </ButtonLink>
      </Card>
    );
  }
  const [existing, saved, otherBoard] = await Promise.all([
    findIntentOnPosition({ talentId: user.id, positionId }),
    isPositionSaved({ talentId: user.id, positionId }),
    hasIntentOnOtherBoard({ talentId: user.id, positionId }),
  ]);
  return (
    <Card id="register" className="space-y-3">
      <CardTitle>{t("registerTitle")}</CardTitle>
      {existing ? (
        <div className="space-y-3 text-sm">
          <p className="text-slate-700">{t("registeredOn", { date: format.dateTime(existing.createdAt, { dateStyle: "medium" }) })}</p>
          <IntentStatusBadge status={existing.status} />
          <ButtonLink href={`/talent/intents/${existing.id}`} variant="secondary" className="w-full">
            {t("viewIntent")}
          </ButtonLink>
        </div>
      ) : (
        <>
          {otherBoard ? <Alert tone="warning">{t("otherBoardWarning")}</Alert> : null}
          <RegisterIntentForm positionId={positionId} />
        </>
      )}
      <SavePositionButton positionId={positionId} saved={saved} />
    </Card>
  );
}
