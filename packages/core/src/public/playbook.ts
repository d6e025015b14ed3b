// @reconnect/core/playbook: the method's entries (categories, steps, reasons, metrics) and how findings are worded

export * from '../playbook/categories.ts';
export * from '../playbook/reasons.ts';
export * from '../playbook/steps.ts';
export * from '../safety-wording.ts';
export * from '../wording.ts';
