/** Where the browser asks for the signed-in user's unread count (app/(site)/notifications/unread/route.ts). */
export const UNREAD_COUNT_PATH = "/notifications/unread";
