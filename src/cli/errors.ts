/** An error the user caused (bad option, unreadable input): printed as one line, no stack trace. */
export class UserError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}
