/** English: preview messages. Each key here has its twin in ../zh-cn/preview.ts. */
export const preview = {
};
