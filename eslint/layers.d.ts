import type { ESLint, Rule } from 'eslint';

export const LAYERS: string[];
export const POLICY: Record<string, { layers: string[]; packages: string[] }>;
export const EXCEPTIONS: Record<string, { layers: string[]; packages: string[] }>;
export function layerOf(file: string, srcRoot: string): string | undefined;
export function packageOf(specifier: string): string;
export const layersRule: Rule.RuleModule;
declare const plugin: ESLint.Plugin;
export default plugin;
