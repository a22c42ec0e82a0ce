/** 提交: the order at a glance, what is still wrong, the steps after submission, and the confirmation. */
import { FILING_TYPES, STEPS, type FilingType, type PrecheckResult } from '@beian/core';
import { Alert, Card, Checkbox, Descriptions, Steps, Typography } from 'antd';
import type { OrderData } from '../../../api/types.js';
import { useT, useTerm } from '../../../i18n/locale.js';
import type { Finding } from './findings.js';
import { FindingList } from './FindingList.js';

export function SubmitStep(props: {
  data: OrderData;
  result: PrecheckResult | undefined;
  filingType: string | null | undefined;
  errors: readonly Finding[];
  confirmed: boolean;
  onConfirm: (v: boolean) => void;
}) {
  const t = useT();
  const term = useTerm();
  const s = props.data.subject;
  const type = props.filingType ?? props.result?.filingType;
  return (
    <>
      {props.errors.length > 0 ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t(
            `还有${props.errors.length}个问题需要修改后才能提交`,
            `${props.errors.length} problem(s) to fix before submitting`,
          )}
          description={<FindingList findings={props.errors} />}
          data-testid="submit-errors"
        />
      ) : (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('预检通过：可以提交初审', 'Precheck passed: ready to submit')}
        />
      )}
      <Card title={t('备案信息确认', 'Review your filing')}>
        <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
          <Descriptions.Item label={t('备案类型', 'Filing type')}>
            {type && type in FILING_TYPES ? term(FILING_TYPES[type as FilingType]) : '—'}
          </Descriptions.Item>
          <Descriptions.Item
            label={s.nature === 'individual' ? t('姓名', 'Name') : t('主办单位名称', 'Unit name')}
          >
            {s.name || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('主体负责人', 'Subject leader')}>
            {s.leader.name || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('联系方式1', 'Mobile')}>{s.leader.mobile || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('通信地址', 'Mailing address')} span={2}>
            {s.mailingAddress.text || '—'}
          </Descriptions.Item>
          {props.data.websites.map((w, i) => (
            <Descriptions.Item key={i} label={`${t('网站', 'Website')}${i + 1}`} span={2}>
              {w.name || '—'} · {w.domains.filter(Boolean).join('、') || '—'} ·{' '}
              {w.leader === 'subject_leader' ? t('同主体负责人', 'same leader') : w.leader.name} ·{' '}
              {w.access?.serviceNumber || t('未填备案服务号', 'no service number')}
            </Descriptions.Item>
          ))}
        </Descriptions>
      </Card>
      {props.result && props.result.steps.length > 0 && (
        <Card title={t('提交后的步骤', 'What happens after you submit')} style={{ marginTop: 16 }}>
          <Steps
            size="small"
            current={-1}
            items={props.result.steps.map((code) => ({ title: term(STEPS[code]) }))}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t(
              '提交后1个工作日内完成初审，审核员会致电联系方式1核实，请保持电话畅通。',
              'The initial review takes up to 1 working day; the reviewer calls the leader’s mobile number.',
            )}
          </Typography.Paragraph>
        </Card>
      )}
      <Checkbox
        style={{ marginTop: 16 }}
        checked={props.confirmed}
        onChange={(e) => props.onConfirm(e.target.checked)}
        id="f-confirm"
      >
        {t(
          '我确认所填信息真实、准确、完整，并同意由本平台提交管局审核。',
          'I confirm the information is true, accurate and complete, and agree to its submission to the bureau.',
        )}
      </Checkbox>
    </>
  );
}
