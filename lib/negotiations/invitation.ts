import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from "ical-generator";

/** What an .ics invitation says, in the reader's language (the texts come translated). */
export interface InvitationInput {
  /** The booking chain's UID: a reschedule keeps it, so calendar programs move the event. */
  uid: string;
  /** Rises with every change; a calendar program ignores anything older than what it holds. */
  sequence: number;
  cancelled: boolean;
  startsAt: Date;
  durationMinutes: number;
  summary: string;
  description: string;
  joinUrl: string;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
  /** DTSTAMP: when this version of the invitation was made. */
  stamp: Date;
}

export const INVITATION_DOMAIN = "zhihui.example";

/**
 * An iCalendar invitation (RFC 5545 / 5546 iTIP) made by ical-generator: METHOD:REQUEST with
 * STATUS:CONFIRMED for a live booking, METHOD:CANCEL with STATUS:CANCELLED once it is off.
 */
export function buildInvitation(input: InvitationInput): string {
  const calendar = ical({
    prodId: { company: "Zhihui Qundao", product: "Negotiations", language: "ZH" },
    method: input.cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  calendar.createEvent({
    id: `${input.uid}@${INVITATION_DOMAIN}`,
    sequence: input.sequence,
    stamp: input.stamp,
    start: input.startsAt,
    end: new Date(input.startsAt.getTime() + input.durationMinutes * 60_000),
    summary: input.summary,
    description: `${input.description}\n${input.joinUrl}`,
    location: input.joinUrl,
    url: input.joinUrl,
    status: input.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: input.organizer,
    attendees: [
      {
        name: input.attendee.name,
        email: input.attendee.email,
        role: ICalAttendeeRole.REQ,
        status: input.cancelled ? ICalAttendeeStatus.DECLINED : ICalAttendeeStatus.ACCEPTED,
      },
    ],
  });
  return calendar.toString();
}
