import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CompletenessMeter } from "@/components/talent/completeness-meter";
import { TalentProfileForm } from "@/components/talent/profile-form";
import { ResumeForm } from "@/components/talent/resume-form";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/session";
import { getCatalog } from "@/lib/catalog/queries";
import { getViewerTimeZone } from "@/lib/negotiations/queries";
import { getTalentProfile } from "@/lib/talents/profile";

export async function generateMetadata() {
  const t = await getTranslations("talentProfile");
  return { title: t("pageTitle") };
}

export default async function TalentProfilePage() {
  const user = await requireArea("talent", "/talent/profile");
  const [t, format, { profile, resume, completeness }, catalog, zone] = await Promise.all([
    getTranslations("talentProfile"),
    getFormatter(),
    getTalentProfile({ talentId: user.id }),
    getCatalog(),
    getViewerTimeZone({ userId: user.id }),
  ]);
  const text = (v: string | number | null | undefined) => (v == null ? "" : String(v));
  return (
    <ClientMessages namespaces={["formErrors", "positions", "talentProfile", "validation"]}>
      <div className="space-y-6">
        <PageHeader title={t("pageTitle")} description={t("intro")} />
        <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
          <Card className="order-2 lg:order-1">
            <TalentProfileForm
              initial={{
                fields: {
                  realName: profile.realName,
                  phone: text(profile.phone),
                  contactEmail: text(profile.contactEmail),
                  educationLevel: text(profile.educationLevel),
                  school: profile.school,
                  major: profile.major,
                  graduationYear: text(profile.graduationYear),
                  title: profile.title,
                  skills: profile.skills.join(", "),
                  origin: profile.origin,
                  country: text(profile.country),
                  wishSalaryMin: text(profile.wishSalaryMin),
                  wishSalaryMax: text(profile.wishSalaryMax),
                  bio: profile.bio,
                  visibility: profile.visibility,
                },
                wishLocations: profile.wishLocationIds,
                wishIndustries: profile.wishIndustryIds,
              }}
              locations={catalog.locations}
              industries={catalog.industries}
              timeZone={{ saved: zone.saved, fallback: zone.timeZone }}
            />
          </Card>
          <div className="order-1 space-y-6 lg:order-2">
            <Card>
              <CompletenessMeter percent={completeness.percent} missing={completeness.missing} />
            </Card>
            <Card>
              <CardTitle>{t("resume")}</CardTitle>
              <div className="mt-3">
                <ResumeForm
                  resume={resume ? { id: resume.id, filename: resume.filename, size: `${format.number(resume.size / 1024, { maximumFractionDigits: 0 })} KB` } : null}
                />
              </div>
            </Card>
          </div>
        </div>
      </div>
    </ClientMessages>
  );
}
