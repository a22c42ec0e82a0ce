/** The `beian` command's dispatcher: argv in, exit code out (main.ts wires it to the process). */
import { precheck } from '@beian/core';
import { readFileSync } from 'node:fs';
import { runCheck, type Io } from './check.js';
import { formatResult } from './format.js';
import { runRules } from './rules.js';
import { SAMPLE_ORDER } from './sample-order.js';

const HELP = `beian: Beian (备案) ICP 备案预检工具

用法:
  beian check FILE…        预检备案订单（JSON）；FILE 为 - 时从标准输入读取（可为 NDJSON，每行一个订单）
                           一个订单：输出结果 JSON；多个订单：每行一个结果（NDJSON）
                           退出码 0：无错误；1：有错误级问题；2：输入格式有误
  beian rules [省份] [--scope unit|individual] [--json]
                           列出管局规则及其出处（省份如 BJ、SH，或 platform）
  beian demo               预检一个示例订单，并以中文列出结果
  beian --version          显示版本
`;

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'check':
      return runCheck(rest, io);
    case 'rules':
      return runRules(rest, io);
    case 'demo':
      io.stdout(`示例订单：${SAMPLE_ORDER.subject.name}（北京，企业，首次备案）\n\n`);
      io.stdout(formatResult(precheck(SAMPLE_ORDER)));
      io.stdout('\n用 beian check FILE 预检你自己的订单；beian --help 查看全部命令。\n');
      return 0;
    case '--version':
    case '-v': {
      const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
        version: string;
      };
      io.stdout(`${pkg.version}\n`);
      return 0;
    }
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      io.stdout(HELP);
      return 0;
    default:
      io.stderr(`beian: 未知命令 ${command}\n\n${HELP}`);
      return 2;
  }
}
