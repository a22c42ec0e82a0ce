/** A lazily loaded page with a loading state while its chunk arrives. */
import { Spin } from 'antd';
import { Suspense, type ReactNode } from 'react';

export function PageLoading({ tip }: { tip?: string }) {
  return (
    <div className="page-loading" role="status" aria-live="polite">
      <Spin size="large" />
      <span>{tip ?? '加载中…'}</span>
    </div>
  );
}

export function Suspended({ page }: { page: ReactNode }) {
  return <Suspense fallback={<PageLoading />}>{page}</Suspense>;
}
