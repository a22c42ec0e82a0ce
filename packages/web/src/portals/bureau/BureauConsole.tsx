/** 管局控制台 (bureau simulator console): route shell only; the console is issue 5 item 4. */
import { ConsoleShell } from '../../shell/ConsoleShell.js';

export default function BureauConsole() {
  return (
    <ConsoleShell
      home="/bureau"
      nav={[{ to: '/bureau', zh: '管局审核', en: 'Bureau review' }]}
      titleZh="管局控制台（模拟）"
      titleEn="Bureau console (simulator)"
      plannedZh={[
        '管局审核中的订单（3–20个工作日）',
        '审核通过并分配 ICP 备案号，或驳回并写明原因',
        '短信核验情况',
      ]}
      plannedEn={[
        'Orders under bureau review (3–20 working days)',
        'Approve with an ICP number, or reject with reasons',
        'SMS verification status',
      ]}
    />
  );
}
