/**
 * 网站检查 on 我的备案号: a website's latest filed-site check (does its home page answer, does it show the ICP number
 * at the bottom where the province's rules ask for it, with the rule's citation), 立即检测, and its earlier checks.
 * Websites accessed through another provider are not checked here.
 */
import {
  CheckCircleOutlined,
  ExclamationCircleOutlined,
  HistoryOutlined,
  SyncOutlined,
} from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Modal, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../api/api-error.js';
import { siteChecks } from '../../../api/endpoints.js';
import { keys, useSiteChecks } from '../../../api/queries.js';
import type { FilingView, SiteCheckView } from '../../../api/types.js';
import { useT } from '../../../i18n/locale.js';
import { formatChinaTime } from '../components/due-time.js';

type Site = FilingView['websites'][number];

function Verdict({ check }: { check: SiteCheckView }) {
  const t = useT();
  if (!check.ok)
    return (
      <Tag color="error" icon={<ExclamationCircleOutlined />}>
        {check.reachable
          ? t('底部未展示正确的备案号', 'ICP number not shown right')
          : t('无法访问', 'Not reachable')}
      </Tag>
    );
  return (
    <Tag color="success" icon={<CheckCircleOutlined />}>
      {t('正常', 'OK')}
    </Tag>
  );
}

/** What the check found, in a sentence under the tag. */
function Finding({ check }: { check: SiteCheckView }) {
  const t = useT();
  if (check.problem)
    return (
      <Typography.Text type="danger" style={{ fontSize: 12 }} data-testid="site-check-problem">
        {check.problem}
      </Typography.Text>
    );
  const where = check.footerFound
    ? t('首页可以访问，底部展示了备案号。', 'The home page opens and shows the number at its bottom.')
    : t(
        '首页可以访问；底部没有找到备案号（本省管局未作要求，仍建议展示）。',
        'The home page opens; no number at its bottom (not required in this province, still advised).',
      );
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {where}
    </Typography.Text>
  );
}

function Basis({ check }: { check: SiteCheckView }) {
  const t = useT();
  if (!check.requiredByProvince) return null;
  return (
    <Tooltip title={check.rules.map((r) => `${r.citation}（${r.ruleId}）`).join('；')}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }} underline data-testid="site-check-basis">
        {t('本省要求底部展示备案号', 'Required in this province')}
      </Typography.Text>
    </Tooltip>
  );
}

function History({ site, open, onClose }: { site: Site; open: boolean; onClose: () => void }) {
  const t = useT();
  const list = useSiteChecks(site.icpNumber, open);
  return (
    <Modal
      open={open}
      onCancel={onClose}
      footer={null}
      width={920}
      title={t(`网站检查记录：${site.domain}`, `Site checks: ${site.domain}`)}
    >
      {list.isError ? (
        <Typography.Text type="danger">{errorMessage(list.error)}</Typography.Text>
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {list.data?.website.rules.map((r) => (
            <Typography.Paragraph key={r.ruleId} type="secondary" style={{ marginBottom: 0 }}>
              {t('依据', 'Rule')}：{r.citation}：“{r.quote}”
            </Typography.Paragraph>
          ))}
          <Table<SiteCheckView>
            size="small"
            rowKey="id"
            loading={list.isPending}
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={list.data?.checks ?? []}
            data-testid="site-check-history"
            columns={[
              {
                title: t('检测时间', 'Checked'),
                dataIndex: 'checkedAt',
                render: (v: string) => formatChinaTime(v),
              },
              {
                title: t('方式', 'By'),
                dataIndex: 'trigger',
                render: (v: SiteCheckView['trigger']) =>
                  v === 'applicant' ? t('立即检测', 'You') : t('每日检查', 'Daily'),
              },
              { title: t('结果', 'Result'), key: 'ok', render: (_: unknown, c) => <Verdict check={c} /> },
              {
                title: 'HTTP',
                dataIndex: 'httpStatus',
                render: (v: number | null) => v ?? '—',
              },
              {
                title: t('说明', 'Details'),
                key: 'problem',
                render: (_: unknown, c) => (
                  <div style={{ whiteSpace: 'normal', minWidth: 220, maxWidth: 340 }}>
                    <Finding check={c} />
                    <br />
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {c.url}
                    </Typography.Text>
                  </div>
                ),
              },
            ]}
          />
        </Space>
      )}
    </Modal>
  );
}

export function SiteCheckCell({ site }: { site: Site }) {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [history, setHistory] = useState(false);
  const run = useMutation({
    mutationFn: () => siteChecks.run(site.icpNumber),
    onSuccess: async (check) => {
      await queryClient.invalidateQueries({ queryKey: keys.filings });
      if (check.ok) void message.success(t('检测完成：网站正常', 'Checked: the website is fine'));
      else void message.warning(t('检测完成：发现问题', 'Checked: a problem was found'));
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const label = (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {t('网站检查', 'Site check')}：
    </Typography.Text>
  );
  if (!site.accessedHere)
    return (
      <div data-testid="site-check" data-domain={site.domain}>
        {label}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('不在本平台接入，本平台不检查', 'Accessed through another provider: not checked here')}
        </Typography.Text>
      </div>
    );
  const check = site.siteCheck;
  return (
    <div data-testid="site-check" data-domain={site.domain} data-ok={check ? String(check.ok) : 'none'}>
      <Space wrap size={[8, 0]}>
        {label}
        {check ? <Verdict check={check} /> : <Tag>{t('尚未检测', 'Not checked yet')}</Tag>}
        {check && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatChinaTime(check.checkedAt)}
          </Typography.Text>
        )}
        {check && <Basis check={check} />}
        <Button
          size="small"
          type="link"
          icon={<SyncOutlined spin={run.isPending} />}
          disabled={run.isPending}
          onClick={() => run.mutate()}
        >
          {t('立即检测', 'Check now')}
        </Button>
        {check && (
          <Button size="small" type="link" icon={<HistoryOutlined />} onClick={() => setHistory(true)}>
            {t('检查记录', 'History')}
          </Button>
        )}
      </Space>
      {check && (
        <div style={{ whiteSpace: 'normal' }}>
          <Finding check={check} />
        </div>
      )}
      <History site={site} open={history} onClose={() => setHistory(false)} />
    </div>
  );
}
