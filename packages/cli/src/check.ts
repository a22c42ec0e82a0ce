/**
 * `beian check FILE…`: precheck orders from files or stdin (precheck-contract.md, CLI door).
 * One input: the result JSON on stdout. Several inputs (several files, or NDJSON on stdin): one compact JSON
 * per line in the order given, a malformed one as {"error":{…}}. Exit 0: no error-severity violation;
 * 1: at least one; 2: an input is malformed (the highest of them wins).
 */
import { PrecheckInputError, precheck, type PrecheckResult } from '@beian/core';
import { readFile } from 'node:fs/promises';

export type InputError = { code: 'INVALID_INPUT'; message: string; path: string; file: string };
export type Outcome = { file: string; result: PrecheckResult } | { file: string; error: InputError };

export type Io = {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<string>;
};

type Source = { file: string; text: string } | { file: string; error: InputError };

function inputError(file: string, path: string, message: string): InputError {
  return { code: 'INVALID_INPUT', message, path, file };
}

/** Split stdin into documents: one JSON value, or (when that fails) one per non-empty line (NDJSON). */
function stdinSources(text: string): Source[] {
  try {
    JSON.parse(text);
    return [{ file: '-', text }];
  } catch {
    const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
    if (lines.length <= 1) return [{ file: '-', text }];
    return lines.map((line, i) => ({ file: `-:${i + 1}`, text: line }));
  }
}

async function sources(args: readonly string[], io: Io): Promise<Source[]> {
  const out: Source[] = [];
  for (const file of args) {
    if (file === '-') {
      out.push(...stdinSources(await io.readStdin()));
      continue;
    }
    try {
      out.push({ file, text: await readFile(file, 'utf8') });
    } catch (e) {
      const why =
        (e as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : `无法读取（${(e as Error).message}）`;
      out.push({ file, error: inputError(file, '', why) });
    }
  }
  return out;
}

export function checkText(file: string, text: string): Outcome {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { file, error: inputError(file, '', `不是有效的 JSON（${(e as Error).message}）`) };
  }
  try {
    return { file, result: precheck(raw) };
  } catch (e) {
    if (e instanceof PrecheckInputError) return { file, error: inputError(file, e.path, e.message) };
    throw e;
  }
}

const exitOf = (o: Outcome) => ('error' in o ? 2 : o.result.ok ? 0 : 1);

export async function runCheck(args: readonly string[], io: Io): Promise<number> {
  if (args.length === 0) {
    io.stderr('beian check: 请指定要检查的文件（FILE…），或用 - 从标准输入读取\n');
    return 2;
  }
  const outcomes = (await sources(args, io)).map((s) => ('error' in s ? s : checkText(s.file, s.text)));
  const single = outcomes.length === 1;
  for (const o of outcomes) {
    if ('error' in o) {
      const where = o.error.path ? `${o.error.file}: ${o.error.path}` : o.error.file;
      io.stderr(`beian check: ${where}: ${o.error.message.replace(/\s*\n\s*/g, ' ')}\n`);
      if (!single) io.stdout(`${JSON.stringify({ error: o.error })}\n`);
    } else io.stdout(single ? `${JSON.stringify(o.result, null, 2)}\n` : `${JSON.stringify(o.result)}\n`);
  }
  return Math.max(...outcomes.map(exitOf));
}
