export * from './common/errors';
export * from './common/primitives';
export * from './common/roles';
