export * from './codes';
export * from './entries';
export * from './indicators';
export * from './report';
export * from './structure';
export * from './survey';
