/**
 * 简体中文消息目录。类型为 `Messages`(../en/index.ts 的形状):缺少的键是编译错误。
 * 分节与英文目录相同,每节一个文件。
 */
import type { Messages } from '../en/index.js';
import { analysis } from './analysis.js';
import { cli } from './cli.js';
import { core } from './core.js';
import { editor } from './editor.js';
import { extension } from './extension.js';
import { metrics } from './metrics.js';
import { preview } from './preview.js';
import { rules } from './rules.js';
import { syntax } from './syntax.js';

export const zhCn: Messages = { ...core, rules, syntax, editor, metrics, cli, extension, preview, analysis };
