/**
 * What an after-filing order does, for the applicant and for staff: a change's fields before → after (the
 * changedPaths, labelled and formatted as the consoles lay an order out, masked as the data given is), a
 * cancellation's numbers, the declarations and the warnings. The editor, the order's page and the reviewer and
 * bureau consoles all show it.
 */
import { ArrowRightOutlined } from '@ant-design/icons';
import type { Term } from '@beian/core';
import { Alert, Card, Descriptions, Empty, Grid, List, Space, Table, Tag, Typography } from 'antd';
import type { HTMLAttributes, ReactNode } from 'react';
import type { AfterFilingResult, OrderData, OrderView } from '../../../api/types.js';
import { orderSections } from '../../../consoles/order-sections.js';
import { useT, useTerm } from '../../../i18n/locale.js';
import { fieldLabel } from '../components/field-label.js';
import { getIn } from '../wizard/draft.js';
import { related } from '../wizard/findings.js';
import { isOrderWarning, KindTag, kindTerm, type Declarations } from '../../../shared/after-filing.js';

type T = (zh: string, en: string) => string;

export type ChangeRow = { path: string; label: string; before: string; after: string };

function plain(v: unknown, t: T): string {
  if (v === undefined || v === null || v === '') return '';
  if (typeof v === 'boolean') return v ? t('是', 'Yes') : t('否', 'No');
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  return JSON.stringify(v);
}

/** Each changed field with its label and both values; a path no row shows, by its label and raw value. */
export function changeRows(
  before: OrderData,
  after: OrderData,
  changedPaths: readonly string[],
  t: T,
  term: (x: Term) => string,
): ChangeRow[] {
  const place = (data: OrderData) => {
    const out = new Map<string, { label: string; value: string }>();
    for (const s of orderSections(data, t, term))
      for (const row of s.rows) out.set(row.path, { label: row.label, value: row.exists ? row.value : '' });
    return out;
  };
  const b = place(before);
  const a = place(after);
  const owner = (path: string) => {
    const w = /^websites\[(\d+)\]/.exec(path);
    if (!w)
      return path.startsWith('subject.leader') ? t('主体负责人', 'Subject leader') : t('主体', 'Subject');
    const site = after.websites[Number(w[1])] ?? before.websites[Number(w[1])];
    const name = `${t('网站', 'Website')} ${site?.domains[0] ?? Number(w[1]) + 1}`;
    return path.startsWith(`${w[0]}.leader.`) ? `${name} · ${t('网站负责人', 'leader')}` : name;
  };
  const rows: ChangeRow[] = [];
  for (const p of changedPaths) {
    const paths = [...new Set([...a.keys(), ...b.keys()])].filter((k) => related(k, p));
    const found = paths
      .map((k) => ({
        path: k,
        label: `${owner(k)} · ${(a.get(k) ?? b.get(k))!.label}`,
        before: b.get(k)?.value ?? '',
        after: a.get(k)?.value ?? '',
      }))
      .filter((r) => r.before !== r.after && !rows.some((x) => x.path === r.path));
    if (found.length) rows.push(...found);
    else if (!rows.some((x) => x.path === p))
      rows.push({
        path: p,
        label: fieldLabel(p, t),
        before: plain(getIn(before, p), t),
        after: plain(getIn(after, p), t),
      });
  }
  return rows;
}

type Warning = { code: string; severity: string; message: string };

export function AfterFilingChanges(props: {
  kind: string;
  subjectIcpNumber: string;
  websiteNumbers: readonly string[];
  before: OrderData;
  after: OrderData;
  changedPaths: readonly string[];
  /** Shown to staff: what the applicant declared. */
  declarations?: Declarations;
  /** Findings about the order as a whole (空壳主体 …), shown under it. */
  warnings?: readonly Warning[];
  extra?: ReactNode;
}) {
  const t = useT();
  const term = useTerm();
  const k = kindTerm(props.kind);
  const cancel = props.kind.startsWith('cancel_');
  const d = props.declarations;
  return (
    <Card
      size="small"
      data-testid="after-filing-changes"
      title={
        <Space wrap>
          <KindTag kind={props.kind} />
          <span>
            {cancel
              ? t('将办理的备案号', 'Numbers concerned')
              : t('变更内容（变更前 → 变更后）', 'Changes (before → after)')}
          </span>
        </Space>
      }
      extra={props.extra}
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {cancel ? (
          <CancelledNumbers {...props} />
        ) : (
          <ChangesTable
            rows={changeRows(props.before, props.after, props.changedPaths, t, term)}
            kindName={k ? term(k) : props.kind}
          />
        )}
        {d && (d.nameChangeRelated !== undefined || d.acknowledged !== undefined) && (
          <Descriptions size="small" column={1} bordered data-testid="after-filing-declarations">
            {d.nameChangeRelated !== undefined && (
              <Descriptions.Item label={t('单位名称变更前后是否有关联', 'Units before and after related?')}>
                {d.nameChangeRelated
                  ? t('有关联（同一单位更名，附变更证明）', 'Related (a rename, with a change proof)')
                  : t('无关联', 'Not related')}
              </Descriptions.Item>
            )}
            {d.acknowledged !== undefined && (
              <Descriptions.Item label={t('申请人已确认提示', 'Applicant acknowledged the warnings')}>
                {d.acknowledged ? t('已确认', 'Yes') : t('未确认', 'No')}
              </Descriptions.Item>
            )}
          </Descriptions>
        )}
        {props.warnings && props.warnings.length > 0 && (
          <Alert
            type={props.warnings.some((w) => w.severity === 'error') ? 'error' : 'warning'}
            showIcon
            data-testid="after-filing-warnings"
            title={
              <ul className="finding-list">
                {props.warnings.map((w, i) => (
                  <li key={i} data-code={w.code}>
                    {w.message}
                  </li>
                ))}
              </ul>
            }
          />
        )}
      </Space>
    </Card>
  );
}

function ChangesTable({ rows, kindName }: { rows: ChangeRow[]; kindName: string }) {
  const t = useT();
  const screens = Grid.useBreakpoint();
  if (rows.length === 0)
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={t(
          `还没有修改任何信息：修改需要${kindName}的内容后，这里显示变更前后的对比。`,
          'Nothing changed yet: once you change something, it shows here before and after.',
        )}
      />
    );
  const none = <Typography.Text type="secondary">{t('（无）', '(none)')}</Typography.Text>;
  if (!screens.md)
    // a phone: one field per block, the value as filed over the new one
    return (
      <List
        size="small"
        dataSource={rows}
        renderItem={(r) => (
          <List.Item data-change={r.path}>
            <Space orientation="vertical" size={2}>
              <Typography.Text type="secondary">{r.label}</Typography.Text>
              <span>
                {t('原：', 'Was: ')}
                {r.before ? (
                  <Typography.Text delete type="secondary">
                    {r.before}
                  </Typography.Text>
                ) : (
                  none
                )}
              </span>
              <span>
                {t('新：', 'Now: ')}
                {r.after ? <Typography.Text strong>{r.after}</Typography.Text> : none}
              </span>
            </Space>
          </List.Item>
        )}
      />
    );
  return (
    <Table<ChangeRow>
      size="small"
      rowKey="path"
      pagination={false}
      dataSource={rows}
      scroll={{ x: 'max-content' }}
      onRow={(r) => ({ 'data-change': r.path }) as HTMLAttributes<HTMLElement>}
      columns={[
        { title: t('项目', 'Field'), dataIndex: 'label', width: 220 },
        {
          title: t('原备案信息', 'As filed'),
          dataIndex: 'before',
          render: (v: string) =>
            v ? (
              <Typography.Text delete type="secondary">
                {v}
              </Typography.Text>
            ) : (
              none
            ),
        },
        { title: '', key: 'arrow', width: 32, render: () => <ArrowRightOutlined aria-hidden /> },
        {
          title: t('变更后', 'After the change'),
          dataIndex: 'after',
          render: (v: string) =>
            v ? (
              <Typography.Text strong>{v}</Typography.Text>
            ) : (
              <Typography.Text type="secondary">{t('（删除）', '(removed)')}</Typography.Text>
            ),
        },
      ]}
    />
  );
}

function CancelledNumbers(props: {
  kind: string;
  subjectIcpNumber: string;
  websiteNumbers: readonly string[];
  before: OrderData;
}) {
  const t = useT();
  const access = props.kind === 'cancel_access';
  const items = props.websiteNumbers.map((n, i) => ({
    number: n,
    domain: props.before.websites[i]?.domains[0] ?? '',
    name: props.before.websites[i]?.name ?? '',
  }));
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {props.kind === 'cancel_subject' && (
        <Typography.Text>
          {t('主体备案号', 'Subject number')}{' '}
          <Typography.Text strong data-testid="cancelled-subject">
            {props.subjectIcpNumber}
          </Typography.Text>{' '}
          <Tag color="error">{t('将注销', 'to be cancelled')}</Tag>
          {t('及其下全部网站备案号：', 'and every website number under it:')}
        </Typography.Text>
      )}
      <List
        size="small"
        bordered
        dataSource={items}
        locale={{ emptyText: t('还没有选择网站', 'No website chosen yet') }}
        renderItem={(w) => (
          <List.Item data-number={w.number}>
            <Space wrap>
              <Typography.Text strong>{w.number}</Typography.Text>
              <Typography.Text>{w.domain}</Typography.Text>
              <Typography.Text type="secondary">{w.name}</Typography.Text>
              {access ? (
                <Tag color="warning">
                  {t('取消本平台接入，备案号保留', 'access here ends; the number stays')}
                </Tag>
              ) : (
                <Tag color="error">{t('将注销', 'to be cancelled')}</Tag>
              )}
            </Space>
          </List.Item>
        )}
      />
    </Space>
  );
}

/** The after-filing part of an order's view (its own data, or `after` when a console holds another copy). */
export function OrderAfterFilingCard({ order, after }: { order: OrderView; after?: OrderData }) {
  const af = order.afterFiling;
  if (!af) return null;
  const precheck = order.precheck as Pick<AfterFilingResult, 'violations'> | null;
  const warnings = (precheck?.violations ?? []).filter(isOrderWarning);
  return (
    <AfterFilingChanges
      kind={af.kind}
      subjectIcpNumber={af.subjectIcpNumber}
      websiteNumbers={af.websiteNumbers}
      before={af.before}
      after={after ?? order.data}
      changedPaths={af.changedPaths}
      declarations={af.declarations}
      warnings={warnings}
    />
  );
}
