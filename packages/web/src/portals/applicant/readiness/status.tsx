/** One line of a readiness check: its status (icon and word, never colour alone), what it is about, the reason. */
import {
  CheckCircleFilled,
  CloseCircleFilled,
  ExclamationCircleFilled,
  InfoCircleFilled,
  QuestionCircleFilled,
} from '@ant-design/icons';
import type { ReadinessStatus } from '@beian/core';
import { Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../../i18n/locale.js';

export const STATUS: Record<ReadinessStatus, { zh: string; en: string; color: string; icon: ReactNode }> = {
  pass: { zh: '通过', en: 'OK', color: 'success', icon: <CheckCircleFilled /> },
  fail: { zh: '不通过', en: 'Fix first', color: 'error', icon: <CloseCircleFilled /> },
  warn: { zh: '需注意', en: 'Attention', color: 'warning', icon: <ExclamationCircleFilled /> },
  info: { zh: '请核对', en: 'Check', color: 'processing', icon: <InfoCircleFilled /> },
  unknown: { zh: '未检查', en: 'Not checked', color: 'default', icon: <QuestionCircleFilled /> },
};

export function StatusTag({ status }: { status: ReadinessStatus }) {
  const t = useT();
  const s = STATUS[status];
  return (
    <Tag color={s.color} icon={s.icon} className="readiness-status">
      {t(s.zh, s.en)}
    </Tag>
  );
}

/** A row: status, label, reason (and its citation). */
export function CheckRow(props: {
  status: ReadinessStatus;
  label: ReactNode;
  children: ReactNode;
  citation?: string | undefined;
  testId?: string;
}) {
  const t = useT();
  return (
    <div
      className={`readiness-row readiness-${props.status}`}
      data-testid={props.testId}
      data-status={props.status}
    >
      <div className="readiness-row-head">
        <StatusTag status={props.status} />
        <Typography.Text strong>{props.label}</Typography.Text>
      </div>
      <div className="readiness-row-body">
        <Typography.Text>{props.children}</Typography.Text>
        {props.citation && (
          <span className="finding-citation">
            {t('依据', 'Source')}：{props.citation}
          </span>
        )}
      </div>
    </div>
  );
}
