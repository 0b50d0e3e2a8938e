// The house rules of docs/architecture.md, as ESLint rules: `npm run lint` checks them on every
// file, and tests/lint/house-rules.test.ts proves each one refuses what it should.
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const GUIDE = 'See docs/architecture.md.';

const repoPath = (file) => relative(root, file).split(sep).join('/');

/** Where a repo-relative path sits in the layout of docs/architecture.md. */
function layerOf(path) {
  const parts = path.split('/');
  // Tests beside the code they test are test code: they may use the mock clinic and test
  // helpers, and nothing ships them.
  if (parts[0] === 'tests' || parts.includes('tests') || /\.test\.tsx?$/.test(path)) {
    return { layer: 'tests' };
  }
  if (parts[0] === 'mocks') return { layer: 'mocks' };
  if (parts[0] !== 'src') return { layer: 'outside' };
  if (parts[1] === 'features')
    return { layer: 'feature', feature: parts[2], api: parts[3] === 'api' };
  if (parts[1] === 'routes' || parts[1]?.startsWith('routeTree')) return { layer: 'routes' };
  if (parts[1] === 'api' && parts[2] === 'contract') return { layer: 'shared', contract: true };
  if (['api', 'components', 'hooks', 'lib'].includes(parts[1]))
    return { layer: 'shared', lib: parts[1] === 'lib', api: parts[1] === 'api' };
  return { layer: 'app' };
}

/** The broken boundary, or null when `from` may import `to`. */
function boundaryBroken(from, to, { dynamic }) {
  const a = layerOf(from);
  const b = layerOf(to);
  if (a.layer === 'feature' && b.layer === 'feature' && a.feature !== b.feature) {
    return `A feature never imports another feature (${a.feature} → ${b.feature}). Meet in a route file, or move the shared part to src/components, src/hooks or src/lib.`;
  }
  if (a.layer === 'shared' && (b.layer === 'feature' || b.layer === 'routes')) {
    return 'Shared code (api, components, hooks, lib) imports no feature and no route. Pass what it needs in as props or arguments.';
  }
  if (a.contract && !b.contract && b.layer !== 'outside') {
    return 'The contract (src/api/contract) stands alone: it imports nothing of the app, the mocks or the tests.';
  }
  const src = ['feature', 'routes', 'shared', 'app'].includes(a.layer);
  if (src && (b.layer === 'mocks' || b.layer === 'tests')) {
    // The one way in: main.tsx starts the mock clinic through a guarded dynamic import.
    if (from === 'src/main.tsx' && dynamic && b.layer === 'mocks') return null;
    return `src never imports ${b.layer}: the normal build must ship no mock clinic or test code.`;
  }
  if (
    a.layer === 'mocks' &&
    b.layer !== 'mocks' &&
    b.layer !== 'outside' &&
    !b.contract &&
    !b.lib
  ) {
    return 'mocks imports only src/api/contract and pure helpers from src/lib.';
  }
  return null;
}

/** Each static or dynamic import of a relative path, resolved to a repo path. */
function onImports(context, check) {
  const visit = (node, dynamic) => {
    const source = node.source;
    if (source?.type !== 'Literal' || typeof source.value !== 'string') return;
    if (!source.value.startsWith('.')) return;
    const target = repoPath(resolve(dirname(context.physicalFilename), source.value));
    check(source, target.replace(/\.(ts|tsx|js)$/, ''), dynamic);
  };
  return {
    ImportDeclaration: (node) => visit(node, false),
    ExportNamedDeclaration: (node) => visit(node, false),
    ExportAllDeclaration: (node) => visit(node, false),
    ImportExpression: (node) => visit(node, true),
  };
}

/** Folder boundaries, checked on every relative import. */
const boundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the folder boundaries of docs/architecture.md' },
    schema: [],
    messages: { broken: `{{reason}} ${GUIDE}` },
  },
  create(context) {
    const from = repoPath(context.physicalFilename);
    return onImports(context, (node, to, dynamic) => {
      const reason = boundaryBroken(from, to, { dynamic });
      if (reason) context.report({ node, messageId: 'broken', data: { reason } });
    });
  },
};

const FETCHER = 'src/api/client';
const MERGED_REGISTRY = 'src/api/contract/endpoints';

/**
 * One way to call the API: `call(ENDPOINT, …)` from src/api/client.ts, with an entry of the
 * resource's registry. No raw fetch, no hand-typed path in the api folders, no fetcher in
 * components, and no merged registry in the app (it would load every endpoint on the first screen).
 */
const oneFetcher = {
  meta: {
    type: 'problem',
    docs: { description: 'The API is called only through call() and the endpoint registry' },
    schema: [],
    messages: {
      rawFetch: `Call the API with call(ENDPOINTS.x, …) from src/api/client.ts, never fetch(). ${GUIDE}`,
      literalPath: `No hand-typed API path: call(ENDPOINTS.x, { params }) fills it from the registry (src/api/contract/*-endpoints.ts). ${GUIDE}`,
      mergedRegistry: `The app imports its resource's registry (src/api/contract/<resource>-endpoints.ts), never endpoints.ts: that merged list is for the mock, the OpenAPI document and the tests. ${GUIDE}`,
      fetcherOutsideApi: `Components call the API through their feature's api/ folder (query options and mutations), not call() directly. ${GUIDE}`,
    },
  },
  create(context) {
    const from = repoPath(context.physicalFilename);
    const here = layerOf(from);
    const inApp = ['feature', 'routes', 'shared', 'app'].includes(here.layer) && !here.contract;
    if (!inApp || from === `${FETCHER}.ts`) return {};
    const apiFolder = here.api === true;
    const isFetch = (callee) =>
      (callee.type === 'Identifier' && callee.name === 'fetch') ||
      (callee.type === 'MemberExpression' &&
        !callee.computed &&
        callee.property.name === 'fetch' &&
        callee.object.type === 'Identifier' &&
        ['window', 'globalThis', 'self'].includes(callee.object.name));
    const looksLikePath = (text) => typeof text === 'string' && /^\/[\w-]/.test(text);
    return {
      ...onImports(context, (node, to) => {
        if (to === MERGED_REGISTRY) context.report({ node, messageId: 'mergedRegistry' });
        if (to === FETCHER && here.layer === 'feature' && !apiFolder)
          context.report({ node, messageId: 'fetcherOutsideApi' });
      }),
      CallExpression(node) {
        if (isFetch(node.callee)) context.report({ node, messageId: 'rawFetch' });
      },
      Literal(node) {
        if (apiFolder && looksLikePath(node.value) && node.parent.type !== 'ImportDeclaration')
          context.report({ node, messageId: 'literalPath' });
      },
      TemplateLiteral(node) {
        if (apiFolder && looksLikePath(node.quasis[0]?.value.cooked))
          context.report({ node, messageId: 'literalPath' });
      },
    };
  },
};

export const houseRules = { rules: { boundaries, 'one-fetcher': oneFetcher } };
