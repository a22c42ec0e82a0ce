/**
 * 我的备案号's after-filing actions: per subject 变更主体 / 注销主体, per website accessed here 变更网站 / 变更接入 /
 * 注销网站 / 取消接入 (a website accessed only through another provider is changed there). One order is in progress
 * per account: while one is, the actions wait and say why.
 */
import { DownOutlined } from '@ant-design/icons';
import { AFTER_FILING_KINDS, isTerminal, type AfterFilingKind, type OrderState } from '@beian/core';
import { Button, Dropdown, Space, Tooltip, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useFiledRecord, useMyOrders } from '../../../api/queries.js';
import type { OrderView } from '../../../api/types.js';
import { useT, useTerm } from '../../../i18n/locale.js';

/** The account's order that is not finished yet, if any. */
export function useOrderInProgress(): OrderView | undefined {
  const orders = useMyOrders();
  return orders.data?.find((o) => !isTerminal(o.state as OrderState));
}

export const editorLink = (kind: AfterFilingKind, icpNumber?: string) =>
  `/after-filing/new?kind=${kind}${icpNumber ? `&icp=${encodeURIComponent(icpNumber)}` : ''}`;

function useBusyNote(): string | undefined {
  const t = useT();
  const busy = useOrderInProgress();
  return busy
    ? t(
        `已有一个进行中的订单（${busy.stateZh}）：办理完成或放弃后，才能办理变更、注销或取消接入。`,
        'An order is in progress: finish or abandon it first.',
      )
    : undefined;
}

export function SubjectActions({ icpNumber }: { icpNumber: string }) {
  const t = useT();
  const term = useTerm();
  const record = useFiledRecord();
  const busy = useBusyNote();
  if (record.data?.icpNumber !== icpNumber) return null;
  const action = (kind: AfterFilingKind, danger = false) =>
    busy ? (
      <Button size="small" danger={danger} disabled>
        {term(AFTER_FILING_KINDS[kind])}
      </Button>
    ) : (
      <Link to={editorLink(kind)}>
        <Button size="small" danger={danger} data-action={kind}>
          {term(AFTER_FILING_KINDS[kind])}
        </Button>
      </Link>
    );
  return (
    <Tooltip title={busy}>
      <Space wrap size="small" aria-label={t('主体的变更与注销', 'Subject changes')}>
        {action('change_subject')}
        {action('cancel_subject', true)}
      </Space>
    </Tooltip>
  );
}

const WEBSITE_KINDS: readonly AfterFilingKind[] = [
  'change_website',
  'change_access',
  'cancel_website',
  'cancel_access',
];

export function WebsiteActions({ icpNumber }: { icpNumber: string }) {
  const t = useT();
  const term = useTerm();
  const navigate = useNavigate();
  const record = useFiledRecord();
  const busy = useBusyNote();
  const w = record.data?.websites.find((x) => x.icpNumber === icpNumber);
  if (!w) return null;
  if (!w.accessedHere)
    return (
      <Typography.Text type="secondary">{t('请到接入该网站的服务商办理', 'At its provider')}</Typography.Text>
    );
  const button = (
    <Button size="small" disabled={!!busy} data-actions={icpNumber}>
      {t('变更 / 注销', 'Change / cancel')} <DownOutlined />
    </Button>
  );
  if (busy) return <Tooltip title={busy}>{button}</Tooltip>;
  return (
    <Dropdown
      trigger={['click']}
      autoFocus
      menu={{
        items: WEBSITE_KINDS.map((kind) => ({
          key: kind,
          label: term(AFTER_FILING_KINDS[kind]),
          danger: kind.startsWith('cancel_'),
          // a website filed here carries its data; one only accessed here cannot be changed from here
          disabled: kind === 'change_website' && !w.website,
        })),
        onClick: ({ key }) => void navigate(editorLink(key as AfterFilingKind, icpNumber)),
      }}
    >
      {button}
    </Dropdown>
  );
}
