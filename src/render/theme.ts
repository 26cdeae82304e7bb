/**
 * Colours of the rendered blueprint. Every colour goes through a CSS custom
 * property (`--bp-…`) so the webview can map them to VS Code's theme; the
 * chosen theme's values are the defaults inside the SVG.
 */
import { ZONES } from '../model/types.js';
import { FONTS } from './dimensions.js';
import type { Font } from './text.js';

/** VS Code's four theme kinds (body classes vscode-light, vscode-dark, vscode-high-contrast, vscode-high-contrast-light). */
export const THEME_KINDS = ['light', 'dark', 'high-contrast', 'high-contrast-light'] as const;
export type ThemeKind = (typeof THEME_KINDS)[number];

/** The colour roles, without the `--bp-` prefix. */
const ROLES = [
    'bg', 'fg', 'muted', 'title', 'lane-border',
    'lane-evidence', 'lane-customer', 'lane-onstage', 'lane-backstage', 'lane-support',
    'zone-evidence', 'zone-customer', 'zone-onstage', 'zone-backstage', 'zone-support', 'zone-fg',
    'line-interaction', 'line-visibility', 'line-internal', 'line-label',
    'phase-bg', 'phase-border', 'phase-fg', 'phase-shade',
    'step-bg', 'step-border', 'step-fg', 'step-meta', 'step-tech-bg', 'step-tech-border',
    'evidence-bg', 'evidence-border', 'evidence-fg',
    'edge', 'edge-label',
    'fail', 'fail-fg', 'wait', 'wait-fg', 'discretion', 'discretion-fg',
    'legend-bg', 'legend-border', 'highlight'
] as const;
export type ColorRole = (typeof ROLES)[number];

type Palette = Record<ColorRole, string>;

const LIGHT: Palette = {
    'bg': '#ffffff', 'fg': '#1f2328', 'muted': '#57606a', 'title': '#0b1f33', 'lane-border': '#d0d7de',
    'lane-evidence': '#f7f3ea', 'lane-customer': '#eef5ff', 'lane-onstage': '#eefaf2', 'lane-backstage': '#fdf7ea', 'lane-support': '#f5f1fc',
    'zone-evidence': '#8a6d3b', 'zone-customer': '#1f6feb', 'zone-onstage': '#1a7f37', 'zone-backstage': '#9a6700', 'zone-support': '#6639ba', 'zone-fg': '#ffffff',
    'line-interaction': '#24292f', 'line-visibility': '#24292f', 'line-internal': '#24292f', 'line-label': '#424a53',
    'phase-bg': '#e7edf5', 'phase-border': '#b6c2cf', 'phase-fg': '#1f2328', 'phase-shade': 'rgba(31,35,40,0.035)',
    'step-bg': '#ffffff', 'step-border': '#8c959f', 'step-fg': '#1f2328', 'step-meta': '#57606a', 'step-tech-bg': '#eef1f6', 'step-tech-border': '#57606a',
    'evidence-bg': '#fffaf0', 'evidence-border': '#d4a72c', 'evidence-fg': '#4d3800',
    'edge': '#4b5562', 'edge-label': '#24292f',
    'fail': '#cf222e', 'fail-fg': '#ffffff', 'wait': '#8a5c00', 'wait-fg': '#ffffff', 'discretion': '#6e7781', 'discretion-fg': '#ffffff',
    'legend-bg': '#f6f8fa', 'legend-border': '#d0d7de', 'highlight': '#c45500'
};

const DARK: Palette = {
    'bg': '#1e1e1e', 'fg': '#d4d4d4', 'muted': '#9da5b4', 'title': '#e6edf3', 'lane-border': '#3c3f44',
    'lane-evidence': '#2a2722', 'lane-customer': '#1b2838', 'lane-onstage': '#1c2b22', 'lane-backstage': '#2e291c', 'lane-support': '#282435',
    'zone-evidence': '#c9a05b', 'zone-customer': '#4c8ee6', 'zone-onstage': '#3a9a50', 'zone-backstage': '#c08a1e', 'zone-support': '#9570e0', 'zone-fg': '#111111',
    'line-interaction': '#e6edf3', 'line-visibility': '#e6edf3', 'line-internal': '#e6edf3', 'line-label': '#c9d1d9',
    'phase-bg': '#2d333b', 'phase-border': '#444c56', 'phase-fg': '#e6edf3', 'phase-shade': 'rgba(255,255,255,0.035)',
    'step-bg': '#2d2d30', 'step-border': '#6e7681', 'step-fg': '#e6edf3', 'step-meta': '#9da5b4', 'step-tech-bg': '#25303d', 'step-tech-border': '#8b949e',
    'evidence-bg': '#2f2a1f', 'evidence-border': '#9e7a2a', 'evidence-fg': '#e3c98a',
    'edge': '#a0a8b3', 'edge-label': '#d4d4d4',
    'fail': '#f85149', 'fail-fg': '#1e1e1e', 'wait': '#d29922', 'wait-fg': '#1e1e1e', 'discretion': '#8b949e', 'discretion-fg': '#1e1e1e',
    'legend-bg': '#252526', 'legend-border': '#3c3f44', 'highlight': '#ffb74d'
};

/** After VS Code's dark high-contrast theme: black ground, white text, cyan borders, orange focus. */
const HIGH_CONTRAST: Palette = {
    'bg': '#000000', 'fg': '#ffffff', 'muted': '#ffffff', 'title': '#ffffff', 'lane-border': '#6fc3df',
    'lane-evidence': '#000000', 'lane-customer': '#000000', 'lane-onstage': '#000000', 'lane-backstage': '#000000', 'lane-support': '#000000',
    'zone-evidence': '#ffd700', 'zone-customer': '#6fc3df', 'zone-onstage': '#89d185', 'zone-backstage': '#f38518', 'zone-support': '#c586c0', 'zone-fg': '#000000',
    'line-interaction': '#ffffff', 'line-visibility': '#ffffff', 'line-internal': '#ffffff', 'line-label': '#ffffff',
    'phase-bg': '#000000', 'phase-border': '#6fc3df', 'phase-fg': '#ffffff', 'phase-shade': 'rgba(255,255,255,0.06)',
    'step-bg': '#000000', 'step-border': '#ffffff', 'step-fg': '#ffffff', 'step-meta': '#ffffff', 'step-tech-bg': '#000000', 'step-tech-border': '#6fc3df',
    'evidence-bg': '#000000', 'evidence-border': '#ffd700', 'evidence-fg': '#ffffff',
    'edge': '#ffffff', 'edge-label': '#ffffff',
    'fail': '#ff4d4d', 'fail-fg': '#000000', 'wait': '#ffd700', 'wait-fg': '#000000', 'discretion': '#ffffff', 'discretion-fg': '#000000',
    'legend-bg': '#000000', 'legend-border': '#6fc3df', 'highlight': '#f38518'
};

/** After VS Code's light high-contrast theme: white ground, black text, dark blue borders, blue focus. */
const HIGH_CONTRAST_LIGHT: Palette = {
    'bg': '#ffffff', 'fg': '#000000', 'muted': '#292929', 'title': '#000000', 'lane-border': '#0f4a85',
    'lane-evidence': '#ffffff', 'lane-customer': '#ffffff', 'lane-onstage': '#ffffff', 'lane-backstage': '#ffffff', 'lane-support': '#ffffff',
    'zone-evidence': '#6b4a00', 'zone-customer': '#0f4a85', 'zone-onstage': '#1b5e20', 'zone-backstage': '#8a3b00', 'zone-support': '#5c2d91', 'zone-fg': '#ffffff',
    'line-interaction': '#000000', 'line-visibility': '#000000', 'line-internal': '#000000', 'line-label': '#000000',
    'phase-bg': '#ffffff', 'phase-border': '#0f4a85', 'phase-fg': '#000000', 'phase-shade': 'rgba(15,74,133,0.06)',
    'step-bg': '#ffffff', 'step-border': '#292929', 'step-fg': '#000000', 'step-meta': '#292929', 'step-tech-bg': '#ffffff', 'step-tech-border': '#0f4a85',
    'evidence-bg': '#ffffff', 'evidence-border': '#6b4a00', 'evidence-fg': '#000000',
    'edge': '#000000', 'edge-label': '#000000',
    'fail': '#b5200d', 'fail-fg': '#ffffff', 'wait': '#6b4a00', 'wait-fg': '#ffffff', 'discretion': '#292929', 'discretion-fg': '#ffffff',
    'legend-bg': '#ffffff', 'legend-border': '#0f4a85', 'highlight': '#006bbd'
};

const PALETTES: Record<ThemeKind, Palette> = { 'light': LIGHT, 'dark': DARK, 'high-contrast': HIGH_CONTRAST, 'high-contrast-light': HIGH_CONTRAST_LIGHT };

/** A palette's colour for a role (for checks such as the contrast test). */
export function paletteColor(theme: ThemeKind, role: ColorRole): string {
    return (PALETTES[theme] ?? LIGHT)[role];
}

const LANES = ZONES.map((zone): ColorRole => `lane-${zone}`);

/**
 * Every text colour the style sheet uses, with the grounds that text is drawn
 * on (`over` composites a translucent layer on them): lane titles, line labels
 * and flow labels lie on the lanes (and the alternate phases' shade), box text
 * on its box, badge letters on their badge. The contrast test checks each pair.
 */
export const TEXT_GROUNDS: Readonly<Record<string, ReadonlyArray<ColorRole | { ground: ColorRole; over: ColorRole }>>> = {
    'fg': ['bg', 'legend-bg', ...LANES],
    'title': ['bg'],
    'muted': ['bg', 'legend-bg', 'phase-bg'],
    'zone-fg': ZONES.map((zone): ColorRole => `zone-${zone}`),
    'line-label': [...LANES],
    'phase-fg': ['phase-bg'],
    'step-fg': ['step-bg', 'step-tech-bg'],
    'step-meta': ['step-bg', 'step-tech-bg'],
    'evidence-fg': ['evidence-bg'],
    'edge-label': [...LANES, ...LANES.map((lane): { ground: ColorRole; over: ColorRole } => ({ ground: lane, over: 'phase-shade' }))],
    'fail-fg': ['fail'],
    'wait-fg': ['wait'],
    'discretion-fg': ['discretion']
};

/** Drawn marks that carry meaning (flows, arrowheads, the three lines) and their grounds, for the 3:1 non-text contrast check. */
export const MARK_GROUNDS: Readonly<Record<string, readonly ColorRole[]>> = {
    'edge': ['legend-bg', ...LANES],
    'line-interaction': ['legend-bg', ...LANES],
    'line-visibility': ['legend-bg', ...LANES],
    'line-internal': ['legend-bg', ...LANES],
    'highlight': ['step-bg', ...LANES]
};

/** The theme's colours as CSS custom properties, e.g. `{ '--bp-bg': '#ffffff', … }`, for the webview to reuse. */
export function themeVariables(theme: ThemeKind = 'light'): Record<string, string> {
    const palette = PALETTES[theme] ?? LIGHT;
    return Object.fromEntries(ROLES.map(role => [`--bp-${role}`, palette[role]]));
}

/**
 * Style rules; `@role` stands for a colour, `$font` for a font of FONTS (the
 * sizes the layout measures text with). Sizes live here (not in attributes)
 * so that page-level CSS like `svg text { font-size }` cannot outrank them
 * and make text overflow what the layout measured.
 */
const RULES_WITH_FONTS = `
.bp-bg{fill:@bg}
.bp-lane-border{fill:none;stroke:@lane-border;stroke-width:1}
.bp-lane-evidence{fill:@lane-evidence}.bp-lane-customer{fill:@lane-customer}.bp-lane-onstage{fill:@lane-onstage}.bp-lane-backstage{fill:@lane-backstage}.bp-lane-support{fill:@lane-support}
.bp-zone-evidence{fill:@zone-evidence}.bp-zone-customer{fill:@zone-customer}.bp-zone-onstage{fill:@zone-onstage}.bp-zone-backstage{fill:@zone-backstage}.bp-zone-support{fill:@zone-support}
.bp-zone-label{fill:@zone-fg;$zone}
.bp-lane-title{fill:@fg;$laneTitle}
.bp-title{fill:@title;$title}
.bp-subtitle{fill:@muted;$subtitle}
.bp-line{fill:none;stroke-width:1.6}
.bp-line-interaction{stroke:@line-interaction}
.bp-line-visibility{stroke:@line-visibility;stroke-dasharray:9 5}
.bp-line-internal{stroke:@line-internal;stroke-dasharray:2 4;stroke-linecap:round}
.bp-line-implied{stroke-opacity:0.7}
.bp-line-label{fill:@line-label;$lineLabel;font-style:italic}
.bp-line-label.bp-upright{font-style:normal}
.bp-phase{fill:@phase-bg;stroke:@phase-border}
.bp-phase-title{fill:@phase-fg;$phase}
.bp-phase-shade{fill:@phase-shade}
.bp-time{stroke:@muted;stroke-width:1.2}
.bp-time-label{fill:@muted;$time}
.step{cursor:pointer}
.step>rect,.bp-box{fill:@step-bg;stroke:@step-border;stroke-width:1.2}
.step-tech>rect,.step-tech>.bp-box{fill:@step-tech-bg;stroke:@step-tech-border}
.step>text{fill:@step-fg;$label;text-anchor:middle}
.step>.bp-meta{fill:@step-meta;$meta}
.bp-fail circle,.bp-fail rect{fill:@fail}.bp-fail text{fill:@fail-fg;$badge;text-anchor:middle}
.bp-wait rect{fill:@wait}.bp-wait text{fill:@wait-fg;$badge;text-anchor:middle}
.bp-disc rect{fill:@discretion}.bp-disc text{fill:@discretion-fg;$badge;text-anchor:middle}
.step.bp-highlight>rect,.step:hover>rect{stroke:@highlight;stroke-width:2.5}
.bp-ev rect{fill:@evidence-bg;stroke:@evidence-border}
.bp-ev text{fill:@evidence-fg;$evidence}
path.bp-edge,.bp-edge>path{fill:none;stroke:@edge;stroke-width:1.3;stroke-linejoin:round;marker-end:url(#bp-arrow)}
path.bp-edge-two-way,.bp-edge-two-way>path{stroke-width:1.6;marker-start:url(#bp-arrow-back)}
path.bp-edge.bp-highlight,.bp-edge.bp-highlight>path{stroke:@highlight;stroke-width:2.2}
.bp-arrowhead{fill:@edge}
.bp-edge-label{fill:@edge-label;$edgeLabel}
.bp-legend{fill:@legend-bg;stroke:@legend-border}
.bp-legend-heading{fill:@fg;$legendHeading}
.bp-legend-key{fill:@muted;$legend}
.bp-legend-value{fill:@fg;$legend}
`;

const RULES = RULES_WITH_FONTS.replace(/\$([a-zA-Z]+)/g, (reference, name: string) => {
    if (!(name in FONTS)) throw new Error(`theme.ts: unknown font ${reference}`);
    const font: Font = FONTS[name as keyof typeof FONTS];
    return `font-size:${font.size}px${font.bold ? ';font-weight:700' : ''}`;
});

const ROLE_REFERENCE = /@([a-z-]+)/g;

/** The colour roles the style sheet gives to text (rules with a font size), for the contrast test to cover them all. */
export function textColorRoles(): string[] {
    const roles = new Set<string>();
    for (const rule of RULES.split('}')) {
        const fill = /[{;]fill:@([a-z-]+)/.exec(rule);
        if (fill && rule.includes('font-size')) roles.add(fill[1]);
    }
    return [...roles].sort();
}

export interface StyleOptions { theme: ThemeKind; cssVariablesOnly?: boolean }

/**
 * The `<style>` body. By default: fixed colours first (for renderers without
 * CSS variables, e.g. resvg), then, inside `@supports`, the variable
 * definitions and the rules that use them. With `cssVariablesOnly` the host
 * page defines the variables and the SVG holds no colour value at all.
 */
export function styleSheet(options: StyleOptions): string {
    const variableRules = RULES.replace(ROLE_REFERENCE, (_, role: string) => `var(--bp-${role})`).trim();
    if (options.cssVariablesOnly) return variableRules;
    const palette = PALETTES[options.theme] ?? LIGHT;
    const fixedRules = RULES.replace(ROLE_REFERENCE, (_, role: string) => palette[role as ColorRole]).trim();
    const definitions = Object.entries(themeVariables(options.theme)).map(([name, value]) => `${name}:${value}`).join(';');
    return `${fixedRules}\n@supports (color:var(--bp-bg)){\n.bp-root{${definitions}}\n${variableRules}\n}`;
}
