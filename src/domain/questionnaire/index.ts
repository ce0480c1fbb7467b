export * from './navigation';
export * from './visibility';
export * from './validation';
export * from './wording';
