/**
 * English: what the preview says: its toolbar, banner and empty states, and
 * the labels the renderer draws into the picture (`diagram`, passed in by
 * every caller of the renderer; the renderer itself stays free of locales).
 * The English picture names each term with the seed's Chinese beside it, as
 * the bilingual drawing always did; the Chinese picture is Chinese only.
 * Each key here has its twin in ../zh-cn/preview.ts.
 */
import { ENGLISH_UNITS } from '../../model/duration.js';
import { LINE_NAMES, ZONE_NAMES, ZONES, type LineKind, type ZoneKind } from '../../model/types.js';

/** A zone's name along its strip: Chinese and the short English when they fit, else the Chinese alone; the tooltip in full. */
const zoneStrip = (zone: ZoneKind) => {
    const names = ZONE_NAMES[zone];
    return { both: `${names.chinese} ${names.short}`, short: names.chinese, full: `${names.english} · ${names.chinese}` };
};
const lineLabel = (line: LineKind): string => `${LINE_NAMES[line].english}\n${LINE_NAMES[line].chinese}`;

export const preview = {
    /** The overview in the corner of a large picture. */
    minimap: 'Overview of the whole process: click or drag to move the view',
    exported: {
        done: (file: string) => `Exported ${file}`,
        /** A PNG larger than the browser's canvas limit is drawn at a smaller scale. */
        scaled: (file: string, percent: string) => `Exported ${file}, drawn at ${percent} % to stay within the browser's canvas size limit`,
        open: 'Open',
        reveal: 'Reveal in Explorer'
    },
    toolbar: {
        label: 'Preview',
        zoomOut: 'Zoom out (-)',
        zoomIn: 'Zoom in (+)',
        fit: 'Fit',
        fitTitle: 'Fit to window (F)',
        height: 'Height',
        heightTitle: 'Fit the height: readable text, scroll in time (H)',
        width: 'Width',
        widthTitle: 'Fit the width (W)',
        actualSizeTitle: 'Actual size (0)',
        lock: 'Lock',
        locked: 'Locked',
        lockTitle: 'Lock the preview to this file',
        exportSvgTitle: 'Export as SVG',
        exportPngTitle: 'Export as PNG',
        copySvg: 'Copy SVG',
        copySvgTitle: 'Copy the SVG to the clipboard'
    },
    pageTitle: (file: string) => `Preview ${file}`,
    fileLocked: (file: string) => `${file} (locked)`,
    banner: (line: string, message: string) => `Line ${line}: ${message}`,
    bannerKept: (line: string, message: string) => `Line ${line}: ${message} — showing the last valid version`,
    loading: 'Loading…',
    empty: (file: string) => `No blueprint in ${file}`,
    drawFailed: 'The picture could not be drawn.',
    /** A ```blueprint fence in Markdown that does not draw. */
    fence: {
        syntax: (line: string, message: string) => `Blueprint block, line ${line}: ${message}`,
        empty: 'This blueprint block holds no blueprint { … }.',
        unexpected: (found: string) => `unexpected '${found}'`,
        unexpectedEnd: 'the block ends before the blueprint does',
        failed: (message: string) => `This blueprint block could not be drawn: ${message}`
    },
    diagram: {
        /** The letters on the wait, fail point and discretion badges (the legend explains them). */
        badges: { wait: 'W', fail: 'F', discretion: 'D' },
        /** The units of durations the picture computes (those the author wrote are drawn in the author's units). */
        durationUnits: ENGLISH_UNITS,
        /** The title of a lane the author gave neither a title nor a name. */
        laneTitles: Object.fromEntries(ZONES.map(zone => [zone, ZONE_NAMES[zone].english])) as Record<ZoneKind, string>,
        title: (name: string) => `Service blueprint: ${name}`,
        untitled: 'Service blueprint',
        subtitle: (name: string, steps: string, flows: string) => `blueprint ${name} · ${steps} steps · ${flows} flows`,
        zoneStrips: {
            evidence: zoneStrip('evidence'), customer: zoneStrip('customer'), onstage: zoneStrip('onstage'),
            backstage: zoneStrip('backstage'), support: zoneStrip('support')
        },
        /** A line's label; a line break starts its second row. */
        lineLabels: { interaction: lineLabel('interaction'), visibility: lineLabel('visibility'), internal: lineLabel('internal') },
        implied: ' (implied)',
        /** The header cell above the lane titles: what runs left to right. */
        phaseTimeAxis: 'phase · 阶段 / time →',
        timeAxis: 'time · 时间 →',
        /** The title of the evidence lane the picture adds when steps show evidence but no lane holds it. */
        evidenceLane: ZONE_NAMES.evidence.english,
        /** The tooltips of steps, badges and evidence cards. */
        tooltips: {
            note: (text: string) => `note: ${text}`,
            wait: (expected: string) => `wait point: ${expected}`,
            waitTolerated: (expected: string, tolerance: string) => `wait point: ${expected}, tolerated ${tolerance}`,
            fail: (reason: string, recovery: string) => `fail point: ${reason} (${recovery})`,
            recoverByStep: (step: string) => `recover by step ${step}`,
            recoverBy: (text: string) => `recover: ${text}`,
            noRecovery: 'no recovery given',
            discretion: 'discretion: relies on employee judgment',
            evidenceOf: (step: string) => `Evidence of ${step}:`,
            moreEvidence: (count: string) => `+${count} more`
        },
        channels: {
            counter: 'counter', branch: 'branch', onsite: 'on site', atm: 'ATM', kiosk: 'kiosk', pos: 'POS',
            phone: 'phone', web: 'web', app: 'app', mail: 'mail', internal: 'internal'
        },
        none: '—',
        headings: { classification: 'Classification · 服务过程分类', metrics: 'Metrics · 过程指标', key: 'Key · 图例' },
        classification: {
            divergence: 'divergence · 差异程度',
            object: 'object · 作用客体',
            contact: 'contact · 顾客参与',
            approach: 'approach · 设计方法'
        },
        divergence: { standard: 'standard · 标准服务', customized: 'customized · 定制服务' },
        object: {
            'customer-goods': 'customer goods · 顾客物品/权益',
            'company-goods': 'company goods · 公司物品/权益',
            information: 'information · 信息',
            people: 'people · 人'
        },
        contact: {
            none: 'none · 无参与',
            indirect: 'indirect · 间接参与',
            'self-service': 'self-service · 自助服务',
            interactive: 'interactive · 交互服务'
        },
        approach: {
            'production-line': 'production line · 生产线法',
            'customer-cooperation': 'customer cooperation · 顾客合作法',
            'customer-contact': 'customer contact · 顾客接触法'
        },
        metrics: {
            steps: 'steps · 步骤',
            lineCrossings: 'line crossings · 穿越分界线',
            failPoints: 'fail points · 失误点',
            waitPoints: 'wait points · 等待点',
            longestPath: 'longest path · 最长路径',
            customerVisible: 'customer-visible · 顾客可见时间',
            contactRatio: 'contact ratio · 接触率',
            automationShare: 'automation share · 自动化比例'
        },
        /** Zone and line words inside the metric values ("customer 3 · onstage 2"). */
        zones: { evidence: 'evidence', customer: 'customer', onstage: 'onstage', backstage: 'backstage', support: 'support' },
        lines: { interaction: 'interaction', visibility: 'visibility', internal: 'internal' },
        target: (duration: string) => ` (target ${duration})`,
        symbols: {
            handoff: 'hand-off (->) · 单向传递',
            twoWay: 'two-way (<->) · 双向互动',
            step: 'step · 步骤 (time · performer · channel)',
            tech: 'technology step · 技术执行',
            evidence: 'physical evidence · 有形展示',
            fail: 'fail point · 失误点',
            wait: 'wait point · 等待点',
            discretion: 'discretion · 自主决策'
        }
    }
};
