/** 当前步骤截止时间 with the working days left. */
import { Typography } from 'antd';
import { useT } from '../../../i18n/locale.js';
import { dueOf } from './due-time.js';

export function DueTime({ dueAt }: { dueAt: string | null }) {
  const t = useT();
  const due = dueOf(dueAt);
  if (!due) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <span>
      {due.at}
      <Typography.Text type={due.overdue ? 'danger' : 'secondary'} style={{ marginLeft: 6 }}>
        {due.overdue
          ? t('（已到截止时间）', '(due time passed)')
          : due.workingDaysLeft === 0
            ? t('（今日截止）', '(due today)')
            : t(`（剩余${due.workingDaysLeft}个工作日）`, `(${due.workingDaysLeft} working day(s) left)`)}
      </Typography.Text>
    </span>
  );
}
