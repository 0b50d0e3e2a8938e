import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildOpenApiDocument } from '../../scripts/openapi/document';
import { jsonSchema } from '../../scripts/openapi/problems';
import { plainText } from '../../src/api/contract/common';
import { ENDPOINTS, type Endpoint } from '../../src/api/contract/endpoints';

interface Operation {
  operationId: string;
  parameters?: { $ref?: string; name?: string }[];
  responses: Record<string, { $ref?: string; description?: string }>;
  requestBody?: unknown;
  security: unknown[];
}

const committed = JSON.parse(
  readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../openapi.json'), 'utf8'),
) as Record<string, unknown>;
const fresh = buildOpenApiDocument();

function operationOf(endpoint: Endpoint): Operation | undefined {
  const path = endpoint.path.replace(/:(\w+)/g, '{$1}');
  const paths = fresh.paths as Record<string, Record<string, Operation>>;
  return paths[path]?.[endpoint.method.toLowerCase()];
}

describe('openapi.json', () => {
  it('is the document the contract generates today', () => {
    // Compared as data, so formatting the file (Prettier) does not make it stale.
    expect(committed, 'openapi.json is stale: run `npm run openapi` and commit it').toEqual(fresh);
  });

  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(fresh));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('documents every endpoint of the registry, with its request, answer and problems', () => {
    for (const [id, endpoint] of Object.entries(ENDPOINTS) as [string, Endpoint][]) {
      const op = operationOf(endpoint);
      expect(op?.operationId, `${endpoint.method} ${endpoint.path}`).toBe(id);
      if (!op) continue;
      const statuses = Object.keys(op.responses);
      expect(statuses).toContain(endpoint.response ? '200' : '204');
      expect(Boolean(op.requestBody)).toBe(Boolean(endpoint.request));
      expect(statuses).toContain('503');
      const params = (op.parameters ?? []).map((p) => p.$ref ?? p.name);
      if (endpoint.auth === 'staff') {
        expect(statuses).toEqual(expect.arrayContaining(['401', '403']));
        expect(op.security).toEqual([{ staffSession: [] }]);
      } else {
        expect(op.security).toEqual([]);
      }
      if (endpoint.path.includes(':')) expect(statuses).toContain('404');
      if (endpoint.changes) {
        expect(params).toContain('#/components/parameters/IdempotencyKey');
        expect(statuses).toEqual(expect.arrayContaining(['409', '422']));
        expect(op.responses['409']?.description).toMatch(/still running/);
      }
      if (endpoint.method !== 'GET')
        expect(params).toContain('#/components/parameters/RequestedWith');
    }
  });

  it('documents the stale-version 409 with `current` wherever a request carries `version`', () => {
    const update = operationOf(ENDPOINTS.updateContact);
    expect(update?.responses['409']?.description).toMatch(/`current` holds the record/);
    const search = operationOf(ENDPOINTS.searchPatients);
    expect(search?.responses['409']).toBeUndefined();
  });

  it('describes problem details and the cookie session with its CSRF header', () => {
    const components = fresh.components as {
      schemas: Record<string, { required?: string[]; properties?: Record<string, unknown> }>;
      securitySchemes: Record<string, { in: string; description: string }>;
    };
    expect(components.schemas.Problem?.required).toEqual(['type', 'title', 'status']);
    expect(Object.keys(components.schemas.Problem?.properties ?? {})).toEqual(
      expect.arrayContaining(['errors', 'current', 'detail']),
    );
    const session = components.securitySchemes.staffSession;
    expect(session?.in).toBe('cookie');
    expect(session?.description).toMatch(/HttpOnly; Secure; SameSite=Strict/);
    expect(session?.description).toMatch(/X-Requested-With: access-desk/);
  });

  it('states the limits of cleaned text on requests, and does not throw on transforms', () => {
    const request = z.object({ note: plainText('Note', { min: 3, max: 500 }) });
    expect(jsonSchema(request, 'input')).toMatchObject({
      properties: { note: { type: 'string', minLength: 3, maxLength: 500 } },
    });
    expect(
      jsonSchema(
        z.string().transform((s) => s.length),
        'output',
      ),
    ).toEqual({});
  });
});
