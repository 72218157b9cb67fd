// Errors as RFC 9457 problem+json: the AdapterError kind picks the status (problem.ts), the issues
// become `errors`, a conflict carries `current`.
import { isAbortError, isAdapterError, type AdapterErrorKind } from '../../src/adapter/adapter-error.js';
import {
  PROBLEM_CONTENT_TYPE,
  STATUS_OF_KIND,
  TITLE_OF_KIND,
  kindOfStatus,
  problemType,
  type ProblemDetails,
} from '../../src/adapters/rest/problem.js';

const STATUS_TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  412: 'Precondition failed',
  422: 'Unprocessable content',
  428: 'Precondition required',
  429: 'Too many requests',
  500: 'Internal server error',
  502: 'Bad gateway',
  503: 'Service unavailable',
};

export function problemResponse(problem: ProblemDetails, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problem), { status: problem.status, headers: { 'Content-Type': PROBLEM_CONTENT_TYPE, ...headers } });
}

/** A problem document for a status (what a fault injects), with the kind that status maps to. */
export function problemForStatus(status: number, extra: Partial<ProblemDetails> = {}): ProblemDetails {
  const kind: AdapterErrorKind = kindOfStatus(status, extra.kind);
  return {
    type: problemType(kind),
    title: STATUS_TITLES[status] ?? TITLE_OF_KIND[kind],
    status,
    detail: `Injected fault: HTTP ${status}`,
    kind,
    ...extra,
  };
}

/**
 * The problem for anything an operation threw. `preconditionRoute`: the route carries If-Match, so a
 * conflict is a failed precondition (412) rather than a plain conflict (409).
 */
export function problemForError(error: unknown, preconditionRoute: boolean): ProblemDetails {
  if (isAdapterError(error)) {
    let status = error.status ?? STATUS_OF_KIND[error.kind];
    if (error.kind === 'conflict' && preconditionRoute) status = 412;
    const problem: ProblemDetails = {
      type: problemType(error.kind),
      title: STATUS_TITLES[status] ?? TITLE_OF_KIND[error.kind],
      status,
      detail: error.message,
      kind: error.kind,
    };
    if (error.issues.length) problem.errors = error.issues.map(({ path, message, code }) => (code ? { path, message, code } : { path, message }));
    if (error.current !== undefined) problem.current = error.current;
    return problem;
  }
  if (isAbortError(error)) return problemForStatus(503, { detail: 'The request was aborted', kind: 'unavailable' });
  const message = error instanceof Error ? error.message : String(error);
  return { type: problemType('unavailable'), title: STATUS_TITLES[500]!, status: 500, detail: message, kind: 'unavailable' };
}
