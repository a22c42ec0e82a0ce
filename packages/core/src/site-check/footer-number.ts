/**
 * 网站底部悬挂备案号: does a home page show its ICP number at the bottom? Pure: it reads the HTML as text (no
 * DOM, no script is run), so a number written by JavaScript is not seen — the check says so in its message.
 *
 * How the page is read:
 * - the visible text: tags, comments, <script>, <style>, <template> and <noscript> removed; entities decoded
 *   (&nbsp;, &#65293;, &#xFF0D; …); full-width forms folded (ＩＣＰ → ICP, １２ → 12, －, —, – → -); all whitespace
 *   (spaces, NBSP, the ideographic space) and zero-width characters dropped; Latin letters upper-cased. So
 *   `京ＩＣＰ备 26000001 号－1` and `京ICP备<span>26000001</span>号&nbsp;-&nbsp;1` both read `京ICP备26000001号-1`;
 * - the number: the subject part (`京ICP备26000001`) then what follows it: `号`, `-N`, both orders
 *   (`…号-1`, `…-1号`) — the website's own number (`-N` = this website), the subject's number alone (no `-N`,
 *   decisions: accepted, it is the subject's real number), or another website's number of the same subject
 *   (`-M`: not this website's, 与实际备案号不一致);
 * - the bottom (网站下方 / 最下方): inside a <footer> element or an element whose id or class names a footer
 *   (footer, foot, bottom, copyright), or in the last 30% of the page's visible text.
 */

export type ShownNumber = 'website' | 'subject' | 'other_website' | 'none';

export type FooterNumberFinding = {
  /** Which number the page shows, the best one found: this website's, the subject's alone, another website's. */
  readonly shown: ShownNumber;
  /** The number as found (normalized), or null. */
  readonly text: string | null;
  /** Whether that number sits at the bottom of the page. */
  readonly atBottom: boolean;
};

/** How much of the page's text, from its end, counts as its bottom when no footer element holds the number. */
export const BOTTOM_SHARE = 0.3;

const DASHES = /[\u2010-\u2015\u2212\u2E3A\u2E3B\u30FC\uFE58\uFE63\uFF0D]/g;
const INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF]/g;

/** The text as the matcher compares it: NFKC, dashes unified, whitespace and zero-width removed, upper case. */
export function normalizeIcpText(s: string): string {
  return s.normalize('NFKC').replace(DASHES, '-').replace(INVISIBLE, '').toUpperCase();
}

const NAMED: Record<string, string> = {
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  hyphen: '-',
  dash: '-',
  minus: '-',
  ndash: '-',
  mdash: '-',
  copy: '©',
  middot: '·',
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (all, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return NAMED[body.toLowerCase()] ?? all;
  });
}

const VOID = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]); // prettier-ignore

const FOOTER_ATTR = /\b(?:id|class)\s*=\s*["']?[^"'>]*(?:foot|bottom|copyright)/i;

/** The page's visible text (normalized) and, per character, whether it sits in a footer element. */
export function visibleText(html: string): { text: string; inFooter: boolean[] } {
  const token =
    /<!--[\s\S]*?(?:-->|$)|<(script|style|template|noscript)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)|<\/?([a-zA-Z][\w:-]*)([^>]*)>|<![^>]*>/g;
  const stack: Array<{ name: string; footer: boolean }> = [];
  let footerDepth = 0;
  let text = '';
  const inFooter: boolean[] = [];
  let last = 0;
  const addText = (raw: string) => {
    const t = normalizeIcpText(decodeEntities(raw));
    text += t;
    for (let i = 0; i < t.length; i++) inFooter.push(footerDepth > 0);
  };
  for (let m = token.exec(html); m; m = token.exec(html)) {
    addText(html.slice(last, m.index));
    last = token.lastIndex;
    const name = m[2]?.toLowerCase();
    if (!name) continue;
    if (m[0][1] === '/') {
      const at = stack.map((e) => e.name).lastIndexOf(name);
      if (at < 0) continue;
      for (const e of stack.splice(at)) if (e.footer) footerDepth--;
      continue;
    }
    if (VOID.has(name) || /\/\s*$/.test(m[3] ?? '')) continue;
    const footer = name === 'footer' || FOOTER_ATTR.test(m[3] ?? '');
    stack.push({ name, footer });
    if (footer) footerDepth++;
  }
  addText(html.slice(last));
  return { text, inFooter };
}

const RANK: Record<ShownNumber, number> = { website: 0, subject: 1, other_website: 2, none: 3 };

/**
 * Where `html` shows the website's ICP number `websiteIcpNumber` (`京ICP备26000001号-1`); a subject number
 * (`京ICP备26000001号`) looks for that subject's number alone.
 */
export function findFooterNumber(html: string, websiteIcpNumber: string): FooterNumberFinding {
  const wanted = /^(.+?)号(?:-(\d+))?$/.exec(normalizeIcpText(websiteIcpNumber));
  if (!wanted) return { shown: 'none', text: null, atBottom: false };
  const stem = wanted[1]!; // 京ICP备26000001
  const suffix = wanted[2] ? Number(wanted[2]) : null;
  const { text, inFooter } = visibleText(html);
  const bottomFrom = Math.floor(text.length * (1 - BOTTOM_SHARE));
  let best: FooterNumberFinding = { shown: 'none', text: null, atBottom: false };
  const after = /^(?:号)?(?:-(\d+))?(号)?/;
  for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) {
    const end = at + stem.length;
    if (/\d/.test(text[end] ?? '')) continue; // 京ICP备260000012 is another subject
    const tail = after.exec(text.slice(end))!;
    const n = tail[1] ? Number(tail[1]) : null;
    const shown: ShownNumber = n === null ? 'subject' : n === suffix ? 'website' : 'other_website';
    const found = text.slice(at, end + tail[0].length);
    const atBottom = inFooter[at] === true || at >= bottomFrom;
    const better =
      RANK[shown] < RANK[best.shown] || (RANK[shown] === RANK[best.shown] && atBottom && !best.atBottom);
    if (better) best = { shown, text: found, atBottom };
  }
  return best;
}
