import { randomBytes } from "node:crypto";

/** 160 random bits, hex: nobody guesses a room, and every video service accepts the name. */
export function newRoomName(): string {
  return `zq-${randomBytes(20).toString("hex")}`;
}

/** The room's address under the configured video service (VIDEO_BASE_URL). */
export function joinUrl(baseUrl: string, roomName: string): string {
  return new URL(encodeURIComponent(roomName), baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`).toString();
}
