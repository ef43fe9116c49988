import { NextResponse } from "next/server";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/policy";
import { getCurrentUser } from "@/lib/auth/session";
import { parseId } from "@/lib/http/ids";
import { buildInvitation, INVITATION_DOMAIN } from "@/lib/negotiations/invitation";
import { getBookingInvitation } from "@/lib/negotiations/queries";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "private, no-store" } });

/**
 * A booking's calendar invitation (.ics): METHOD:REQUEST while it stands, METHOD:CANCEL with
 * STATUS:CANCELLED once it is off; the same UID across reschedules with a rising SEQUENCE. Only
 * the talent who booked and the members of the slot's organisation get it; anyone else "not found".
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  const { id } = await params;
  if (!user) {
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("callbackUrl", `/bookings/${id}/invitation`);
    return NextResponse.redirect(signIn, 307);
  }
  const bookingId = parseId(id);
  const found = bookingId ? await getBookingInvitation({ bookingId }) : null;
  if (!found || !can(user, { action: "booking.read", talentId: found.booking.talentId, employerId: found.employerId })) return notFound();
  const t = await getTranslations("negotiations");
  const ics = buildInvitation({
    uid: found.booking.icsUid,
    sequence: found.booking.icsSequence,
    cancelled: found.booking.status === "cancelled",
    startsAt: found.startsAt,
    durationMinutes: found.durationMinutes,
    summary: t("summary", { title: found.title, employer: found.employerName }),
    description: t("description", { title: found.title, employer: found.employerName, talent: found.talentName }),
    joinUrl: found.joinUrl,
    organizer: found.organizer ?? { name: found.employerName, email: `negotiations@${INVITATION_DOMAIN}` },
    attendee: { name: found.talentName, email: found.talentEmail },
    stamp: found.booking.cancelledAt ?? found.booking.createdAt,
  });
  return new Response(ics, {
    headers: {
      "content-type": `text/calendar; charset=utf-8; method=${found.booking.status === "cancelled" ? "CANCEL" : "REQUEST"}`,
      "content-disposition": `attachment; filename="negotiation-${found.booking.id}.ics"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
