/** English: rules messages. Each key here has its twin in ../zh-cn/rules.ts. */
export const rules = {
};
