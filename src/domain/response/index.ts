export * from './types';
export { canonicalText, responseCheck } from './canonical';
export { makeResponse, parseResponse, serialiseResponse } from './parse';
