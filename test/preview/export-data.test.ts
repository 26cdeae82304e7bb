import { describe, expect, it } from 'vitest';
import { decodePngDataUrl, exportPath } from '../../src/extension/preview/export-data.js';

const PNG_1x1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

describe('decodePngDataUrl', () => {
    it('decodes a PNG data URL to its bytes', () => {
        const bytes = decodePngDataUrl(`data:image/png;base64,${PNG_1x1}`);
        expect(bytes).toBeInstanceOf(Uint8Array);
        expect(Array.from(bytes!.slice(1, 4), b => String.fromCharCode(b)).join('')).toBe('PNG');
    });

    it.each([
        '',
        `data:image/jpeg;base64,${PNG_1x1}`,
        'data:image/svg+xml;base64,PHN2Zy8+',
        'data:image/png;base64,not base64!',
        'data:image/png;base64,AAAAAAAAAAAA', // base64, but not a PNG
        `https://example.com/x.png`
    ])('rejects %j', url => {
        expect(decodePngDataUrl(url)).toBeUndefined();
    });
});

describe('exportPath', () => {
    it('replaces the .blueprint extension', () => {
        expect(exportPath('/work/flows/deposit.blueprint', 'svg')).toBe('/work/flows/deposit.svg');
        expect(exportPath('/work/flows/deposit.BLUEPRINT', 'png')).toBe('/work/flows/deposit.png');
    });

    it('adds the extension to other names', () => {
        expect(exportPath('Untitled-1', 'svg')).toBe('Untitled-1.svg');
    });
});
