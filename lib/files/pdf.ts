/**
 * Uploaded PDFs (résumés, project pitches) are judged by their bytes, not by the name or the
 * type the browser claims: a PDF starts with "%PDF-".
 */
export const MAX_PDF_BYTES = 5 * 1024 * 1024;
const MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

export type PdfProblem = "file_required" | "file_empty" | "file_too_large" | "file_not_pdf";

export function isPdf(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && MAGIC.every((byte, i) => bytes[i] === byte);
}

/** What is wrong with an upload (a message key of `validation`), or null when it is a PDF we keep. */
export function pdfProblem(upload: { size: number; head: Uint8Array } | null): PdfProblem | null {
  if (!upload) return "file_required";
  if (upload.size === 0) return "file_empty";
  if (upload.size > MAX_PDF_BYTES) return "file_too_large";
  return isPdf(upload.head) ? null : "file_not_pdf";
}

/** A file name safe to store and to hand back in Content-Disposition: no paths, no control characters, ends in .pdf. */
export function safePdfName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, "").trim().slice(0, 120);
  const stem = cleaned.replace(/\.pdf$/i, "") || "document";
  return `${stem}.pdf`;
}
