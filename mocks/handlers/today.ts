import { ENDPOINTS as E } from '../../src/api/contract/endpoints';
import { serve } from '../http';
import { today, todayCount } from '../services/today';

/** Today's worklists and the navigation's count of them. */
export const todayHandlers = [
  serve(E.todayCount, ({ store, actor, now }) => todayCount(store, actor, now)),
  serve(E.today, ({ store, actor, now }) => today(store, actor, now)),
];
