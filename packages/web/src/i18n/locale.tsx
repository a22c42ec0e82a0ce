/**
 * The UI language: Chinese by default, English on request, remembered in this browser. Text is written as
 * pairs, `t('登录', 'Log in')`, so the Chinese stays first and beside its English; glossary terms come from
 * @beian/core with both names.
 */
import type { Term } from '@beian/core';
import { ConfigProvider, App as AntApp } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

export type Lang = 'zh' | 'en';

const STORAGE_KEY = 'beian.lang';

type LangState = { lang: Lang; setLang: (lang: Lang) => void };

const LangContext = createContext<LangState>({ lang: 'zh', setLang: () => undefined });

function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

dayjs.locale(storedLang() === 'en' ? 'en' : 'zh-cn');

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(storedLang);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts for this page only
    }
  }, []);
  useEffect(() => {
    dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  }, [lang]);
  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return (
    <LangContext.Provider value={value}>
      <ConfigProvider locale={lang === 'en' ? enUS : zhCN} theme={{ token: { borderRadius: 6 } }}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </LangContext.Provider>
  );
}

export function useLang(): LangState {
  return useContext(LangContext);
}

/** `t(zh, en)`: the text in the current language. */
export function useT(): (zh: string, en: string) => string {
  const { lang } = useLang();
  return useCallback((zh: string, en: string) => (lang === 'en' ? en : zh), [lang]);
}

/** A glossary term (NATURES.enterprise, ORDER_STATES.draft …) in the current language. */
export function useTerm(): (term: Term) => string {
  const { lang } = useLang();
  return useCallback((term: Term) => (lang === 'en' ? term.en : term.zh), [lang]);
}
