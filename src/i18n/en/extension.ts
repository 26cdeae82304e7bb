/** English: extension messages. Each key here has its twin in ../zh-cn/extension.ts. */
export const extension = {
};
