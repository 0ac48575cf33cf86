// Jest runs the LWC and plan-engine suites under force-app; Node-side suites (scripts/) run with node:test.
import lwcJest from '@salesforce/sfdx-lwc-jest/config.js';

const { jestConfig } = lwcJest;

const LWC = '<rootDir>/force-app/main/default/lwc';

export default {
  ...jestConfig,
  roots: ['<rootDir>/force-app'],
  moduleNameMapper: {
    // The record page's words with the labels file's values (not the 'c.Name' Jest gives a label).
    '^c/planLabels$': '<rootDir>/force-app/test/jest-mocks/planLabels.ts',
    '^c/(.+)$': `${LWC}/$1/$1`
  },
  // toBeAccessible(): @sa11y/jest's axe check (when installed) and the house check (force-app/test/jest-setup).
  setupFilesAfterEnv: [
    ...jestConfig.setupFilesAfterEnv,
    '<rootDir>/force-app/test/jest-setup/accessibility.ts'
  ],
  modulePathIgnorePatterns: ['<rootDir>/.localdevserver'],
  testPathIgnorePatterns: [...jestConfig.testPathIgnorePatterns, '/__tests__/data/'],
  coverageProvider: 'v8'
};
