/**
 * The planning page's screens, kept in the URL's hash so a link (or a screenshot script) opens
 * one directly: #/calendar?d=2026-03-01&m=week, #/meeting/<id>, #/meeting/new?d=2026-03-05,
 * #/checklist/<id>, #/transfer, #/settings.
 */
export type Route =
  | { view: 'calendar'; date: string | null; mode: 'month' | 'week' }
  | { view: 'editor'; id: string | null; date: string | null }
  | { view: 'checklist'; id: string | null }
  | { view: 'transfer' }
  | { view: 'settings' };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const q = new URLSearchParams(query);
  const date = q.get('d');
  const d = date && DATE.test(date) ? date : null;
  const [head, ...rest] = path.split('/').filter(Boolean);
  const id = rest.length ? decodeURIComponent(rest.join('/')) : null;
  switch (head) {
    case 'meeting':
      return { view: 'editor', id: id === 'new' ? null : id, date: d };
    case 'checklist':
      return { view: 'checklist', id };
    case 'transfer':
      return { view: 'transfer' };
    case 'settings':
      return { view: 'settings' };
    default:
      return { view: 'calendar', date: d, mode: q.get('m') === 'week' ? 'week' : 'month' };
  }
}

export function routeHash(route: Route): string {
  switch (route.view) {
    case 'calendar': {
      const q = new URLSearchParams();
      if (route.date) q.set('d', route.date);
      if (route.mode === 'week') q.set('m', 'week');
      const s = q.toString();
      return `#/calendar${s ? `?${s}` : ''}`;
    }
    case 'editor':
      return `#/meeting/${route.id ? encodeURIComponent(route.id) : 'new'}${route.date ? `?d=${route.date}` : ''}`;
    case 'checklist':
      return `#/checklist${route.id ? `/${encodeURIComponent(route.id)}` : ''}`;
    case 'transfer':
      return '#/transfer';
    case 'settings':
      return '#/settings';
  }
}
