/**
 * 洽谈时段 of every employer while the seed books negotiations: a live booking takes a place
 * in a slot with room left or opens a new one, so no slot ever holds more than its capacity
 * (the database's trigger counts them again on insert).
 */
import type { Rng } from "./random";
import type { NegotiationSlotRow } from "./rows";
import { HOUR, iso } from "./time";

interface SlotState {
  row: NegotiationSlotRow;
  used: number;
  createdAt: number;
}

/** Slots of every employer: a booking takes a place in one with room left, or opens a new one. */
export class SlotBook {
  readonly slots: SlotState[] = [];
  private byKey = new Map<string, number[]>();

  constructor(
    private rng: Rng,
    private actorId: (employer: number) => string,
  ) {}

  private create(employer: number, positionId: number | null, at: number, createdAt: number): SlotState {
    const state: SlotState = {
      row: {
        id: this.slots.length + 1,
        employer_id: employer + 1,
        position_id: positionId,
        starts_at: iso(at),
        duration_minutes: 30,
        capacity: this.rng.weighted([[1, 0.6], [2, 0.25], [3, 0.15]] as const),
        created_by: this.actorId(employer),
        created_at: "",
      },
      used: 0,
      createdAt,
    };
    this.slots.push(state);
    const key = `${employer}:${at}`;
    const list = this.byKey.get(key);
    if (list) list.push(state.row.id - 1);
    else this.byKey.set(key, [state.row.id - 1]);
    return state;
  }

  /** The slot for a booking; a live booking counts against capacity, a cancelled one does not. */
  book(employer: number, positionId: number | null, at: number, bookedAt: number, live: boolean): number {
    const key = `${employer}:${at}`;
    let slot: SlotState | undefined;
    for (const index of this.byKey.get(key) ?? []) {
      const s = this.slots[index];
      if (!s || (s.row.position_id !== null && s.row.position_id !== positionId)) continue;
      if (live && s.used >= s.row.capacity) continue;
      slot = s;
      break;
    }
    const opened = bookedAt - this.rng.int(1, 72) * HOUR;
    if (!slot) slot = this.create(employer, positionId !== null && this.rng.chance(0.35) ? positionId : null, at, opened);
    if (live) slot.used++;
    slot.createdAt = Math.min(slot.createdAt, opened);
    return slot.row.id;
  }

  /** An open slot nobody has booked yet, unless the employer already has one then. */
  open(employer: number, at: number, createdAt: number): void {
    if (this.byKey.has(`${employer}:${at}`)) return;
    this.create(employer, null, at, createdAt);
  }

  rows(): NegotiationSlotRow[] {
    return this.slots.map((s) => ({ ...s.row, created_at: iso(s.createdAt) }));
  }
}
