/** 简体中文:editor 消息。键与 ../en/editor.ts 一一对应。 */
import type { Messages } from '../en/index.js';

export const editor: Messages['editor'] = {
};
