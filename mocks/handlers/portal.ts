import type { HttpHandler } from 'msw';

export const portalHandlers: HttpHandler[] = [];
