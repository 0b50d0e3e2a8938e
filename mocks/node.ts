import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** The mock clinic for Vitest: same handlers as the browser, no persistence. */
export const server = setupServer(...handlers);
