export * from './core';
export * from './emergency';
export * from './records';
