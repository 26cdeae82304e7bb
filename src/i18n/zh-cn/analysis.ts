/** 简体中文:analysis 消息。键与 ../en/analysis.ts 一一对应。 */
import type { Messages } from '../en/index.js';

export const analysis: Messages['analysis'] = {
};
