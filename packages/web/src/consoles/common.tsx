/** Small pieces every console uses: an order's title, load failures with a retry, a page that is not there. */
import {
  AFTER_FILING_KINDS,
  FILING_TYPES,
  PROVINCES,
  type AfterFilingKind,
  type FilingType,
  type ProvinceCode,
  type Term,
} from '@beian/core';
import { Button, Result, Space } from 'antd';
import { Link } from 'react-router';
import { errorMessage } from '../api/api-error.js';
import type { OrderData } from '../api/types.js';
import { useT } from '../i18n/locale.js';

/** The websites' domains, or their names: how staff recognise an order. */
export function orderTitle(data: OrderData): string {
  return (
    data.websites
      .map((w) => w.domains[0] || w.name)
      .filter(Boolean)
      .join('、') || data.subject.name
  );
}

/** A filing type (首次备案 …) or, for an order after filing, its kind (变更网站 …). */
export function filingTypeName(code: string | null, term: (t: Term) => string): string {
  if (code && code in AFTER_FILING_KINDS) return term(AFTER_FILING_KINDS[code as AfterFilingKind]);
  return code && code in FILING_TYPES ? term(FILING_TYPES[code as FilingType]) : '—';
}

export function provinceName(code: string, term: (t: Term) => string): string {
  return code in PROVINCES ? term(PROVINCES[code as ProvinceCode]) : code;
}

export function LoadFailed(props: {
  error: unknown;
  retry: () => void;
  back?: { to: string; zh: string; en: string };
}) {
  const t = useT();
  return (
    <Result
      status="warning"
      title={t('加载失败', 'Could not load')}
      subTitle={errorMessage(props.error)}
      extra={
        <Space>
          <Button onClick={props.retry}>{t('重试', 'Retry')}</Button>
          {props.back && (
            <Link to={props.back.to}>
              <Button type="primary">{t(props.back.zh, props.back.en)}</Button>
            </Link>
          )}
        </Space>
      }
    />
  );
}

export function ConsoleNotFound({ home }: { home: string }) {
  const t = useT();
  return (
    <Result
      status="404"
      title={t('找不到该页面', 'Page not found')}
      subTitle={t('地址可能有误，或该页面已移除。', 'The address may be wrong, or the page was removed.')}
      extra={
        <Link to={home}>
          <Button type="primary">{t('返回首页', 'Back')}</Button>
        </Link>
      }
    />
  );
}
