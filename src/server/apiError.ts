/**
 * An error the client caused, answered as JSON `{statusCode, error, message}`
 * (the shape fastify uses for its own 4xx replies), `message` one line that
 * names the parameter and the value found.
 */
export class ApiError extends Error {
  constructor(readonly statusCode: number, message: string) {
    super(message);
  }
}

/** Reason phrases of the status codes the API answers with. */
export const REASONS: Record<number, string> = {
  400: 'Bad Request', 404: 'Not Found', 405: 'Method Not Allowed', 408: 'Request Timeout',
  413: 'Payload Too Large', 415: 'Unsupported Media Type', 500: 'Internal Server Error', 503: 'Service Unavailable',
};

/** The JSON body of an error reply. */
export function errorBody(statusCode: number, message: string): { statusCode: number; error: string; message: string } {
  return { statusCode, error: REASONS[statusCode] ?? 'Error', message };
}
