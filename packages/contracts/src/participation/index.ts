export * from './codes';
export * from './matching';
export * from './participants';
export * from './resources';
