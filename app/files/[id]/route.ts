import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { getFileForDownload } from "@/lib/talents/profile";

export const dynamic = "force-dynamic";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An uploaded PDF (résumé or project pitch): to its owner, and to the employers the talent's
 * visibility setting (or the intent they handle) allows. Anyone else gets "not found". Always a
 * download, never rendered in our origin, never kept by a shared cache.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  const { id } = await params;
  if (!user) {
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("callbackUrl", `/files/${id}`);
    return NextResponse.redirect(signIn, 307);
  }
  const file = UUID.test(id) ? await getFileForDownload({ actor: user, fileId: id }) : null;
  if (!file) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "private, no-store" } });
  const ascii = file.filename.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return new Response(Buffer.from(file.data), {
    headers: {
      "content-type": "application/pdf",
      "content-length": String(file.size),
      "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
      "content-security-policy": "default-src 'none'; sandbox",
    },
  });
}
