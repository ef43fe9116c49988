import { getLocale, getTranslations } from "next-intl/server";
import type { ComponentProps } from "react";
import { updateBoardAction, savePlatformAction, savePolicyTagAction } from "@/app/(site)/admin/catalog/actions";
import { CatalogRowForm, type RowField } from "@/components/admin/catalog-row-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { getManagedCatalog } from "@/lib/catalog/manage";
import { localized } from "@/lib/i18n/localized";

export async function generateMetadata() {
  const t = await getTranslations("adminManage.catalog");
  return { title: t("title") };
}

const text = (row: Record<string, unknown>, names: string[]) => Object.fromEntries(names.map((n) => [n, row[n] == null ? "" : String(row[n])]));

/** Boards, platforms and talent-policy tags: each row its own form. */
export default async function AdminCatalogPage() {
  await requirePermission({ action: "admin.manage" }, "/admin/catalog");
  const [t, locale, catalog] = await Promise.all([getTranslations("adminManage.catalog"), getLocale(), getManagedCatalog()]);
  const names: RowField[] = [
    { name: "nameZh", label: t("nameZh"), maxLength: 100, span: 3 },
    { name: "nameEn", label: t("nameEn"), maxLength: 100, span: 3 },
  ];
  const code: RowField = { name: "code", label: t("code"), maxLength: 60, span: 2 };
  const sortOrder: RowField = { name: "sortOrder", label: t("sortOrder"), kind: "number" };
  const boardOptions = catalog.boards.map((b) => ({ value: String(b.id), label: localized(locale, b.nameZh, b.nameEn) }));
  const boardFields: RowField[] = [
    ...names,
    { name: "descriptionZh", label: t("descriptionZh"), kind: "textarea", maxLength: 1000, span: 3 },
    { name: "descriptionEn", label: t("descriptionEn"), kind: "textarea", maxLength: 1000, span: 3 },
    sortOrder,
  ];
  const platformFields: RowField[] = [code, { name: "board", label: t("board"), kind: "select", options: boardOptions, span: 2 }, sortOrder, ...names];
  const tagFields: RowField[] = [code, sortOrder, ...names];
  return (
    <ClientMessages namespaces={["adminManage", "formErrors", "validation"]}>
      <div className="space-y-8">
        <PageHeader title={t("title")} description={t("intro")} />
        <section className="space-y-4" aria-labelledby="boards-heading">
          <h2 id="boards-heading" className="text-lg font-semibold text-slate-900">{t("boards")}</h2>
          {catalog.boards.map((b) => (
            <Card key={b.id} aria-label={t("editNamed", { name: b.nameZh })}>
              <p className="mb-3 text-xs text-slate-600">
                {t("code")}: {b.code}
              </p>
              <CatalogRowForm action={updateBoardAction} idPrefix={`board-${b.id}`} rowId={b.id} fields={boardFields} initial={text(b, ["nameZh", "nameEn", "descriptionZh", "descriptionEn", "sortOrder"])} submitLabel={t("save")} />
            </Card>
          ))}
        </section>
        <RowsSection
          heading={t("platforms")}
          newHeading={t("newPlatform")}
          action={savePlatformAction}
          kind="platform"
          fields={platformFields}
          rows={catalog.platforms.map((p) => ({ id: p.id, initial: { ...text(p, ["code", "nameZh", "nameEn", "sortOrder"]), board: String(p.boardId) } }))}
          blank={{ sortOrder: "0", board: boardOptions[0]?.value ?? "" }}
          labels={{ save: t("save"), create: t("create") }}
        />
        <RowsSection
          heading={t("tags")}
          newHeading={t("newTag")}
          action={savePolicyTagAction}
          kind="tag"
          fields={tagFields}
          rows={catalog.policyTags.map((tag) => ({ id: tag.id, initial: text(tag, ["code", "nameZh", "nameEn", "sortOrder"]) }))}
          blank={{ sortOrder: "0" }}
          labels={{ save: t("save"), create: t("create") }}
        />
      </div>
    </ClientMessages>
  );
}

/** A table edited row by row, with a form for a new row below it. */
function RowsSection({
  heading,
  newHeading,
  action,
  kind,
  fields,
  rows,
  blank,
  labels,
}: {
  heading: string;
  newHeading: string;
  action: ComponentProps<typeof CatalogRowForm>["action"];
  kind: string;
  fields: RowField[];
  rows: { id: number; initial: Record<string, string> }[];
  blank: Record<string, string>;
  labels: { save: string; create: string };
}) {
  return (
    <section className="space-y-4" aria-labelledby={`${kind}-heading`}>
      <h2 id={`${kind}-heading`} className="text-lg font-semibold text-slate-900">
        {heading}
      </h2>
      <Card className="divide-y divide-slate-100 [&>*]:py-4 [&>*:first-child]:pt-0 [&>*:last-child]:pb-0">
        {rows.map((row) => (
          <CatalogRowForm key={row.id} action={action} idPrefix={`${kind}-${row.id}`} rowId={row.id} fields={fields} initial={row.initial} submitLabel={labels.save} />
        ))}
      </Card>
      <Card>
        <CardTitle className="mb-3 text-base">{newHeading}</CardTitle>
        <CatalogRowForm action={action} idPrefix={`${kind}-new`} fields={fields} initial={blank} submitLabel={labels.create} testId={`new-${kind}`} />
      </Card>
    </section>
  );
}
