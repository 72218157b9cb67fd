// Builds the OpenAPI 3.1 document of the clientela HTTP contract from the three things that define
// it: the zod schemas of the model (components, via z.toJSONSchema), the route table (paths,
// parameters, bodies, the If-Match and Idempotency-Key headers) and the problem+json mapping.
// Nothing here restates a schema: change the model or a route and `npm run docs` follows.
import * as z from 'zod/mini';
import * as model from '../src/model/index.js';
import { ADAPTER_ERROR_KINDS } from '../src/adapter/adapter-error.js';
import { RESPONSE_SCHEMAS } from '../src/adapter/response-schemas.js';
import { DOCUMENTED_ERROR_STATUSES, PROBLEM_CONTENT_TYPE, kindOfStatus } from '../src/adapters/rest/problem.js';
import { queryParameters, shapeOf } from '../src/adapters/rest/query-codec.js';
import { isRetryable, pathParams, type ArgSpec, type BoundRoute } from '../src/adapters/rest/route-spec.js';
import { routeList } from '../src/adapters/rest/routes.js';
import { VERSION } from '../src/version.js';

type Json = Record<string, unknown>;

const pascal = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const ref = (id: string): Json => ({ $ref: `#/components/schemas/${id}` });

/** Registers schemas under stable names: every model export first, then what the routes compose. */
class Names {
  readonly registry = z.registry<{ id: string }>();
  private readonly ids = new Map<z.core.$ZodType, string>();

  constructor() {
    for (const [name, value] of Object.entries(model).sort(([a], [b]) => a.localeCompare(b))) {
      if (value instanceof z.core.$ZodType) this.name(value, name);
    }
  }

  /** The component name of a schema, registering it under `fallback` when it has none yet. */
  name(schema: z.core.$ZodType, fallback: string): string {
    const known = this.ids.get(schema);
    if (known) return known;
    this.ids.set(schema, fallback);
    this.registry.add(schema, { id: fallback });
    return fallback;
  }
}

function bodySchema(route: BoundRoute): z.core.$ZodType | undefined {
  const whole = route.args.find((arg): arg is Extract<ArgSpec, { in: 'body' }> => arg.in === 'body');
  if (whole) return whole.schema;
  let shape: Record<string, z.core.$ZodType> | undefined;
  for (const arg of route.args) {
    if (arg.in === 'field') shape = { ...shape, [arg.name]: arg.schema };
    if (arg.in === 'keyed') {
      const { [arg.key]: _key, ...rest } = shapeOf(arg.schema) ?? {};
      shape = { ...shape, ...rest };
    }
  }
  return shape ? z.object(shape) : undefined;
}

const responseSchema = (route: BoundRoute): z.core.$ZodType | undefined =>
  route.status === 204 ? undefined : (RESPONSE_SCHEMAS as unknown as Record<string, Record<string, z.core.$ZodType>>)[route.namespace]![route.operation];

/** Follows a local $ref into the generated components. */
function resolve(schema: Json, components: Record<string, Json>): Json {
  const target = typeof schema.$ref === 'string' ? components[schema.$ref.split('/').pop()!] : undefined;
  return target ? resolve(target, components) : schema;
}

function queryParameterObjects(schema: z.core.$ZodType, id: string, components: Record<string, Json>): Json[] {
  const properties = (resolve(ref(id), components).properties ?? {}) as Record<string, Json>;
  return queryParameters(schema).map((parameter) => {
    const parent = parameter.in ? ((resolve(properties[parameter.in] ?? {}, components).properties ?? {}) as Record<string, Json>) : properties;
    const property = parent[parameter.name] ?? {};
    if (parameter.kind === 'sort') {
      const fields = ((resolve((resolve(property, components).properties as Record<string, Json>)?.field ?? {}, components).enum ?? []) as string[]);
      return {
        name: 'sort',
        in: 'query',
        description: 'Sort field; prefix it with `-` for descending (e.g. `-totalSales`).',
        schema: { type: 'string', enum: [...fields, ...fields.map((field) => `-${field}`)] },
      };
    }
    const array = parameter.kind === 'array';
    return {
      name: parameter.name,
      in: 'query',
      ...(parameter.in ? { description: `${pascal(parameter.in)} criterion (\`${parameter.in}.${parameter.name}\`).` } : {}),
      schema: property,
      ...(array ? { style: 'form', explode: true, description: `Repeat the parameter for several values; one empty value is an empty list.${parameter.in ? ` (\`${parameter.in}.${parameter.name}\`)` : ''}` } : {}),
    };
  });
}

function errorResponses(route: BoundRoute): Json {
  const statuses = new Set<number>([401, 403, 503]);
  if (route.method !== 'GET' || route.args.some((arg) => arg.in === 'query')) statuses.add(422);
  if (route.method !== 'GET') statuses.add(400);
  if (route.path.includes('{')) statuses.add(404);
  if (route.args.some((arg) => arg.in === 'if-match')) {
    statuses.add(412);
    statuses.add(428);
  }
  if (route.method !== 'GET' && !route.args.some((arg) => arg.in === 'if-match')) statuses.add(409);
  return Object.fromEntries([...statuses].sort((a, b) => a - b).map((status) => [String(status), { $ref: `#/components/responses/Problem${status}` }]));
}

function operationObject(route: BoundRoute, names: Names, components: Record<string, Json>): Json {
  const parameters: Json[] = pathParams(route.path).map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
  for (const arg of route.args) {
    if (arg.in === 'query') parameters.push(...queryParameterObjects(arg.schema, names.name(arg.schema, `${pascal(route.namespace)}${pascal(route.operation)}Query`), components));
    if (arg.in === 'if-match') parameters.push({ $ref: '#/components/parameters/IfMatch' });
    if (arg.in === 'keyed') parameters.push({ $ref: '#/components/parameters/IdempotencyKey' });
    if (arg.in === 'upload') parameters.push({ $ref: '#/components/parameters/UploadIdempotencyKey' });
  }
  const operation: Json = {
    operationId: `${route.namespace}${pascal(route.operation)}`,
    summary: route.summary,
    tags: [route.namespace],
    'x-adapter-operation': route.id,
    'x-retry-safe': isRetryable(route),
  };
  if (parameters.length) operation.parameters = parameters;

  if (route.args.some((arg) => arg.in === 'file')) {
    const meta = route.args.find((arg): arg is Extract<ArgSpec, { in: 'file-meta' }> => arg.in === 'file-meta')!;
    operation.requestBody = {
      required: true,
      content: {
        'multipart/form-data': {
          schema: {
            type: 'object',
            required: ['file'],
            properties: { file: { type: 'string', contentMediaType: 'application/octet-stream', description: 'The bytes, with the file name and type.' }, meta: ref(names.name(meta.schema, 'FileUploadMeta')) },
          },
          encoding: { meta: { contentType: 'application/json' } },
        },
      },
    };
  } else {
    const body = bodySchema(route);
    if (body) operation.requestBody = { required: true, content: { 'application/json': { schema: ref(names.name(body, `${pascal(route.namespace)}${pascal(route.operation)}Request`)) } } };
  }

  const success = responseSchema(route);
  const responses: Json = {};
  if (success) {
    const id = names.name(success, `${pascal(route.namespace)}${pascal(route.operation)}Response`);
    const versioned = 'version' in ((resolve(ref(id), components).properties ?? {}) as Json);
    responses[String(route.status)] = {
      description: route.status === 201 ? 'Created' : 'OK',
      ...(versioned ? { headers: { ETag: { $ref: '#/components/headers/ETag' } } } : {}),
      content: { 'application/json': { schema: ref(id) } },
    };
  } else responses['204'] = { description: 'Done (no content)' };
  Object.assign(responses, errorResponses(route));
  operation.responses = responses;
  return operation;
}

const STATUS_NOTES: Record<number, string> = {
  400: ': the request is malformed (e.g. a body that is not JSON)',
  409: ': the change conflicts with the current state (`current` holds it)',
  412: ': If-Match names an old version (`current` holds the record as it is now)',
  422: ': invalid input; `errors` names the fields',
  428: ': If-Match is missing',
};

function problemComponents(): { schema: Json; responses: Json } {
  const schema = {
    type: 'object',
    description: 'RFC 9457 problem details, with the AdapterError kind, field issues and (conflicts) the current record.',
    required: ['type', 'title', 'status'],
    properties: {
      type: { type: 'string', format: 'uri-reference', examples: ['urn:clientela:problem:validation'] },
      title: { type: 'string' },
      status: { type: 'integer' },
      detail: { type: 'string' },
      kind: { type: 'string', enum: [...ADAPTER_ERROR_KINDS] },
      errors: {
        type: 'array',
        items: {
          type: 'object',
          required: ['path', 'message'],
          properties: {
            path: {
              description: "The field: ['phones', 0, 'number'] (also accepted: 'phones.0.number' or '/phones/0/number').",
              oneOf: [{ type: 'array', items: { type: ['string', 'integer'] } }, { type: 'string' }],
            },
            message: { type: 'string' },
            code: { type: 'string' },
          },
        },
      },
      current: { description: 'Conflicts (409, 412): the record as it is now.' },
    },
  };
  const responses = Object.fromEntries(
    DOCUMENTED_ERROR_STATUSES.map((status) => [
      `Problem${status}`,
      {
        description: `AdapterError('${kindOfStatus(status)}')${STATUS_NOTES[status] ?? ''}`,
        content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } },
      },
    ]),
  );
  return { schema, responses };
}

export function buildOpenApiDocument(): Json {
  const names = new Names();
  // Register every composed schema first (queries, bodies, responses), then convert them all at once
  // so cross-references become $refs into components.schemas.
  for (const route of routeList()) {
    for (const arg of route.args) if (arg.in === 'query') names.name(arg.schema, `${pascal(route.namespace)}${pascal(route.operation)}Query`);
    const body = bodySchema(route);
    if (body && !route.args.some((arg) => arg.in === 'file')) names.name(body, `${pascal(route.namespace)}${pascal(route.operation)}Request`);
    const success = responseSchema(route);
    if (success) names.name(success, `${pascal(route.namespace)}${pascal(route.operation)}Response`);
  }
  // io 'input': what the schemas accept — both what the server validates and what the adapter parses
  // (unknown extra properties are tolerated, never required to be absent).
  const generated = z.toJSONSchema(names.registry, { uri: (id) => `#/components/schemas/${id}`, unrepresentable: 'any', io: 'input' }) as {
    schemas: Record<string, Json>;
  };
  const schemas: Record<string, Json> = {};
  for (const [id, schema] of Object.entries(generated.schemas).sort(([a], [b]) => a.localeCompare(b))) {
    const { $schema: _schema, $id: _dollarId, id: _id, ...rest } = schema;
    schemas[id] = rest;
  }
  const problem = problemComponents();
  schemas.Problem = problem.schema;

  const paths: Record<string, Json> = {};
  for (const route of [...routeList()].sort((a, b) => a.path.localeCompare(b.path))) {
    (paths[route.path] ??= {})[route.method.toLowerCase()] = operationObject(route, names, schemas);
  }
  const tags = [...new Set(routeList().map((route) => route.namespace))].map((name) => ({ name }));

  return {
    openapi: '3.1.0',
    info: {
      title: 'clientela HTTP contract',
      version: VERSION,
      description: [
        'The HTTP API the clientela REST adapter (`createRestAdapter`) speaks: one route per operation of the ClientDataAdapter contract.',
        'Generated by `npm run docs` from the zod model and the route table (src/adapters/rest/routes.ts); do not edit by hand.',
        '',
        'Conventions:',
        '- Money is integer minor units plus an ISO 4217 code; dates are ISO 8601 strings.',
        '- Records carry `version`; responses that are one record send `ETag: "<version>"`, and updates require `If-Match: "<version>"` (a stale one answers 412 with the current record).',
        '- Money operations (and imports) carry `Idempotency-Key`: repeating a request with the same key never applies it twice, so clients retry them after network failures.',
        '- Query arrays are repeated parameters (`statuses=vip&statuses=prospect`); filter fields are top-level parameters; `sort=-field` is descending.',
        '- Errors are RFC 9457 `application/problem+json` with `kind` (the AdapterError kind), `errors: [{ path, message }]` and, for conflicts, `current`.',
        '- Status → kind: 400/422 validation, 401/403 forbidden, 404 not-found, 409/412 conflict, 5xx unavailable; timeouts and dropped connections are network.',
      ].join('\n'),
    },
    servers: [
      { url: '/api', description: 'The mock backend (MSW in the browser, or `npm run api:mock` on http://127.0.0.1:8787/api)' },
      {
        url: '/api/tenants/{tenant}',
        description: 'The reference server over PostgreSQL (`npm run api`, server/): every route under a tenant key',
        variables: { tenant: { default: 'demo', description: 'Letters, digits, - and _ (up to 63); one tenant never sees another\'s records' } },
      },
    ],
    tags,
    security: [{}, { bearer: [] }],
    paths,
    components: {
      schemas,
      responses: problem.responses,
      parameters: {
        IfMatch: {
          name: 'If-Match',
          in: 'header',
          required: true,
          description: 'The version the change is based on, as an entity tag: `"3"`.',
          schema: { type: 'string', examples: ['"3"'] },
        },
        UploadIdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description: 'Made once per user submission (8–200 characters); an upload repeated with the same key returns the file stored the first time and never stores it twice.',
          schema: { type: 'string', minLength: 8, maxLength: 200 },
        },
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: true,
          description: 'Made once per user submission (8–200 characters); a repeated request with the same key returns the first result.',
          schema: { type: 'string', minLength: 8, maxLength: 200 },
        },
      },
      headers: { ETag: { description: 'The record version as an entity tag: `"3"`.', schema: { type: 'string' } } },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: "Whatever the host's backend uses; the adapter sends what `getAuthHeaders()` returns." } },
    },
  };
}
