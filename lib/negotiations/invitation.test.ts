import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildInvitation, type InvitationInput } from "./invitation";
import { joinUrl, newRoomName } from "./video-room";

const input: InvitationInput = {
  uid: "0b7d7c4e-93a4-4f7e-a3bb-62a1a5b0c001",
  sequence: 0,
  cancelled: false,
  startsAt: new Date("2026-12-07T01:00:00Z"),
  durationMinutes: 30,
  summary: "视频洽谈：石化工艺工程师 · 舟山测试单位",
  description: "智汇群岛视频洽谈",
  joinUrl: "https://meet.jit.si/zq-abc",
  organizer: { name: "李华", email: "hr@example.org" },
  attendee: { name: "林海", email: "linhai@example.org" },
  stamp: new Date("2026-12-01T08:00:00Z"),
};

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const event = calendar.getFirstSubcomponent("vevent")!;
  return { calendar, event, get: (name: string) => event.getFirstPropertyValue(name) };
}

describe("[negotiations] the .ics invitation", () => {
  it("is a REQUEST for the booked time, in UTC, with the room and both people", () => {
    const { calendar, event, get } = parse(buildInvitation(input));
    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    expect(get("uid")).toBe(`${input.uid}@zhihui.example`);
    expect(get("sequence")).toBe(0);
    expect(get("status")).toBe("CONFIRMED");
    expect((get("dtstart") as ICAL.Time).toJSDate().toISOString()).toBe("2026-12-07T01:00:00.000Z");
    expect((get("dtend") as ICAL.Time).toJSDate().toISOString()).toBe("2026-12-07T01:30:00.000Z");
    expect(get("summary")).toBe(input.summary);
    expect(get("location")).toBe(input.joinUrl);
    expect(String(get("description"))).toContain(input.joinUrl);
    expect(String(get("organizer")).toLowerCase()).toBe("mailto:hr@example.org");
    expect(String(event.getFirstPropertyValue("attendee")).toLowerCase()).toBe("mailto:linhai@example.org");
  });

  it("cancels with the same UID, a higher SEQUENCE and STATUS:CANCELLED", () => {
    const { calendar, get } = parse(buildInvitation({ ...input, cancelled: true, sequence: 2 }));
    expect(calendar.getFirstPropertyValue("method")).toBe("CANCEL");
    expect(get("uid")).toBe(`${input.uid}@zhihui.example`);
    expect(get("sequence")).toBe(2);
    expect(get("status")).toBe("CANCELLED");
  });
});

describe("[negotiations] video rooms", () => {
  it("names rooms with 160 random bits under the configured base URL", () => {
    const names = new Set(Array.from({ length: 200 }, newRoomName));
    expect(names.size).toBe(200);
    for (const name of names) expect(name).toMatch(/^zq-[0-9a-f]{40}$/);
    expect(joinUrl("https://meet.jit.si/", "zq-1")).toBe("https://meet.jit.si/zq-1");
    expect(joinUrl("https://video.example.org/rooms", "zq-1")).toBe("https://video.example.org/rooms/zq-1");
  });
});
