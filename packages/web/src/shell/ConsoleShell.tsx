/**
 * The route shell of a staff console that is not built yet: its navigation and a page that says what will be
 * there. The consoles are their own chunks, so applicants never download them.
 */
import { Card, Result, Typography } from 'antd';
import { useLang, useT } from '../i18n/locale.js';
import { AppLayout, type NavItem } from './AppLayout.js';

export function ConsoleShell(props: {
  home: string;
  nav: readonly NavItem[];
  titleZh: string;
  titleEn: string;
  plannedZh: readonly string[];
  plannedEn: readonly string[];
}) {
  const t = useT();
  const { lang } = useLang();
  const planned = lang === 'en' ? props.plannedEn : props.plannedZh;
  return (
    <AppLayout nav={props.nav} home={props.home}>
      <Card>
        <Result
          status="info"
          title={t(props.titleZh, props.titleEn)}
          subTitle={t('该控制台正在建设中，将提供：', 'This console is being built. It will offer:')}
        />
        <Typography>
          <ul>
            {planned.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </Typography>
      </Card>
    </AppLayout>
  );
}
