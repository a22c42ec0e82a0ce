/** 中文 / English, remembered in this browser. */
import { Segmented } from 'antd';
import { useLang, type Lang } from '../i18n/locale.js';

export function LangSwitch() {
  const { lang, setLang } = useLang();
  return (
    <Segmented<Lang>
      size="small"
      aria-label="语言 / Language"
      value={lang}
      onChange={setLang}
      options={[
        { label: '中文', value: 'zh' },
        { label: 'EN', value: 'en' },
      ]}
    />
  );
}
