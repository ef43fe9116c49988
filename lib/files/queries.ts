import "server-only";
import { eq } from "drizzle-orm";
import type { Database } from "../../db/index";
import { files } from "../../db/schema";
import { FieldError } from "../errors";
import { pdfProblem, safePdfName } from "./pdf";

export interface PdfUpload {
  filename: string;
  bytes: Uint8Array;
}

/** Reads an uploaded PDF, or answers under its field what is wrong with it (empty, too large, not a PDF). */
export async function readPdfUpload(file: File | undefined, field: string): Promise<PdfUpload> {
  // Judge the size before reading: a huge body is refused without holding it twice.
  const early = pdfProblem(file ? { size: file.size, head: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]) } : null);
  if (early) throw new FieldError(field, early);
  const bytes = new Uint8Array(await file!.arrayBuffer());
  const problem = pdfProblem({ size: bytes.length, head: bytes.subarray(0, 8) });
  if (problem) throw new FieldError(field, problem);
  return { filename: safePdfName(file!.name), bytes };
}

/** Stores a PDF where every app instance reads it (the database). */
export async function insertPdf(db: Database, { ownerId, upload }: { ownerId: string; upload: PdfUpload }): Promise<string> {
  const [row] = await db
    .insert(files)
    .values({ ownerId, filename: upload.filename, mimeType: "application/pdf", size: upload.bytes.length, data: Buffer.from(upload.bytes) })
    .returning({ id: files.id });
  return row!.id;
}

export async function deleteFile(db: Database, { id }: { id: string }): Promise<void> {
  await db.delete(files).where(eq(files.id, id));
}
