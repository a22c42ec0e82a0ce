/** 网站底部悬挂备案号: the number found in a home page's HTML, tolerant of how pages write it, and where it sits. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { findFooterNumber, normalizeIcpText, visibleText } from '../../src/site-check/footer-number.js';

const NUMBER = '沪ICP备26000123号-2';
const filler = (n: number) => `<p>${'本站提供读书笔记与学习心得的分享。'.repeat(n)}</p>`;
const page = (body: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>首页</title><style>.x{}</style></head><body>${body}</body></html>`;

test('the website number in a <footer>, linked to beian.miit.gov.cn', () => {
  const html = page(
    `${filler(20)}<footer><a href="https://beian.miit.gov.cn/" target="_blank">${NUMBER}</a> ©2026</footer>`,
  );
  assert.deepEqual(findFooterNumber(html, NUMBER), { shown: 'website', text: NUMBER, atBottom: true });
});

test('written loosely: full-width letters and digits, &nbsp;, spaces, dashes, split by tags, lower case', () => {
  for (const written of [
    '沪ＩＣＰ备２６０００１２３号－２',
    '沪ICP备&nbsp;26000123&nbsp;号&nbsp;-&nbsp;2',
    '沪 ICP 备 26000123 号 — 2',
    '沪ICP备<span>26000123</span>号<b>-2</b>',
    '沪icp备26000123号&#x2D;2',
    '沪ICP备26000123号&#65293;2',
    '沪ICP备26000123-2号',
    '沪ICP备\u200b26000123号\u3000-2',
  ]) {
    const found = findFooterNumber(page(`${filler(10)}<div class="site-footer">${written}</div>`), NUMBER);
    assert.equal(found.shown, 'website', written);
    assert.equal(found.atBottom, true, written);
  }
});

test("the subject's number alone counts; another website's number of the subject does not", () => {
  const subject = findFooterNumber(page(`${filler(5)}<footer>沪ICP备26000123号</footer>`), NUMBER);
  assert.equal(subject.shown, 'subject');
  assert.equal(subject.text, '沪ICP备26000123号');
  const other = findFooterNumber(page(`${filler(5)}<footer>沪ICP备26000123号-12</footer>`), NUMBER);
  assert.equal(other.shown, 'other_website', '-12 is not -2');
  assert.equal(other.text, '沪ICP备26000123号-12');
  const longer = findFooterNumber(page(`${filler(5)}<footer>沪ICP备260001234号-2</footer>`), NUMBER);
  assert.equal(longer.shown, 'none', 'a longer sequence is another subject');
  const elsewhere = findFooterNumber(page(`${filler(5)}<footer>京ICP备26000123号-2</footer>`), NUMBER);
  assert.equal(elsewhere.shown, 'none', 'another province');
  // the best one wins: the website's number beside the subject's
  const both = findFooterNumber(
    page(`<header>沪ICP备26000123号</header>${filler(5)}<footer>${NUMBER}</footer>`),
    NUMBER,
  );
  assert.deepEqual(both, { shown: 'website', text: NUMBER, atBottom: true });
});

test('at the bottom: in a footer element or in the last part of the text; not at the top of a long page', () => {
  const top = findFooterNumber(page(`<header>${NUMBER}</header>${filler(30)}`), NUMBER);
  assert.deepEqual(top, { shown: 'website', text: NUMBER, atBottom: false });
  const last = findFooterNumber(page(`${filler(30)}<div><p>联系我们</p><p>${NUMBER}</p></div>`), NUMBER);
  assert.equal(last.atBottom, true, 'no footer element, but the last words of the page');
  const byId = findFooterNumber(page(`<div id="bottom">${NUMBER}</div>${filler(3)}`), NUMBER);
  assert.equal(byId.atBottom, true, 'an element named bottom, even with text after it');
  const closed = findFooterNumber(page(`<footer>版权所有</footer><div>${NUMBER}</div>${filler(30)}`), NUMBER);
  assert.equal(closed.atBottom, false, 'after the footer element closed');
  const unclosedP = findFooterNumber(
    page(`<div class="copyright"><p>版权所有<p>${NUMBER}</div>${filler(30)}`),
    NUMBER,
  );
  assert.equal(unclosedP.atBottom, true, 'unclosed <p> inside the footer element');
});

test('not seen: in a script, a style, a comment, an attribute only, or missing', () => {
  for (const body of [
    `${filler(3)}<script>document.write('${NUMBER}')</script>`,
    `${filler(3)}<!-- ${NUMBER} -->`,
    `${filler(3)}<style>/* ${NUMBER} */</style>`,
    `${filler(3)}<a title="${NUMBER}" href="https://beian.miit.gov.cn/">备案信息</a>`,
    `${filler(3)}<footer>版权所有 © 2026</footer>`,
    '',
  ])
    assert.deepEqual(
      findFooterNumber(page(body), NUMBER),
      { shown: 'none', text: null, atBottom: false },
      body,
    );
});

test('a malformed page or number does not throw', () => {
  assert.equal(findFooterNumber('<div><footer>沪ICP备26000123号-2', NUMBER).shown, 'website');
  assert.equal(findFooterNumber('<script>never closed 沪ICP备26000123号-2', NUMBER).shown, 'none');
  assert.equal(findFooterNumber(page(NUMBER), 'not a number').shown, 'none');
  assert.equal(normalizeIcpText(' 京ＩＣＰ备\u00a012号\u3000－１ '), '京ICP备12号-1');
  fc.assert(
    fc.property(fc.string({ maxLength: 300 }), (s) => {
      const found = findFooterNumber(s, NUMBER);
      const { text, inFooter } = visibleText(s);
      return (
        ['website', 'subject', 'other_website', 'none'].includes(found.shown) &&
        text.length === inFooter.length
      );
    }),
  );
});

test('the number survives any HTML wrapped around it and any spacing inside it', () => {
  const pad = fc.constantFrom('', ' ', '&nbsp;', '\u3000', '<span>', '</span>', '<br>', '\n');
  fc.assert(
    fc.property(fc.array(pad, { minLength: 6, maxLength: 6 }), (p) => {
      const written = `沪${p[0]}ICP${p[1]}备${p[2]}26000123${p[3]}号${p[4]}-${p[5]}2`;
      return findFooterNumber(page(`${filler(5)}<footer>${written}</footer>`), NUMBER).shown === 'website';
    }),
  );
});
