/** 管理控制台 (admin console): route shell only; the console is issue 5 item 4. */
import { ConsoleShell } from '../../shell/ConsoleShell.js';

export default function AdminConsole() {
  return (
    <ConsoleShell
      home="/admin"
      nav={[
        { to: '/admin', zh: '管理', en: 'Administration' },
        { to: '/review', zh: '初审队列', en: 'Review queue' },
      ]}
      titleZh="管理控制台"
      titleEn="Administration console"
      plannedZh={[
        '管局规则浏览：31个省份，单位与个人，每条规则附资料出处',
        '域名后缀与注册商名单',
        '服务器类型目录（购买要求、备案服务号数量）',
        '节假日与调休日历',
        '用户与角色',
      ]}
      plannedEn={[
        'Rules browser: 31 provinces, units and individuals, each rule with its seed citation',
        'Approved suffix and registrar lists',
        'Server-type catalogue (purchase conditions, service-number quotas)',
        'Holiday and make-up working-day calendar',
        'Users and roles',
      ]}
    />
  );
}
