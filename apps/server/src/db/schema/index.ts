export * from './agencies';
export * from './audit';
export * from './code-lists';
export * from './tenants';
export * from './users';
