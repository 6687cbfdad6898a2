/**
 * An error whose message is written for the user (Chinese; what is wrong, where, what to do): the pages and
 * the CLI show it as it is. Any other exception is an unexpected failure and is said to be one, in Chinese,
 * without its stack. Whether a message is for the user is decided where it is thrown, never by its text.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/** An exception's own message (or the thrown value as text), for a sentence that quotes it. */
export const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The text to show for an exception: a UserError's own message, else `unexpected(detail)`. */
export function failureText(error: unknown, unexpected: (detail: string) => string): string {
  if (error instanceof UserError) return error.message;
  return unexpected(error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 200) : String(error).slice(0, 200));
}
