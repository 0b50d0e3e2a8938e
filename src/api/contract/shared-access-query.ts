import * as z from 'zod/mini';
import { pageField, requestObject } from './common';

// Shared access: how a request came, its status, and the queue's filters and waiting count.

export const REQUEST_ROUTES = ['portal_form', 'paper_form', 'in_person', 'phone'] as const;
export const requestRouteSchema = z.enum(REQUEST_ROUTES, { error: 'Choose how the request came.' });
export type RequestRoute = z.infer<typeof requestRouteSchema>;

export const REQUEST_STATUSES = [
  'new',
  'needs_information',
  'approved_invited',
  'active',
  'denied',
  'withdrawn',
] as const;
export const requestStatusSchema = z.enum(REQUEST_STATUSES);
export type RequestStatus = z.infer<typeof requestStatusSchema>;

export const requestQuerySchema = requestObject({
  status: z.optional(
    z.enum([...REQUEST_STATUSES, 'waiting', 'all'], {
      error: 'Status must be one of the statuses in the filter.',
    }),
  ),
  route: z.optional(requestRouteSchema),
  page: pageField,
});
export type RequestQuery = z.infer<typeof requestQuerySchema>;

export const waitingCountSchema = z.object({ waiting: z.number().check(z.int(), z.minimum(0)) });
