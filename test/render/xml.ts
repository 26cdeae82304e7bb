/** Strict XML parsing for tests: any parser error or warning fails. */
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';

export function parseSvg(svg: string): Document {
    const problems: string[] = [];
    const document = new DOMParser({
        onError: (level, message) => { problems.push(`${level}: ${message}`); }
    }).parseFromString(svg, 'image/svg+xml');
    if (problems.length > 0) throw new Error(`SVG is not well-formed:\n${problems.join('\n')}`);
    return document;
}

export function allElements(document: Document): Element[] {
    return Array.from(document.getElementsByTagName('*'));
}

/** The text of an element and its descendants. */
export function textOf(element: Element): string {
    return element.textContent ?? '';
}
