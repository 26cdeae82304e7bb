/** English: preview messages. Each key here has its twin in ../zh-cn/preview.ts. */
export const preview = {
    /** The overview in the corner of a large picture. */
    minimap: 'Overview of the whole process: click or drag to move the view',
    exported: {
        done: (file: string) => `Exported ${file}`,
        /** A PNG larger than the browser's canvas limit is drawn at a smaller scale. */
        scaled: (file: string, percent: string) => `Exported ${file}, drawn at ${percent} % to stay within the browser's canvas size limit`,
        open: 'Open',
        reveal: 'Reveal in Explorer'
    }
};
