// Jest runs the LWC and plan-engine suites under force-app; Node-side suites (scripts/) run with node:test.
import lwcJest from '@salesforce/sfdx-lwc-jest/config.js';

const { jestConfig } = lwcJest;

export default {
  ...jestConfig,
  roots: ['<rootDir>/force-app'],
  moduleNameMapper: {
    '^c/(.+)$': '<rootDir>/force-app/main/default/lwc/$1/$1'
  },
  modulePathIgnorePatterns: ['<rootDir>/.localdevserver'],
  testPathIgnorePatterns: [...jestConfig.testPathIgnorePatterns, '/__tests__/data/'],
  coverageProvider: 'v8'
};
