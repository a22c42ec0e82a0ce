/**
 * 域名检查 (seed 004 §4): the applicant types a domain; the server checks it against the WHOIS and the registry by
 * the precheck's rules for the chosen province and nature, and every line comes back with its reason.
 */
import { FILING_TYPES, MATERIALS, type DomainCheckKey } from '@beian/core';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Empty, Form, Input, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { isApiError, errorMessage } from '../../../api/api-error.js';
import { readiness } from '../../../api/endpoints.js';
import type { DomainCheckResult } from '../../../api/types.js';
import { useT, useTerm } from '../../../i18n/locale.js';
import type { Situation } from './situation.js';
import { CheckRow } from './status.js';

const LABELS: Record<DomainCheckKey, { zh: string; en: string }> = {
  syntax: { zh: '域名格式', en: 'Domain name' },
  suffix: { zh: '域名后缀', en: 'Suffix' },
  registrar: { zh: '注册商', en: 'Registrar' },
  real_name: { zh: '实名认证', en: 'Real-name verification' },
  holder: { zh: '域名持有者', en: 'Holder' },
  expiry: { zh: '域名有效期', en: 'Remaining registration' },
  privacy: { zh: '隐私保护', en: 'Privacy protection' },
  registry: { zh: '备案情况', en: 'Existing filings' },
  other: { zh: '其他', en: 'Other' },
};

function Facts({ r }: { r: DomainCheckResult }) {
  const t = useT();
  const f = r.facts;
  if (!f) return null;
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, sm: 1, md: 2 }}
      title={t('域名注册信息（WHOIS）', 'Registration facts (WHOIS)')}
      data-testid="domain-facts"
      styles={{ label: { whiteSpace: 'nowrap' } }}
    >
      <Descriptions.Item label={t('注册商', 'Registrar')}>
        <Space wrap size={4}>
          <span>{f.registrar}</span>
          {f.registrarListed ? (
            <Tag color="success">{t('在已批复注册商名单中', 'On the approved list')}</Tag>
          ) : (
            <Tag>{t('不在注册商名单快照中', 'Not on the list snapshot')}</Tag>
          )}
        </Space>
      </Descriptions.Item>
      <Descriptions.Item label={t('实名认证', 'Real-name')}>
        {f.realNameVerified
          ? t(`已认证${f.realNameVerifiedAt ? `（${f.realNameVerifiedAt}）` : ''}`, 'Verified')
          : t('未认证', 'Not verified')}
      </Descriptions.Item>
      <Descriptions.Item label={t('持有者', 'Holder')}>
        {f.holder ?? <Typography.Text type="secondary">{t('不显示', 'Not shown')}</Typography.Text>}
      </Descriptions.Item>
      <Descriptions.Item label={t('到期日期', 'Expires')}>
        {f.expiresAt}（{t(`剩余${Math.max(f.daysLeft, 0)}天`, `${Math.max(f.daysLeft, 0)} days left`)}）
      </Descriptions.Item>
      <Descriptions.Item label={t('隐私保护', 'Privacy')}>
        {f.privacyProtection ? t('已开启', 'On') : t('未开启', 'Off')}
      </Descriptions.Item>
    </Descriptions>
  );
}

function Result({ r }: { r: DomainCheckResult }) {
  const t = useT();
  const term = useTerm();
  const failed = r.checks.filter((c) => c.status === 'fail').length;
  const basis = r.province
    ? t(
        `按${r.provinceZh}管局 · ${r.natureZh}规则检查`,
        `Checked by the ${r.provinceZh} bureau's ${r.natureZh} rules`,
      )
    : t(
        `未选择省份：按平台规则和一般要求检查（${r.natureZh}）`,
        'No province chosen: checked by the platform rules and the general requirements',
      );
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="domain-result">
      <Alert
        type={failed ? 'error' : r.checks.some((c) => c.status === 'warn') ? 'warning' : 'success'}
        showIcon
        title={
          failed
            ? t(
                `${r.domain.checked ?? r.domain.input}：有 ${failed} 项不满足备案要求，请按下面的说明处理后再备案。`,
                `${r.domain.checked ?? r.domain.input}: ${failed} item(s) to fix before filing.`,
              )
            : t(
                `${r.domain.checked}：满足备案的域名要求${r.filingType ? `，本次办理“${term(FILING_TYPES[r.filingType])}”` : ''}。`,
                `${r.domain.checked}: meets the domain requirements.`,
              )
        }
        description={
          <Space orientation="vertical" size={0}>
            <span>{basis}</span>
            <span>
              {r.subject.known
                ? t(
                    `持有者与备案情况已按您订单中的主体“${r.subject.name}”核对。`,
                    `Holder and filings compared with your subject “${r.subject.name}”.`,
                  )
                : t(
                    '您还没有备案订单：持有者请自行与备案主体核对。',
                    'No filing order yet: compare the holder with your subject yourself.',
                  )}
            </span>
          </Space>
        }
      />
      {r.domain.valid && r.domain.checkedAscii && r.domain.checkedAscii !== r.domain.checked && (
        <Typography.Text type="secondary">
          {t('域名的 ASCII（Punycode）形式：', 'ASCII (punycode) form: ')}
          <Typography.Text code copyable>
            {r.domain.checkedAscii}
          </Typography.Text>
        </Typography.Text>
      )}
      <div role="list" aria-label={t('检查结果', 'Results')} className="readiness-list">
        {r.checks.map((c, i) => (
          <div role="listitem" key={`${c.key}-${i}`}>
            <CheckRow
              status={c.status}
              label={t(LABELS[c.key].zh, LABELS[c.key].en)}
              citation={c.citation}
              testId={`check-${c.key}`}
            >
              {c.message}
            </CheckRow>
          </div>
        ))}
      </div>
      {r.materials.length > 0 && (
        <Alert
          type="info"
          showIcon
          title={t('该域名还需准备的资料', 'Materials this domain needs')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {r.materials.map((m, i) => (
                <li key={`${m.code}-${i}`}>
                  <Typography.Text strong>{term(MATERIALS[m.code])}</Typography.Text>：{m.reason}
                </li>
              ))}
            </ul>
          }
        />
      )}
      <Facts r={r} />
      {r.ok && (
        <Link to="/verify">
          <Button type="primary">{t('用这个域名开始备案', 'Start a filing with this domain')}</Button>
        </Link>
      )}
    </Space>
  );
}

export default function DomainCheckTab({ situation }: { situation: Situation }) {
  const t = useT();
  const [domain, setDomain] = useState('');
  const [localError, setLocalError] = useState<string>();
  const { province, nature } = situation;
  const result = useQuery({
    queryKey: ['readiness', 'domain', domain, province ?? '', nature],
    queryFn: () => readiness.domain({ domain, nature, ...(province ? { province } : {}) }),
    enabled: domain !== '',
    retry: false,
    staleTime: 30_000,
  });
  const fieldError =
    result.isError && isApiError(result.error) && result.error.path === 'domain'
      ? result.error.message
      : undefined;

  const error = localError ?? fieldError;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Form layout="vertical" component="div" style={{ maxWidth: 560 }}>
        <Form.Item
          label={t('网站域名', 'Website domain')}
          htmlFor="readiness-domain"
          extra={t(
            '填写注册的主域名，如 example.cn、例子.中国；检查后缀、注册商、实名认证、持有者、有效期、隐私保护和备案情况。',
            'The registered domain, e.g. example.cn: suffix, registrar, real-name, holder, expiry, privacy and filings are checked.',
          )}
          {...(error ? { validateStatus: 'error' as const, help: error } : {})}
        >
          <Input.Search
            id="readiness-domain"
            placeholder={t('如 example.cn', 'e.g. example.cn')}
            enterButton={t('检查', 'Check')}
            loading={result.isFetching}
            maxLength={253}
            onChange={() => setLocalError(undefined)}
            onSearch={(v) => {
              const d = v.trim();
              if (d === '') {
                setLocalError(t('请填写要检查的域名，如 example.cn', 'Enter a domain, e.g. example.cn'));
                return;
              }
              setLocalError(undefined);
              if (d === domain) void result.refetch();
              else setDomain(d);
            }}
          />
        </Form.Item>
      </Form>
      {domain === '' ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t(
            '输入域名后点击“检查”。没有域名？请先在境内已获工信部批复的注册商注册，并完成实名认证。',
            'Enter a domain and choose Check. No domain yet? Register one at an MIIT-approved registrar in mainland China and verify it.',
          )}
        />
      ) : result.isPending ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : result.isError ? (
        fieldError ? null : (
          <Alert
            type="error"
            showIcon
            title={t('检查失败', 'The check failed')}
            description={errorMessage(result.error)}
            action={<Button onClick={() => void result.refetch()}>{t('重试', 'Retry')}</Button>}
          />
        )
      ) : (
        <Result r={result.data} />
      )}
    </Space>
  );
}
