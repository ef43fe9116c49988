import { describe, expect, it } from "vitest";
import { isPdf, MAX_PDF_BYTES, pdfProblem, safePdfName } from "./pdf";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("[files] PDF sniffing", () => {
  it("knows a PDF by its first bytes", () => {
    expect(isPdf(bytes("%PDF-1.7\n%âãÏÓ"))).toBe(true);
    expect(isPdf(bytes("%PDF"))).toBe(false);
    expect(isPdf(bytes("PK\u0003\u0004 a docx"))).toBe(false);
    expect(isPdf(bytes("<html>%PDF-1.4"))).toBe(false);
    expect(isPdf(new Uint8Array())).toBe(false);
  });

  it("names what is wrong with an upload", () => {
    expect(pdfProblem(null)).toBe("file_required");
    expect(pdfProblem({ size: 0, head: new Uint8Array() })).toBe("file_empty");
    expect(pdfProblem({ size: MAX_PDF_BYTES + 1, head: bytes("%PDF-1.4") })).toBe("file_too_large");
    expect(pdfProblem({ size: 20, head: bytes("GIF89a…") })).toBe("file_not_pdf");
    expect(pdfProblem({ size: MAX_PDF_BYTES, head: bytes("%PDF-1.4") })).toBeNull();
  });

  it("keeps a harmless file name", () => {
    expect(safePdfName("C:\\Users\\林海\\简历.PDF")).toBe("简历.pdf");
    expect(safePdfName('../../etc/passwd"\n')).toBe("passwd.pdf");
    expect(safePdfName("")).toBe("document.pdf");
  });
});
