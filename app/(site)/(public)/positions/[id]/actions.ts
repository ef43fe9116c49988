"use server";

import { action } from "@/lib/actions/action";
import { createReport } from "@/lib/reports/queries";
import { reportSchema } from "@/lib/reports/schemas";

export interface FiledReport {
  existing: boolean;
  reason: string;
  details: string;
  createdAt: string;
}

/** 举报: anyone signed in reports a public posting; a second report while one is open shows the first. */
export const reportPositionAction = action<typeof reportSchema, FiledReport>(
  { schema: reportSchema, permission: () => ({ action: "posting.report" }) },
  async (input, { user }) => {
    const { report, existing } = await createReport({ ...input, reporterId: user!.id });
    return { ok: true, data: { existing, reason: report.reason, details: report.details, createdAt: report.createdAt.toISOString() } };
  },
);
