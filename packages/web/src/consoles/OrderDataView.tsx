/**
 * An order's data in the wizard's sections, every finding (the server's precheck, the reviewers' reasons)
 * beside the field its path names; findings about a whole part above that part, and any finding whose path no
 * row shows in a card of its own, so none is left out. `onReason` adds a 驳回原因 for a row's field.
 */
import { ExclamationCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Tag, Tooltip, Typography } from 'antd';
import type { OrderData } from '../api/types.js';
import { useT, useTerm } from '../i18n/locale.js';
import { orderSections } from './order-sections.js';
import { FindingList, type FindingIndex } from './reuse.js';

/** Values staff copy elsewhere (to dial, to look up): numbers, domains, addresses. */
const COPYABLE =
  /(certificateNumber|certificate\.number|mobile|email|domains\[\d+\]|serviceNumber|authorizationCode|mailingAddress\.text)$/;

export function OrderDataView(props: {
  data: OrderData;
  findings: FindingIndex;
  onReason?: (path: string) => void;
  /** The line counting the precheck's findings (the bureau's view has no precheck). */
  summary?: boolean;
}) {
  const t = useT();
  const term = useTerm();
  const sections = orderSections(props.data, t, term);
  const shown = new Set(sections.flatMap((s) => [s.key, ...s.groupPaths, ...s.rows.map((r) => r.path)]));
  const elsewhere = props.findings.all.filter((f) => !shown.has(f.path));
  const errors = props.findings.all.filter((f) => f.severity === 'error').length;
  const warnings = props.findings.all.length - errors;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {props.summary !== false && (
        <Alert
          type={errors ? 'error' : warnings ? 'warning' : 'success'}
          showIcon
          data-testid="findings-summary"
          title={
            errors || warnings
              ? t(
                  `预检发现 ${errors} 个错误、${warnings} 个提醒，均显示在对应字段旁`,
                  `The precheck found ${errors} error(s) and ${warnings} warning(s), each shown beside its field`,
                )
              : t('预检未发现问题', 'The precheck found nothing to fix')
          }
        />
      )}
      {elsewhere.length > 0 && (
        <Card size="small" title={t('其他问题', 'Other findings')} data-path="(other)">
          {elsewhere.map((f, i) => (
            <div key={i} className="console-row-findings">
              <Typography.Text type="secondary">{f.path}</Typography.Text>
              <FindingList findings={[f]} />
            </div>
          ))}
        </Card>
      )}
      {sections.map((s) => {
        const group = [s.key, ...s.groupPaths].flatMap((p) => props.findings.at(p));
        return (
          <Card key={s.key} size="small" title={s.title} data-section={s.key}>
            {group.length > 0 && (
              <Alert
                style={{ marginBottom: 12 }}
                type={group.some((f) => f.severity === 'error') ? 'error' : 'warning'}
                showIcon
                title={<FindingList findings={group} />}
                data-path={s.key}
              />
            )}
            <div className="console-rows">
              {s.rows.map((r) => {
                const list = props.findings.at(r.path);
                const level = list.some((f) => f.severity === 'error')
                  ? 'error'
                  : list.length
                    ? 'warning'
                    : undefined;
                return (
                  <div
                    key={r.path}
                    className={`console-row${level ? ` console-row-${level}` : ''}`}
                    data-path={r.path}
                  >
                    <div className="console-row-label">
                      {level === 'error' && <ExclamationCircleOutlined className="console-row-icon-error" />}
                      {level === 'warning' && <WarningOutlined className="console-row-icon-warning" />}
                      {r.label}
                    </div>
                    <div className="console-row-value">
                      {r.value ? (
                        <Typography.Text copyable={COPYABLE.test(r.path) ? { text: r.value } : false}>
                          {r.value}
                        </Typography.Text>
                      ) : (
                        <Typography.Text type="secondary">{t('未填写', 'Not filled in')}</Typography.Text>
                      )}
                      {list.length > 0 && <FindingList findings={list} />}
                    </div>
                    <div className="console-row-action">
                      {props.onReason && r.exists && (
                        <Tooltip title={t('为该字段写驳回原因', 'Write a rejection reason for this field')}>
                          <Button size="small" type="link" onClick={() => props.onReason!(r.path)}>
                            {t('驳回此项', 'Reject')}
                          </Button>
                        </Tooltip>
                      )}
                    </div>
                  </div>
                );
              })}
            </div>
          </Card>
        );
      })}
    </Space>
  );
}

/** How many findings of each severity: for queue rows. */
export function FindingCounts({ errors, warnings }: { errors: number; warnings: number }) {
  const t = useT();
  if (!errors && !warnings) return <Tag color="success">{t('无问题', 'Clean')}</Tag>;
  return (
    <Space size={4}>
      {errors > 0 && <Tag color="error">{t(`${errors} 个错误`, `${errors} error(s)`)}</Tag>}
      {warnings > 0 && <Tag color="warning">{t(`${warnings} 个提醒`, `${warnings} warning(s)`)}</Tag>}
    </Space>
  );
}
