import { AppError, FieldError } from "../../lib/errors";

/** How a change was refused: "field:messageKey" for a field error, the code for any other app error. */
export async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FieldError) return `${error.field}:${error.messageKey}`;
    if (error instanceof AppError) return error.code;
    throw error;
  }
  throw new Error("expected a refusal");
}
