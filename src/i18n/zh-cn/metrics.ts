/** 简体中文:metrics 消息。键与 ../en/metrics.ts 一一对应。 */
import type { Messages } from '../en/index.js';

export const metrics: Messages['metrics'] = {
};
