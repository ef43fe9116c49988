import { getTranslations } from "next-intl/server";
import { logoSrc } from "@/components/employer/employer-logo";
import { LogoPreview } from "@/components/employer/logo-preview";
import { ProfileForm } from "@/components/employer/profile-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea, requirePermission } from "@/lib/auth/session";
import { getCatalog } from "@/lib/catalog/queries";
import { getEmployer } from "@/lib/employers/queries";

export async function generateMetadata() {
  const t = await getTranslations("employerProfile");
  return { title: t("title") };
}

export default async function EmployerProfilePage() {
  const user = await requireArea("employer", "/employer/profile");
  await requirePermission({ action: "employer.edit", employerId: user.employerId! }, "/employer/profile");
  const [t, employer, catalog] = await Promise.all([getTranslations("employerProfile"), getEmployer({ employerId: user.employerId! }), getCatalog()]);
  return (
    <ClientMessages namespaces={["employerKind", "employerProfile", "formErrors", "positionForm", "positions", "validation"]}>
      <div className="space-y-6">
        <PageHeader
          title={t("title")}
          description={t("intro", { name: employer.name, code: employer.creditCode })}
          actions={employer.status === "verified" ? <ButtonLink href={`/employers/${employer.id}`} variant="secondary">{t("viewPublic")}</ButtonLink> : undefined}
        />
        <Card className="space-y-6">
          <LogoPreview src={logoSrc(employer.id, employer.logoFileId)} name={employer.name} />
          <ProfileForm
            hasLogo={employer.logoFileId != null}
            initial={{
              nameEn: employer.nameEn ?? "",
              kind: employer.kind,
              industry: employer.industryId ? String(employer.industryId) : "",
              location: employer.locationId ? String(employer.locationId) : "",
              website: employer.website ?? "",
              description: employer.description,
            }}
            locations={catalog.locations}
            industries={catalog.industries}
          />
        </Card>
      </div>
    </ClientMessages>
  );
}
