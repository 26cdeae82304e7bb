/** English: editor messages. Each key here has its twin in ../zh-cn/editor.ts. */
export const editor = {
};
