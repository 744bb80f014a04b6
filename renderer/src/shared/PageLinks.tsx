import { useTranslation } from 'react-i18next';

export type PageId = 'console' | 'planning' | 'records';

const FILES: Record<PageId, string> = { console: 'index.html', planning: 'planning.html', records: 'records.html' };

/**
 * The address of another page of the app. In a browser the chair token travels along (`?t=`),
 * so the planning and records pages open with the same rights; in the desktop app (app://)
 * there is no token and the plain page is enough.
 */
export function pageHref(page: PageId, search: string): string {
  const token = new URLSearchParams(search).get('t');
  return token ? `./${FILES[page]}?t=${encodeURIComponent(token)}` : `./${FILES[page]}`;
}

/** Links from one page of the chair's app to the other two. Uses the shared `pages` strings. */
export function PageLinks({ current, className }: { current: PageId; className?: string }) {
  const { t } = useTranslation('translation');
  return (
    <nav className={className} aria-label={t('pages.label')}>
      {(Object.keys(FILES) as PageId[])
        .filter((page) => page !== current)
        .map((page) => (
          <a key={page} href={pageHref(page, window.location.search)} data-testid={`page-link-${page}`}>
            {t(`pages.${page}`)}
          </a>
        ))}
    </nav>
  );
}
