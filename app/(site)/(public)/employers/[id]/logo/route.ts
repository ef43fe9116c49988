import { can } from "@/lib/auth/policy";
import { getCurrentUser } from "@/lib/auth/session";
import { getEmployerLogo } from "@/lib/employers/logo";
import { parseId } from "@/lib/http/ids";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

/**
 * An employer's logo. Public for a verified employer; before verification only its own people
 * see it (in their profile form). The bytes were checked to be PNG, JPEG or WebP on upload and
 * are served with that stored type, never sniffed again by the browser. The file id is the
 * ETag; pages link `?v={file id}`, which may be cached for good since a new logo is a new id.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const employerId = parseId((await params).id);
  if (!employerId) return notFound();
  const logo = await getEmployerLogo({ employerId });
  if (!logo) return notFound();
  if (!logo.public && !can(await getCurrentUser(), { action: "employer.read", employerId })) return notFound();
  const etag = `"${logo.id}"`;
  const versioned = new URL(request.url).searchParams.get("v") === logo.id;
  const headers = {
    "content-type": logo.mimeType,
    "x-content-type-options": "nosniff",
    "content-security-policy": "default-src 'none'; sandbox",
    "cache-control": !logo.public ? "private, no-cache" : versioned ? "public, max-age=31536000, immutable" : "public, no-cache",
    etag,
  };
  const match = request.headers.get("if-none-match");
  if (match && match.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)) return new Response(null, { status: 304, headers });
  return new Response(Buffer.from(logo.data), { headers: { ...headers, "content-length": String(logo.data.length) } });
}
