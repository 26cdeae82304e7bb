/** 简体中文:preview 消息。键与 ../en/preview.ts 一一对应。 */
import type { Messages } from '../en/index.js';

export const preview: Messages['preview'] = {
    minimap: '整个服务过程的概览:单击或拖动以移动视图',
    exported: {
        done: (file: string) => `已导出 ${file}`,
        scaled: (file: string, percent: string) => `已导出 ${file},为不超出浏览器画布尺寸上限,按 ${percent}% 绘制`,
        open: '打开',
        reveal: '在资源管理器中显示'
    }
};
