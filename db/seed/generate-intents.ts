/**
 * 意向 with their whole history: events from NULL→submitted to the current status, the
 * project of a project intent, a few messages, and the video slots and bookings of the
 * negotiations. Exactly plan.reachedIntents end in reached, signed, onboard or settled.
 */
import { BOARD_HAICHUANG, BOARD_QIANQI, CAMPAIGN, INDUSTRIES, PLATFORMS, type IndustryCode } from "./catalog-data";
import type { SeedContext } from "./context";
import type { EmployerMeta } from "./generate-employers";
import type { PositionMeta } from "./generate-positions";
import type { TalentMeta } from "./generate-talents";
import { candidatesFor, fitOf, pickByFit } from "./intent-fit";
import { eventNote, pathFor, statusCounts } from "./intent-paths";
import { OUTCOME_NOTES, PROJECT_IDEAS, PROJECT_STAGES, PROJECT_SUFFIXES } from "./project-data";
import type {
  BookingRow,
  IntentEventRow,
  IntentMessageRow,
  IntentProjectRow,
  IntentRow,
  IntentStatusValue,
  RowBatch,
} from "./rows";
import { SlotBook } from "./slot-book";
import { DECLINE_REASONS, MESSAGE_BODIES, PROJECT_DECLINE_REASONS, intentMessage } from "./texts";
import { DAY, HOUR, MINUTE, iso, slotTimeBetween, sortedTimes, timeBetween } from "./time";

export const REACHED_STATUSES: readonly IntentStatusValue[] = ["reached", "signed", "onboard", "settled"];

/** What an intent's position is to its talent: one they were signed for, one they wanted, or a long shot. */
type Aim = "signed" | "wanted" | "long_shot";
const aimOf = (status: IntentStatusValue): Aim =>
  REACHED_STATUSES.includes(status) ? "signed" : status === "declined" || status === "no_response" ? "long_shot" : "wanted";
/** How often the position is picked with no regard to fit (the talent's field 7 times in 10, anywhere otherwise). */
const LONG_SHOTS: Record<Aim, number> = { signed: 0, wanted: 0.15, long_shot: 0.5 };
/** pickByFit's keep: the lower, the closer to the best fit among the candidates (bench:match quotes it). */
export const PICKINESS: Record<Aim, number> = { signed: 0.5, wanted: 0.85, long_shot: 0.85 };

/** A notification to write once the intents exist. */
export interface NotificationDraft {
  userId: string;
  kind: string;
  data: Record<string, unknown>;
  at: number;
  read: boolean;
}

const CHUNK = 2000;
const ROOM_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

interface Target {
  talent: number;
  position: number | null;
  employer: number;
  platform: number;
  earliest: number;
}

export interface IntentsResult {
  notifications: NotificationDraft[];
}

export function* generateIntents(
  ctx: SeedContext,
  employers: EmployerMeta,
  positions: PositionMeta,
  talents: TalentMeta,
): Generator<RowBatch, IntentsResult> {
  const { plan } = ctx;
  const rng = ctx.rng("intents");
  const roomRng = ctx.rng("intents:rooms");
  const book = new SlotBook(ctx.rng("intents:slots"), employers.actorId);
  const latest = ctx.now - HOUR;
  const taken = new Set<number>();
  const rooms = new Set<string>();
  const notifications: NotificationDraft[] = [];
  const bookings: BookingRow[] = [];

  // Statuses: the demo talent's stories first, the rest shuffled.
  const counts = statusCounts(plan);
  const demoStories: { status: IntentStatusValue; project: boolean; demoEmployer: boolean }[] = [
    { status: "negotiating", project: false, demoEmployer: true },
    { status: "reached", project: false, demoEmployer: false },
    { status: "submitted", project: false, demoEmployer: false },
    { status: "declined", project: false, demoEmployer: false },
    { status: "viewed", project: true, demoEmployer: true },
  ];
  for (const story of demoStories) counts.set(story.status, (counts.get(story.status) ?? 0) - 1);
  const rest: IntentStatusValue[] = [];
  for (const [status, n] of counts) for (let i = 0; i < n; i++) rest.push(status);
  rng.shuffle(rest);
  const demoPipeline = Math.min(16, positions.demoPublished.length * 4);

  const roomName = () => {
    for (;;) {
      const name = `zq-${roomRng.chars(ROOM_ALPHABET, 20)}`;
      if (!rooms.has(name)) {
        rooms.add(name);
        return name;
      }
    }
  };

  const randomTalent = () => rng.int(1, talents.count - 1);

  // Which position: see intent-fit.ts — a demo behaviour, not the matching model. Intents that
  // end reached (or later) are ones an employer took to the end, so the talent could take the
  // position and fits it well; the open ones are mostly positions the talent wished for, with
  // some long shots; declined and unanswered ones are long shots more often.
  const pickRng = ctx.rng("intents:positions");
  const candidates: number[] = [];
  const anywhere = (talent: number): number => {
    const industry = talents.industry[talent] ?? 0;
    const { offsets, items } = positions.byIndustry;
    const from = offsets[industry] ?? 0;
    const to = offsets[industry + 1] ?? 0;
    if (to > from && pickRng.chance(0.7)) return items[from + Math.floor(pickRng.next() * (to - from))] ?? 0;
    return pickRng.int(0, positions.published - 1);
  };
  /** null when the talent can take none of the positions they looked at: another talent then. */
  const pickPosition = (talent: number, aim: Aim): number | null => {
    if (pickRng.chance(LONG_SHOTS[aim])) return anywhere(talent);
    candidatesFor(pickRng, talents, talent, positions, candidates);
    const skip = (p: number) => taken.has(talent * positions.total + p);
    const fitting = pickByFit(pickRng, talents, talent, positions, candidates, PICKINESS[aim], skip);
    return fitting ?? (aim === "signed" ? null : anywhere(talent));
  };
  /** For one of the demo employer's positions: the best fit among a few talents who might have applied. */
  const bestTalentFor = (position: number): number | null => {
    let best: number | null = null;
    let bestFit = -1;
    for (let n = 0; n < 40; n++) {
      const talent = pickRng.int(1, talents.count - 1);
      const fit = fitOf(talents, talent, positions, position);
      if (fit > bestFit && !taken.has(talent * positions.total + position)) [best, bestFit] = [talent, fit];
    }
    return best;
  };
  const pickPlatform = (talent: number): number => {
    const field = INDUSTRIES[(talents.industry[talent] ?? 1) - 1]?.code;
    const fitting = PLATFORMS.filter((p) => field && p.industries.includes(field) && (employers.byPlatform[p.id]?.length ?? 0) > 0);
    if (fitting.length > 0 && rng.chance(0.7)) return rng.pick(fitting).id;
    return rng.weighted(PLATFORMS.filter((p) => (employers.byPlatform[p.id]?.length ?? 0) > 0).map((p) => [p.id, p.weight] as const));
  };

  const choose = (project: boolean, span: number, demo: boolean, demoEmployer: boolean, aim: Aim): Target => {
    for (let attempt = 0; ; attempt++) {
      let talent = demo ? 0 : randomTalent();
      let joined = talents.joinedAt[talent] ?? ctx.start;
      if (project) {
        const platform = demoEmployer ? (employers.platform[0] ?? 4) : pickPlatform(talent);
        const employer = demoEmployer ? 0 : rng.pick(employers.byPlatform[platform] ?? [0]);
        const earliest = Math.max(joined, ctx.start + DAY) + HOUR;
        if (earliest <= latest - span || attempt > 200) return { talent, position: null, employer, platform, earliest };
        continue;
      }
      let position: number | null;
      if (demoEmployer && attempt < 50 && positions.demoPublished.length > 0) {
        position = pickRng.pick(positions.demoPublished);
        if (aim === "signed" && !demo) {
          const signed = bestTalentFor(position);
          if (signed === null) continue;
          talent = signed;
          joined = talents.joinedAt[talent] ?? ctx.start;
        }
      } else position = pickPosition(talent, aim);
      // Nobody fits anything (only in a tiny plan): any position rather than no end.
      if (position === null) {
        if (attempt < 400) continue;
        position = anywhere(talent);
      }
      const key = talent * positions.total + position;
      if (taken.has(key)) continue;
      const earliest = Math.max(joined, positions.publishedAt[position] ?? ctx.start) + HOUR;
      if (earliest > latest - span && attempt < 200) continue;
      taken.add(key);
      return { talent, position, employer: positions.employer[position] ?? 0, platform: positions.platform[position] ?? 0, earliest };
    }
  };

  let eventId = 0;
  let messageId = 0;
  const total = plan.intents;
  for (let from = 0; from < total; from += CHUNK) {
    const intents: IntentRow[] = [];
    const projects: IntentProjectRow[] = [];
    const events: IntentEventRow[] = [];
    const messages: IntentMessageRow[] = [];
    for (let k = from; k < Math.min(total, from + CHUNK); k++) {
      const id = k + 1;
      const story = demoStories[k];
      const status = story ? story.status : (rest[k - demoStories.length] ?? "submitted");
      const project = story ? story.project : status === "settled" || (status !== "onboard" && rng.chance(0.1));
      const demoEmployer = story ? story.demoEmployer : k < demoStories.length + demoPipeline;
      let path = pathFor(rng, status);
      const target = choose(project, path.span, story !== undefined, demoEmployer, aimOf(status));

      // Times: before the meeting, the meeting, after it.
      let times: number[];
      let slotAt: number | null = null;
      let bookedAt = 0;
      const negIndex = path.steps.findIndex((s) => s.to === "negotiating");
      if (path.booking === "past") {
        const after = path.steps.length - negIndex - 1;
        let at = slotTimeBetween(rng, target.earliest + 3 * HOUR, latest - 2 * HOUR - (after > 0 ? 6 * HOUR : 0));
        if (at === null) {
          // The window was too short after all: keep the story without its meeting.
          path = { ...path, booking: "none", outcome: null };
          at = null;
        }
        if (at !== null) {
          slotAt = at;
          const before = sortedTimes(rng, target.earliest, at - 2 * HOUR, negIndex + 1);
          const negotiatedAt = before[before.length - 1] ?? target.earliest;
          bookedAt = timeBetween(rng, negotiatedAt + 5 * MINUTE, at - HOUR);
          times = before.concat(sortedTimes(rng, at + 45 * MINUTE, latest, after));
        } else {
          times = sortedTimes(rng, target.earliest, latest, path.steps.length);
        }
      } else if (status === "no_response") {
        const submitted = timeBetween(rng, target.earliest, Math.max(target.earliest, latest - 7.5 * DAY));
        times = [submitted, Math.min(latest, submitted + 7 * DAY + rng.int(0, 12) * HOUR)];
      } else {
        times = sortedTimes(rng, target.earliest, latest, path.steps.length);
        if (path.booking === "future") {
          slotAt = slotTimeBetween(rng, ctx.now + 2 * HOUR, Math.min(ctx.end - DAY, ctx.now + 14 * DAY));
          bookedAt = timeBetween(rng, (times[negIndex] ?? target.earliest) + 5 * MINUTE, latest);
        }
      }

      const talentId = ctx.talentUserId(target.talent);
      const employerActor = employers.actorId(target.employer);
      const created = times[0] ?? target.earliest;
      const last = times[times.length - 1] ?? created;
      const reachedIndex = path.steps.findIndex((s) => s.to === "reached");
      const declineReason =
        status === "declined" ? rng.pick(project ? PROJECT_DECLINE_REASONS : DECLINE_REASONS) : null;
      const positionIndex = target.position;
      const title = positionIndex === null ? null : positions.title(positionIndex);

      let projectName: string | null = null;
      if (project) {
        const platform = PLATFORMS.find((p) => p.id === target.platform);
        const field: IndustryCode = platform ? rng.pick(platform.industries) : "marine-electronics";
        projectName = rng.pick(PROJECT_IDEAS[field] ?? ["海洋科技"]) + rng.pick(PROJECT_SUFFIXES);
        projects.push({
          intent_id: id,
          name: projectName,
          field: INDUSTRIES.find((x) => x.code === field)?.nameZh ?? "海洋电子信息",
          stage: rng.pick(PROJECT_STAGES),
          team_size: rng.int(3, 40),
          funding_sought: rng.chance(0.2) ? null : rng.int(5, 300) * 10,
        });
      }

      intents.push({
        id,
        kind: project ? "project" : "employment",
        talent_id: talentId,
        position_id: positionIndex === null ? null : positionIndex + 1,
        employer_id: target.employer + 1,
        board_id: target.platform > 0 ? BOARD_HAICHUANG : BOARD_QIANQI,
        platform_id: target.platform > 0 ? target.platform : null,
        campaign_id: CAMPAIGN.id,
        status,
        message: intentMessage(rng, {
          name: talents.names[target.talent] ?? "",
          title,
          projectName,
          school: talents.schools[target.talent] ?? "",
        }),
        decline_reason: declineReason,
        status_changed_at: iso(last),
        reached_at: reachedIndex >= 0 ? iso(times[reachedIndex] ?? last) : null,
        reminder_sent_at:
          status === "no_response" || (status === "submitted" && created < ctx.now - 3 * DAY)
            ? iso(created + 3 * DAY)
            : null,
        created_at: iso(created),
        updated_at: iso(last),
      });

      let from_status: IntentStatusValue | null = null;
      path.steps.forEach((step, n) => {
        const at = times[n] ?? last;
        events.push({
          id: ++eventId,
          intent_id: id,
          actor_id: step.actor === "talent" ? talentId : step.actor === "employer" ? employerActor : null,
          from_status,
          to_status: step.to,
          note: eventNote(rng, step.to, project, declineReason),
          created_at: iso(at),
        });
        if (target.talent === 0 && step.actor !== "talent") {
          notifications.push({
            userId: talentId,
            kind: "intent.status_changed",
            data: { intentId: id, title: title ?? projectName, from: from_status, to: step.to },
            at: at + MINUTE,
            read: at < ctx.now - 2 * DAY,
          });
        } else if (step.to === "reached") {
          notifications.push({
            userId: talentId,
            kind: "intent.status_changed",
            data: { intentId: id, title: title ?? projectName, from: from_status, to: step.to },
            at: at + MINUTE,
            read: rng.chance(0.7),
          });
        }
        from_status = step.to;
      });
      if (target.employer === 0) {
        notifications.push({
          userId: ctx.demoEmployerUserId,
          kind: "intent.submitted",
          data: { intentId: id, title: title ?? projectName, talentName: talents.names[target.talent] ?? "" },
          at: created + MINUTE,
          read: created < ctx.now - 3 * DAY,
        });
      }

      // The negotiation: one live booking at most, a cancelled one before it maybe.
      const negotiatedAt = negIndex >= 0 ? (times[negIndex] ?? created) : created;
      const positionId = positionIndex === null ? null : positionIndex + 1;
      if (path.cancelled && negIndex >= 0) {
        const cancelledAt = status === "withdrawn" ? last : timeBetween(rng, negotiatedAt + 10 * MINUTE, bookedAt > 0 ? bookedAt : latest);
        const at = slotTimeBetween(rng, Math.max(cancelledAt, ctx.now) + 2 * HOUR, ctx.now + 10 * DAY);
        if (at !== null) {
          const createdAt = timeBetween(rng, negotiatedAt + MINUTE, cancelledAt - MINUTE);
          bookings.push({
            id: bookings.length + 1,
            slot_id: book.book(target.employer, positionId, at, createdAt, false),
            intent_id: id,
            talent_id: talentId,
            status: "cancelled",
            room_name: roomName(),
            ics_sequence: 1,
            outcome: null,
            outcome_note: null,
            created_at: iso(createdAt),
            cancelled_at: iso(cancelledAt),
          });
        }
      }
      if (slotAt !== null && path.booking !== "none") {
        const outcome = path.booking === "past" ? path.outcome : null;
        const bookingId = bookings.length + 1;
        bookings.push({
          id: bookingId,
          slot_id: book.book(target.employer, positionId, slotAt, bookedAt, true),
          intent_id: id,
          talent_id: talentId,
          status: "booked",
          room_name: roomName(),
          ics_sequence: 0,
          outcome,
          outcome_note: outcome ? rng.pick(OUTCOME_NOTES[outcome]) : null,
          created_at: iso(bookedAt),
          cancelled_at: null,
        });
        if (target.talent === 0 && path.booking === "future") {
          notifications.push({
            userId: talentId,
            kind: "booking.confirmed",
            data: { bookingId, intentId: id, startsAt: iso(slotAt) },
            at: bookedAt + MINUTE,
            read: false,
          });
        }
      }

      // A few messages on intents that got as far as a negotiation.
      if (negIndex >= 0 && (target.talent === 0 || target.employer === 0 || rng.chance(0.3))) {
        const n = rng.int(1, 3);
        const stamps = sortedTimes(rng, created + 10 * MINUTE, Math.max(created + HOUR, last), n);
        stamps.forEach((at, m) => {
          const fromTalent = m % 2 === 0;
          messages.push({
            id: ++messageId,
            intent_id: id,
            sender_id: fromTalent ? talentId : employerActor,
            body: rng.pick(fromTalent ? MESSAGE_BODIES.talent : MESSAGE_BODIES.employer),
            read_at: m === n - 1 && at > ctx.now - DAY ? null : iso(Math.min(latest, at + rng.int(5, 600) * MINUTE)),
            created_at: iso(at),
          });
        });
      }
    }
    yield { table: "intents", rows: intents };
    if (projects.length > 0) yield { table: "intent_projects", rows: projects };
    yield { table: "intent_events", rows: events };
    if (messages.length > 0) yield { table: "intent_messages", rows: messages };
  }

  // Open slots nobody booked yet: the demo employer's, and many others'.
  const slotRng = ctx.rng("intents:open-slots");
  const openers = Math.min(employers.verified, 4000);
  for (let e = 0; e < openers; e++) {
    if (e > 0 && !slotRng.chance(0.5)) continue;
    const future = e === 0 ? 8 : slotRng.int(2, 5);
    for (let n = 0; n < future; n++) {
      const at = slotTimeBetween(slotRng, ctx.now + DAY, ctx.now + 14 * DAY);
      if (at !== null) book.open(e, at, ctx.now - slotRng.int(1, 6) * DAY);
    }
    const past = slotTimeBetween(slotRng, ctx.start + 3 * DAY, ctx.now - DAY);
    if (past !== null && slotRng.chance(0.5)) book.open(e, past, past - slotRng.int(1, 4) * DAY);
  }
  const slots = book.rows();
  for (let i = 0; i < slots.length; i += CHUNK) yield { table: "negotiation_slots", rows: slots.slice(i, i + CHUNK) };
  for (let i = 0; i < bookings.length; i += CHUNK) yield { table: "bookings", rows: bookings.slice(i, i + CHUNK) };
  return { notifications };
}
