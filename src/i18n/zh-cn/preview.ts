/** 简体中文:preview 消息。键与 ../en/preview.ts 一一对应。 */
import type { Messages } from '../en/index.js';

export const preview: Messages['preview'] = {
};
