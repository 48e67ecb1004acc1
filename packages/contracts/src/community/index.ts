export * from './codes';
export * from './councils';
export * from './dispatch';
export * from './figures';
export * from './programmes';
export * from './registries';
export { booleanParam } from './shared';
