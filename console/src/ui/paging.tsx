import { useState } from 'react';

/**
 * Paging through a connection forwards and back: the stack of `after` cursors of the pages seen so
 * far (the first page has none).
 */
export interface CursorPages {
  /** The `after` cursor of the page shown. */
  readonly after: string | null;
  /** Which page is shown, from 1. */
  readonly page: number;
  /** Back to the first page (the filter changed). */
  reset(): void;
  back(): void;
  forward(endCursor: string): void;
}

export function useCursorPages(): CursorPages {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return {
    after: cursors[cursors.length - 1] ?? null,
    page: cursors.length,
    reset: () => setCursors([null]),
    back: () => setCursors((previous) => previous.slice(0, -1)),
    forward: (endCursor) => setCursors((previous) => [...previous, endCursor]),
  };
}

/** Previous / Next page buttons under a paged table. */
export function PageButtons({ pages, pageInfo }: { pages: CursorPages; pageInfo: { hasNextPage: boolean; endCursor?: string | null } | undefined }) {
  return (
    <div className="nav-buttons" style={{ marginTop: '0.75rem' }}>
      <button type="button" className="secondary" disabled={pages.page === 1} onClick={pages.back}>Previous page</button>
      <button
        type="button"
        className="secondary"
        disabled={!pageInfo?.hasNextPage}
        onClick={() => {
          if (pageInfo?.endCursor) pages.forward(pageInfo.endCursor);
        }}
      >
        Next page
      </button>
    </div>
  );
}
