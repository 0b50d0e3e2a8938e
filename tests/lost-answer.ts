import { getResponse, http, HttpResponse } from 'msw';
import { handlers } from '../mocks/handlers';
import { server } from '../mocks/node';

/**
 * The first change sent to `path` (under /api/v1) is made, then its answer is lost on the way
 * back, as happens on real networks; later requests are answered as usual. Returns every request
 * seen (its Idempotency-Key and body), so a test can check a retry resent the very same one.
 */
export function loseFirstAnswer(path: string): { key: string; body: string }[] {
  const seen: { key: string; body: string }[] = [];
  server.use(
    http.post(`/api/v1${path}`, async ({ request }) => {
      seen.push({
        key: request.headers.get('Idempotency-Key') ?? '',
        body: await request.clone().text(),
      });
      if (seen.length > 1) return undefined;
      await getResponse(handlers, request);
      return HttpResponse.json({ title: 'Bad gateway' }, { status: 502 });
    }),
  );
  return seen;
}
