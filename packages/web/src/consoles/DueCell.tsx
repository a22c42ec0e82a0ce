/** A due time in China time with the working days left (holidays and 调休 counted); overdue in red. */
import { Space, Tag, Typography } from 'antd';
import { useT } from '../i18n/locale.js';
import { dueOf } from './reuse.js';

export function DueCell({ dueAt, now }: { dueAt: string | null; now?: Date }) {
  const t = useT();
  const due = dueOf(dueAt, now);
  if (!due) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space orientation="vertical" size={0} data-overdue={due.overdue ? 'true' : 'false'}>
      <Typography.Text type={due.overdue ? 'danger' : undefined} strong={due.overdue}>
        {due.at}
      </Typography.Text>
      {due.overdue ? (
        <Tag color="error">{t('已超时', 'Overdue')}</Tag>
      ) : due.workingDaysLeft === 0 ? (
        <Tag color="warning">{t('今日截止', 'Due today')}</Tag>
      ) : (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t(`剩余${due.workingDaysLeft}个工作日`, `${due.workingDaysLeft} working day(s) left`)}
        </Typography.Text>
      )}
    </Space>
  );
}

/** Whether a due time has passed: for highlighting a queue's row. */
export function isOverdue(dueAt: string | null, now: Date = new Date()): boolean {
  return !!dueAt && Date.parse(dueAt) < now.getTime();
}
