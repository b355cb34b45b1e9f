import { describe, expect, it } from 'vitest';
import { roleAfterName, roleBeforeName } from '../../../src/core/parties/roles';

describe('roleBeforeName', () => {
  it.each([
    ['The military called for Prime Minister ', 'Prime Minister'],
    ['Former Armenian President ', 'former President'],
    ["Apple's chief executive ", 'chief executive'],
    ['said U.S. Secretary of State ', 'Secretary of State'],
    ['according to Gen. ', 'Gen.'],
    ['Deputy Foreign Minister ', 'Deputy Foreign Minister'],
    ['the then-president ', 'then-president'],
  ])('%j → %j', (before, role) => {
    expect(roleBeforeName(before)).toBe(role);
  });

  it.each([
    'In a statement, ',
    'Meanwhile, ',
    'met with ',
    'The call for ',
    'President, ',
  ])('no role in %j', (before) => {
    expect(roleBeforeName(before)).toBeNull();
  });
});

describe('roleAfterName', () => {
  it.each([
    [', the chief executive of Acme Corp, said', 'chief executive'],
    [', the former president, said on Monday', 'former president'],
    [", Armenia's prime minister, told reporters", 'prime minister'],
    [', a spokeswoman for the ministry, said', 'spokeswoman'],
  ])('%j → %j', (after, role) => {
    expect(roleAfterName(after)).toBe(role);
  });

  it.each([
    [', who spoke on Monday, said'],
    [', 45, said'],
    [', France, said'],
    [' said the army would stay'],
  ])('no role in %j', (after) => {
    expect(roleAfterName(after)).toBeNull();
  });
});
