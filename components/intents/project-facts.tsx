import { getTranslations } from "next-intl/server";
import { Card, CardTitle } from "@/components/ui/card";

export interface ProjectFacts {
  name: string;
  field: string;
  stage: string;
  teamSize: number;
  fundingSought: number | null;
  pitchFileId: string | null;
}

/** The project of a 项目落户意向, with its pitch for download. */
export async function ProjectFactsList({ project }: { project: ProjectFacts }) {
  const t = await getTranslations("intents");
  const stage = t.has(`stage.${project.stage}`) ? t(`stage.${project.stage}` as never) : project.stage;
  const rows: [string, string][] = [
    [t("projectName"), project.name],
    [t("projectField"), project.field],
    [t("projectStage"), stage],
    [t("teamSize"), String(project.teamSize)],
    [t("fundingSought"), project.fundingSought == null ? "—" : t("funding", { amount: project.fundingSought })],
  ];
  return (
    <dl className="space-y-2 text-sm">
      {rows.map(([label, value]) => (
        <div key={label} className="flex justify-between gap-3">
          <dt className="shrink-0 text-slate-600">{label}</dt>
          <dd className="text-right font-medium text-slate-900">{value}</dd>
        </div>
      ))}
      {project.pitchFileId ? (
        <div className="pt-1">
          <a href={`/files/${project.pitchFileId}`} className="text-brand-700 underline-offset-2 hover:underline">
            {t("downloadPitch")}
          </a>
        </div>
      ) : null}
    </dl>
  );
}

export async function ProjectCard({ project }: { project: ProjectFacts }) {
  const t = await getTranslations("intents");
  return (
    <Card>
      <CardTitle>{t("project")}</CardTitle>
      <div className="mt-3">
        <ProjectFactsList project={project} />
      </div>
    </Card>
  );
}
