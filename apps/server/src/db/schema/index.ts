export * from './agencies';
export * from './audit';
export * from './code-lists';
export * from './consents';
export * from './households';
export * from './intakes';
export * from './tenants';
export * from './users';
