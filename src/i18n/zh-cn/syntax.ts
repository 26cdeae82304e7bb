/** 简体中文:syntax 消息。键与 ../en/syntax.ts 一一对应。 */
import type { Messages } from '../en/index.js';

export const syntax: Messages['syntax'] = {
};
