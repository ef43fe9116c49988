import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Field, Input, Select } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Table } from "@/components/ui/table";
import { findAuditActions, findAuditEntries } from "@/lib/audit/queries";
import { requirePermission } from "@/lib/auth/session";

export async function generateMetadata() {
  const t = await getTranslations("adminArea");
  return { title: t("audit") };
}

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const filterSchema = z.object({
  action: z.preprocess(one, z.string().trim().max(100).optional()).catch(undefined),
  actor: z.preprocess(one, z.string().trim().max(100).optional()).catch(undefined),
  from: z.preprocess(one, z.iso.date().optional()).catch(undefined),
  to: z.preprocess(one, z.iso.date().optional()).catch(undefined),
  before: z.preprocess(one, z.coerce.number().int().positive().optional()).catch(undefined),
});

/** The audit log: who did what, when, filterable by action, person and dates. Bad filters are ignored. */
export default async function AdminAuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  await requirePermission({ action: "admin.audit.read" }, "/admin/audit");
  const filter = filterSchema.parse(await searchParams);
  const [t, format, actions, page] = await Promise.all([
    getTranslations("adminArea"),
    getFormatter(),
    findAuditActions(),
    findAuditEntries({
      action: filter.action || undefined,
      actor: filter.actor || undefined,
      from: filter.from ? new Date(`${filter.from}T00:00:00+08:00`) : undefined,
      to: filter.to ? new Date(`${filter.to}T23:59:59.999+08:00`) : undefined,
      before: filter.before,
    }),
  ]);
  const nextQuery = new URLSearchParams(Object.entries({ ...filter, before: page.nextBefore }).filter(([, v]) => v != null && v !== "").map(([k, v]) => [k, String(v)]));
  return (
    <div className="space-y-6">
      <PageHeader title={t("audit")} description={t("auditIntro")} />
      <Card>
        <form key={JSON.stringify([filter.action, filter.actor, filter.from, filter.to])} method="get" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-end">
          <Field id="audit-action" label={t("auditAction")}>
            {(props) => (
              <Select {...props} name="action" defaultValue={filter.action ?? ""}>
                <option value="">{t("all")}</option>
                {actions.map((a) => (
                  <option key={a} value={a}>
                    {a}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field id="audit-actor" label={t("auditActor")}>
            {(props) => <Input {...props} name="actor" defaultValue={filter.actor ?? ""} />}
          </Field>
          <Field id="audit-from" label={t("auditFrom")}>
            {(props) => <Input {...props} name="from" type="date" defaultValue={filter.from ?? ""} />}
          </Field>
          <Field id="audit-to" label={t("auditTo")}>
            {(props) => <Input {...props} name="to" type="date" defaultValue={filter.to ?? ""} />}
          </Field>
          <Button type="submit">{t("filter")}</Button>
        </form>
      </Card>
      {page.rows.length === 0 ? (
        <EmptyState title={t("noAuditEntries")} />
      ) : (
        <Table
          caption={t("audit")}
          testId="audit-rows"
          rows={page.rows}
          rowKey={(row) => row.id}
          columns={[
            { key: "when", header: t("auditWhen"), className: "whitespace-nowrap text-slate-600", cell: (row) => format.dateTime(row.createdAt, { dateStyle: "short", timeStyle: "medium" }) },
            { key: "action", header: t("auditAction"), className: "whitespace-nowrap font-mono text-xs", cell: (row) => row.action },
            { key: "actor", header: t("auditActor"), cell: (row) => row.actorEmail ?? "—" },
            { key: "subject", header: t("auditSubject"), className: "whitespace-nowrap text-slate-600", cell: (row) => `${row.entityType}${row.entityId ? ` #${row.entityId.slice(0, 8)}` : ""}` },
            {
              key: "details",
              header: t("auditDetails"),
              className: "max-w-xs truncate font-mono text-xs text-slate-600",
              title: (row) => JSON.stringify(row.data),
              cell: (row) => `${JSON.stringify(row.data)}${row.ip ? ` · ${row.ip}` : ""}`,
            },
          ]}
        />
      )}
      {page.nextBefore ? (
        <Link href={`/admin/audit?${nextQuery}`} className="inline-block text-sm font-medium text-brand-700 underline">
          {t("older")}
        </Link>
      ) : null}
    </div>
  );
}
