/**
 * 我的备案号: the subjects my approved orders filed, with the 主体备案号, and each website's 网站备案号 and domain;
 * the hint that the website's footer must show its number linked to beian.miit.gov.cn.
 */
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { errorMessage } from '../../../api/api-error.js';
import { useFilings } from '../../../api/queries.js';
import type { FilingView } from '../../../api/types.js';
import { useT } from '../../../i18n/locale.js';
import { formatChinaTime } from '../components/due-time.js';
import { SiteCheckCell } from '../site-check/SiteCheckCell.js';
import { SubjectActions, WebsiteActions } from '../after-filing/FiledActions.js';
import { PublicSecurityBlock } from '../after-filing/PublicSecurity.js';

type Site = FilingView['websites'][number];

export default function FilingsPage() {
  const t = useT();
  const filings = useFilings();
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('我的备案号', 'My ICP numbers')}
      </Typography.Title>
      {filings.isPending ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : filings.isError ? (
        <Alert
          type="error"
          showIcon
          title={errorMessage(filings.error)}
          action={<Button onClick={() => void filings.refetch()}>{t('重试', 'Retry')}</Button>}
        />
      ) : filings.data.length === 0 ? (
        <Card>
          <Empty
            description={t(
              '还没有备案成功的主体：管局审核通过后，这里显示主体备案号和网站备案号。',
              'Nothing filed yet: the ICP numbers show here once the bureau approves.',
            )}
          >
            <Link to="/">
              <Button type="primary">{t('查看我的订单', 'My orders')}</Button>
            </Link>
          </Empty>
        </Card>
      ) : (
        <>
          <Alert
            type="info"
            showIcon
            title={t('网站底部须展示网站备案号', 'Show the website’s number in its footer')}
            description={t(
              '请在每个网站首页底部中间位置展示该网站的备案号（如“浙ICP备12345678号-1”），并链接到 https://beian.miit.gov.cn/。',
              'Put the website’s number (e.g. 浙ICP备12345678号-1) at the bottom of its home page, linked to https://beian.miit.gov.cn/.',
            )}
          />
          {filings.data.map((f) => (
            <Card
              key={f.icpNumber}
              data-testid="filing"
              title={
                <Space wrap>
                  <SafetyCertificateOutlined style={{ color: '#52c41a' }} />
                  <span>{f.name}</span>
                  <Tag>{f.provinceZh}</Tag>
                </Space>
              }
              extra={<SubjectActions icpNumber={f.icpNumber} />}
            >
              <Space orientation="vertical" style={{ width: '100%' }}>
                <Space wrap>
                  <Typography.Text type="secondary">{t('主体备案号', 'Subject number')}：</Typography.Text>
                  <Typography.Text strong copyable data-testid="subject-icp">
                    {f.icpNumber}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    · {t('首次备案通过', 'First approved')} {formatChinaTime(f.firstApprovedAt)}
                  </Typography.Text>
                </Space>
                <Table<Site>
                  size="small"
                  rowKey="icpNumber"
                  pagination={false}
                  scroll={{ x: 'max-content' }}
                  dataSource={f.websites}
                  expandable={{
                    // each website's latest check under its row, full width (also on a phone's scrolled table)
                    expandedRowKeys: f.websites.map((w) => w.icpNumber),
                    expandedRowRender: (w) => <SiteCheckCell site={w} />,
                    showExpandColumn: false,
                  }}
                  columns={[
                    {
                      title: t('网站备案号', 'Website number'),
                      dataIndex: 'icpNumber',
                      // a fixed column keeps the number in view on a phone, and the expanded rows to its width
                      fixed: 'left',
                      render: (v: string) => <Typography.Text copyable>{v}</Typography.Text>,
                    },
                    { title: t('网站名称', 'Name'), dataIndex: 'name' },
                    { title: t('域名', 'Domain'), dataIndex: 'domain' },
                    {
                      title: t('底部展示文字', 'Footer text'),
                      key: 'footer',
                      render: (_: unknown, w: Site) => (
                        <Typography.Text
                          code
                          copyable={{
                            text: `<a href="https://beian.miit.gov.cn/" target="_blank">${w.icpNumber}</a>`,
                          }}
                        >
                          {w.icpNumber}
                        </Typography.Text>
                      ),
                    },
                    {
                      title: t('接入', 'Access'),
                      key: 'access',
                      render: (_: unknown, w: Site) =>
                        w.accessedHere ? (
                          w.orderId ? (
                            <Link to={`/orders/${w.orderId}`}>{t('本平台', 'Here')}</Link>
                          ) : (
                            t('本平台', 'Here')
                          )
                        ) : (
                          <Tag>{t('其他接入商', 'Elsewhere')}</Tag>
                        ),
                    },
                    {
                      title: t('变更与注销', 'Changes'),
                      key: 'after-filing',
                      render: (_: unknown, w: Site) => <WebsiteActions icpNumber={w.icpNumber} />,
                    },
                  ]}
                />
                <PublicSecurityBlock subjectIcpNumber={f.icpNumber} />
              </Space>
            </Card>
          ))}
        </>
      )}
    </Space>
  );
}
