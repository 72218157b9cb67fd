// Reading what the backend answered: error statuses and problem+json become typed AdapterErrors, and
// success bodies are parsed with the operation's response schema (RESPONSE_SCHEMAS, the same one
// withValidation uses). Every message names the operation, method, path and status.
import type * as z from 'zod/mini';
import { AdapterError, formatIssuePath, issuesFromZod, type FieldIssue } from '../../adapter/adapter-error.js';
import { kindOfStatus } from './problem.js';
import type { WireResponse } from './transport.js';

export interface ResponseContext {
  /** 'clients.get (GET /api/clients/c-1)'. */
  label: string;
  resource: string;
  /** What the operation resolves to. */
  schema: z.ZodMiniType;
}

const snippet = (text: string, max = 120): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
};

/** ['phones', 0, 'number'] from an array, 'phones.0.number', '/phones/0/number' or '#/phones/0/number'. */
export function normalizePath(path: unknown): (string | number)[] {
  const part = (value: string | number): string | number => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value);
  if (Array.isArray(path)) return path.filter((value): value is string | number => typeof value === 'string' || typeof value === 'number').map(part);
  if (typeof path !== 'string' || path === '') return [];
  const pointer = path.startsWith('#/') ? path.slice(2) : path.startsWith('/') ? path.slice(1) : undefined;
  const parts = pointer !== undefined ? pointer.split('/').map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~')) : path.split('.');
  return parts.filter((token) => token !== '').map(part);
}

function issuesOf(errors: unknown): FieldIssue[] {
  if (!Array.isArray(errors)) return [];
  const issues: FieldIssue[] = [];
  for (const entry of errors) {
    if (entry === null || typeof entry !== 'object') continue;
    const { path, pointer, message, detail, code } = entry as Record<string, unknown>;
    const text = typeof message === 'string' ? message : typeof detail === 'string' ? detail : 'Invalid value';
    const issue: FieldIssue = { path: normalizePath(path ?? pointer), message: text };
    if (typeof code === 'string') issue.code = code;
    issues.push(issue);
  }
  return issues;
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The AdapterError an error status (and its problem+json body, when there is one) means. */
export function errorFromResponse(response: WireResponse, context: ResponseContext): AdapterError {
  const body = response.text ? tryJson(response.text) : undefined;
  const problem = body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  const kind = kindOfStatus(response.status, problem.kind);
  const issues = issuesOf(problem.errors);
  const title = typeof problem.title === 'string' ? problem.title : response.statusText;
  const detail = typeof problem.detail === 'string' ? problem.detail : body === undefined && response.text ? snippet(response.text) : '';
  const first = issues[0];
  const firstAt = first ? `${formatIssuePath(first.path) || 'input'}: ${first.message}` : '';
  const where = firstAt && !detail.includes(firstAt) ? ` (${firstAt})` : '';
  const message = `${context.label} → ${response.status}${title ? ` ${title}` : ''}${detail ? `: ${detail}` : ''}${where}`;
  let current: unknown = problem.current;
  if (kind === 'conflict' && current !== undefined) {
    const parsed = context.schema.safeParse(current);
    if (parsed.success) current = parsed.data;
  }
  return new AdapterError(kind, message, { resource: context.resource, status: response.status, issues, current });
}

/** Parses a success body with the operation's schema; anything else is AdapterError('invalid-response'). */
export function parseSuccess(response: WireResponse, context: ResponseContext): unknown {
  let value: unknown;
  if (response.status === 204 || response.text === '') value = undefined;
  else {
    try {
      value = JSON.parse(response.text) as unknown;
    } catch {
      throw new AdapterError(
        'invalid-response',
        `${context.label} → ${response.status}: the body is not valid JSON (${snippet(response.text) || 'empty'})`,
        { resource: context.resource, status: response.status },
      );
    }
  }
  const parsed = context.schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = issuesFromZod(parsed.error);
  const first = issues[0];
  const at = first ? `${formatIssuePath(first.path) || '(root)'}: ${first.message}` : 'malformed';
  const more = issues.length > 1 ? ` (+${issues.length - 1} more)` : '';
  throw new AdapterError('invalid-response', `${context.label} → ${response.status}: invalid response at ${at}${more}`, {
    resource: context.resource,
    status: response.status,
    issues,
  });
}
