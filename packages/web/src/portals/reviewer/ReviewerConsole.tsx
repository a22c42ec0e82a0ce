/** 初审控制台 (reviewer console): route shell only; the console is issue 5 item 3. */
import { ConsoleShell } from '../../shell/ConsoleShell.js';

export default function ReviewerConsole() {
  return (
    <ConsoleShell
      home="/review"
      nav={[{ to: '/review', zh: '初审队列', en: 'Review queue' }]}
      titleZh="初审控制台"
      titleEn="Initial review console"
      plannedZh={[
        '按截止时间排序的初审队列（1个工作日）',
        '订单详情：每个字段旁显示预检问题，资料查看（缩放、旋转）',
        '电话核实记录，约1小时后再次致电，无法联系时驳回',
        '初审通过，或逐字段填写驳回原因',
        '幕布照片审核，提交管局',
      ]}
      plannedEn={[
        'The initial-review queue ordered by deadline (1 working day)',
        'Order detail with every precheck finding beside its field, and the materials viewer (zoom, rotate)',
        'Call log: a second call about an hour later, rejection when unreachable',
        'Approve, or reject with a reason per field',
        'Curtain-photo review and push to the bureau',
      ]}
    />
  );
}
