import { ENDPOINTS, type Endpoint } from '../../src/api/contract/endpoints';
import {
  conflictResponse,
  jsonSchema,
  pathParams,
  problemComponents,
  problemResponses,
  problemStatuses,
} from './problems';
import { securityComponents, sessionHeaders, SESSION_COOKIE } from './session';

/**
 * The OpenAPI 3.1 document of the Access Desk API, built from the endpoint registry and its zod
 * schemas (zod's own JSON Schema output: draft 2020-12, which OpenAPI 3.1 uses as is). Requests
 * are described as clients send them (io "input"), responses as the server answers (io "output").
 */

const DEMO_TAG = 'Demo tools';

const pascal = (id: string) => id.charAt(0).toUpperCase() + id.slice(1);

function tagOf(endpoint: Endpoint): string {
  if (endpoint.demoOnly) return DEMO_TAG;
  const first = endpoint.path.split('/')[1] ?? '';
  return first.charAt(0).toUpperCase() + first.slice(1);
}

function queryParameters(endpoint: Endpoint): Record<string, unknown>[] {
  if (!endpoint.query) return [];
  const schema = jsonSchema(endpoint.query, 'input') as {
    properties?: Record<string, Record<string, unknown>>;
    required?: string[];
  };
  return Object.entries(schema.properties ?? {}).map(([name, s]) => ({
    name,
    in: 'query',
    required: schema.required?.includes(name) ?? false,
    schema: s,
  }));
}

function operation(id: string, endpoint: Endpoint, schemas: Record<string, unknown>) {
  const parameters: Record<string, unknown>[] = [
    ...pathParams(endpoint).map((name) => ({
      name,
      in: 'path',
      required: true,
      description: 'An opaque id (never patient data).',
      schema: { type: 'string', minLength: 1 },
    })),
    ...queryParameters(endpoint),
  ];
  if (endpoint.changes) parameters.push({ $ref: '#/components/parameters/IdempotencyKey' });
  if (endpoint.method !== 'GET') parameters.push({ $ref: '#/components/parameters/RequestedWith' });

  const responses: Record<string, unknown> = {};
  const headers = sessionHeaders(endpoint);
  if (endpoint.response) {
    schemas[`${pascal(id)}Response`] = jsonSchema(endpoint.response, 'output');
    responses['200'] = {
      description: 'Done.',
      ...(headers ? { headers } : {}),
      content: {
        'application/json': { schema: { $ref: `#/components/schemas/${pascal(id)}Response` } },
      },
    };
  } else {
    responses['204'] = { description: 'Done; no content.', ...(headers ? { headers } : {}) };
  }
  for (const status of problemStatuses(endpoint)) {
    responses[String(status)] =
      status === 409
        ? conflictResponse(endpoint)
        : { $ref: `#/components/responses/Problem${status}` };
  }

  let requestBody: Record<string, unknown> | undefined;
  if (endpoint.request) {
    schemas[`${pascal(id)}Request`] = jsonSchema(endpoint.request, 'input');
    requestBody = {
      required: true,
      content: {
        'application/json': { schema: { $ref: `#/components/schemas/${pascal(id)}Request` } },
      },
    };
  }

  return {
    operationId: id,
    summary: endpoint.summary,
    tags: [tagOf(endpoint)],
    ...(endpoint.demoOnly ? { 'x-demo-only': true } : {}),
    security: endpoint.auth === 'staff' ? [{ staffSession: [] }] : [],
    ...(parameters.length ? { parameters } : {}),
    ...(requestBody ? { requestBody } : {}),
    responses,
  };
}

export function buildOpenApiDocument(): Record<string, unknown> {
  const schemas: Record<string, unknown> = { ...problemComponents };
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [id, endpoint] of Object.entries(ENDPOINTS) as [string, Endpoint][]) {
    const path = endpoint.path.replace(/:([A-Za-z_]\w*)/g, '{$1}');
    paths[path] ??= {};
    paths[path][endpoint.method.toLowerCase()] = operation(id, endpoint, schemas);
  }
  const tags = [...new Set(Object.values(ENDPOINTS).map((e: Endpoint) => tagOf(e)))].map((name) =>
    name === DEMO_TAG
      ? {
          name,
          description:
            'Served only by the mock clinic in development and demo builds (Outbox, demo clock, Reset demo data). A real backend does not implement them; they are listed so the demo is described too.',
        }
      : { name },
  );
  return {
    openapi: '3.1.1',
    info: {
      title: 'Access Desk API',
      version: '1.0.0',
      summary: 'Give patients, families and care partners access to the patient portal, safely.',
      description: [
        'Generated from the zod contract (src/api/contract) by `npm run openapi`: do not edit by hand.',
        'Every request is checked in this order: authenticate (401), validate the request (400), find the resource (404), authorize (403, which may depend on its state), then conflicts (409). A forbidden caller learns nothing about a record’s state.',
        'Errors are problem details (`application/problem+json`).',
        'Changing requests carry an `Idempotency-Key`: the same key with the same body, from the same staff member on the same path, returns the first answer without making the change again.',
        `The staff session is the \`${SESSION_COOKIE}\` cookie set by \`POST /session\`; see the \`staffSession\` security scheme.`,
      ].join('\n\n'),
    },
    servers: [{ url: '/api/v1' }],
    tags,
    security: [{ staffSession: [] }],
    paths,
    components: {
      schemas,
      responses: problemResponses,
      ...securityComponents,
    },
  };
}
