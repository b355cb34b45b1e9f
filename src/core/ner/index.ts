/**
 * The named-entity tagger (PER, ORG, LOC, MISC): an averaged structured perceptron over hashed features,
 * decoded with Viterbi under IOB2 constraints. Pure: no Node or extension APIs, so the content script, the
 * CLI and the tests run the same code. Weights: data/ner/model.bin (`npm run train:ner`).
 */
export type { EntityLabel } from './labels';
export type { NerModel } from './model';
export { decodeModel, encodeModel } from './model-format';
export { tagSentences } from './tag-document';
export { tokenize, type TextToken } from './tokenize';
export { findEntities, type EntityMention } from './find-entities';
export { spansOf, type TokenSpan } from './spans';
