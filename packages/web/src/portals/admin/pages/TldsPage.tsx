/**
 * 域名后缀与注册商: the MIIT-approved suffixes (工信部 中国互联网域名体系) the precheck accepts, with the list's source,
 * date and note (a deployment replaces the data file, decisions.md 18); the approved-registrar list (the same kind of
 * snapshot); registrars by domain in the WHOIS simulator.
 */
import { APPROVED_TLDS } from '@beian/core';
import { Alert, Card, Empty, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../i18n/locale.js';
import { RegistrarsCard } from '../components/RegistrarsCard.js';
import { SnapshotFacts } from '../components/SnapshotFacts.js';
import { WhoisCard } from '../components/WhoisCard.js';

const isAscii = (s: string) => /^[\x20-\x7e]+$/.test(s);

export default function TldsPage() {
  const t = useT();
  const [q, setQ] = useState('');
  const query = q.trim().replace(/^\./, '').toLowerCase();
  const list = APPROVED_TLDS.tlds.filter((d) => d.includes(query));
  const underCn = (d: string) => d === 'cn' || d.endsWith('.cn');
  const groups = [
    {
      key: 'cn',
      zh: '.cn 及其下级后缀',
      en: '.cn and below',
      items: list.filter(underCn),
    },
    {
      key: 'ascii',
      zh: '其他英文后缀',
      en: 'Other ASCII suffixes',
      items: list.filter((d) => isAscii(d) && !underCn(d)),
    },
    {
      key: 'idn',
      zh: '中文后缀',
      en: 'Chinese suffixes',
      items: list.filter((d) => !isAscii(d) && !underCn(d)),
    },
  ];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('域名后缀与注册商', 'Domain suffixes and registrars')}
      </Typography.Title>
      <Card size="small" title={t('工信部批准的域名后缀', 'MIIT-approved suffixes')}>
        <SnapshotFacts
          countLabel={t('后缀数量', 'Suffixes')}
          count={APPROVED_TLDS.tlds.length}
          retrieved={APPROVED_TLDS.retrieved}
          source={APPROVED_TLDS.source}
          note={APPROVED_TLDS.note}
          dateTestId="tlds-date"
        />
        <Input.Search
          id="tld-search"
          allowClear
          style={{ width: 320, margin: '16px 0' }}
          placeholder={t('查找后缀，如 com.cn、中国', 'Find a suffix, e.g. com.cn')}
          onChange={(e) => setQ(e.target.value)}
        />
        {query && (
          <Alert
            style={{ marginBottom: 12 }}
            data-testid="tld-verdict"
            type={APPROVED_TLDS.tlds.includes(query) ? 'success' : 'error'}
            showIcon
            title={
              APPROVED_TLDS.tlds.includes(query)
                ? t(`“.${query}” 是批准的后缀：以它结尾的域名可以备案。`, `“.${query}” is approved.`)
                : t(
                    `“.${query}” 不在批准的后缀中：以它结尾的域名不能备案。`,
                    `“.${query}” is not approved: its domains cannot be filed.`,
                  )
            }
          />
        )}
        {list.length === 0 ? (
          <Empty description={t('没有包含该文字的后缀', 'No suffix contains it')} />
        ) : (
          groups
            .filter((g) => g.items.length)
            .map((g) => (
              <div key={g.key} style={{ marginBottom: 12 }}>
                <Typography.Text type="secondary">
                  {t(g.zh, g.en)}（{g.items.length}）
                </Typography.Text>
                <div style={{ marginTop: 6 }} data-group={g.key}>
                  {g.items.map((d) => (
                    <Tag key={d} className="tld-tag" style={{ marginBottom: 6 }}>
                      .{d}
                    </Tag>
                  ))}
                </div>
              </div>
            ))
        )}
      </Card>
      <RegistrarsCard />
      <WhoisCard />
    </Space>
  );
}
