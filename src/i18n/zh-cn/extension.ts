/** 简体中文:extension 消息。键与 ../en/extension.ts 一一对应。 */
import type { Messages } from '../en/index.js';

export const extension: Messages['extension'] = {
};
