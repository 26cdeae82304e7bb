/** 简体中文:rules 消息。键与 ../en/rules.ts 一一对应。 */
import type { Messages } from '../en/index.js';

export const rules: Messages['rules'] = {
};
