/**
 * 已获工信部批复的域名注册商 (seed 004 §4 检查项三): the approved-registrar list the project ships as data, with its
 * date, source and note (a snapshot a deployment replaces), each registrar with its brand, licence and evidence;
 * a name typed in the search says whether it is on the list, as the applicant's readiness check reads it.
 */
import { APPROVED_REGISTRARS, findApprovedRegistrar, type ApprovedRegistrar } from '@beian/core';
import { Alert, Card, Input, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../i18n/locale.js';
import { SnapshotFacts } from './SnapshotFacts.js';

export function RegistrarsCard() {
  const t = useT();
  const [q, setQ] = useState('');
  const query = q.trim();
  const found = query ? findApprovedRegistrar(query) : undefined;
  const shown = query
    ? APPROVED_REGISTRARS.registrars.filter(
        (r) =>
          r === found ||
          [r.name, r.brand ?? '', ...r.aliases].some((n) => n.toLowerCase().includes(query.toLowerCase())),
      )
    : APPROVED_REGISTRARS.registrars;
  return (
    <Card
      size="small"
      title={t('已获工信部批复的域名注册商', 'MIIT-approved registrars')}
      data-testid="registrars"
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <SnapshotFacts
          countLabel={t('注册商数量', 'Registrars')}
          count={APPROVED_REGISTRARS.registrars.length}
          retrieved={APPROVED_REGISTRARS.retrieved}
          source={APPROVED_REGISTRARS.source}
          note={APPROVED_REGISTRARS.note}
          dateTestId="registrars-date"
        />
        <Alert
          type="warning"
          showIcon
          title={t(
            '这是一份快照，只列出有公开依据的部分注册商，不是工信部的完整名单：部署时请用 domain.miit.gov.cn 的最新名单替换 packages/core/src/data/approved-registrars.json。预检仍以域名注册信息中的“已获工信部批复”为准。',
            'A snapshot of a few registrars with public evidence, not the MIIT’s full list: replace packages/core/src/data/approved-registrars.json with the current list when deploying. The precheck still reads “MIIT-approved” from the domain’s registration facts.',
          )}
        />
        <Input.Search
          id="registrar-search"
          allowClear
          style={{ width: 360, maxWidth: '100%' }}
          placeholder={t('查找注册商，如 阿里云计算有限公司（万网）', 'Find a registrar')}
          onChange={(e) => setQ(e.target.value)}
        />
        {query && (
          <Alert
            data-testid="registrar-verdict"
            type={found ? 'success' : 'info'}
            showIcon
            title={
              found
                ? t(`“${query}”在名单中：${found.name}。`, `“${query}” is on the list: ${found.name}.`)
                : t(
                    `“${query}”不在名单快照中：请到 domain.miit.gov.cn 核实该注册商是否已获批复。`,
                    `“${query}” is not on the snapshot: check it at domain.miit.gov.cn.`,
                  )
            }
          />
        )}
        <Table<ApprovedRegistrar>
          rowKey="name"
          size="small"
          pagination={false}
          dataSource={shown}
          scroll={{ x: 640 }}
          expandable={{
            expandedRowRender: (r) => (
              <Space orientation="vertical" size={2}>
                {r.evidence.map((e, i) => (
                  <Typography.Text key={i} type="secondary" style={{ fontSize: 12 }}>
                    · {e}
                  </Typography.Text>
                ))}
              </Space>
            ),
          }}
          columns={[
            { title: t('注册商', 'Registrar'), dataIndex: 'name', key: 'name' },
            {
              title: t('品牌', 'Brand'),
              key: 'brand',
              render: (_, r) => r.brand ?? '—',
            },
            {
              title: t('许可证号', 'Licence'),
              key: 'licence',
              render: (_, r) => r.licence ?? <Typography.Text type="secondary">—</Typography.Text>,
            },
            {
              title: t('WHOIS 中的其他写法', 'Other spellings'),
              key: 'aliases',
              render: (_, r) => (r.aliases.length ? r.aliases.map((a) => <Tag key={a}>{a}</Tag>) : '—'),
            },
          ]}
        />
      </Space>
    </Card>
  );
}
