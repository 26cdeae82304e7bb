/** 简体中文:cli 消息。键与 ../en/cli.ts 一一对应。 */
import type { Messages } from '../en/index.js';

export const cli: Messages['cli'] = {
};
