import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Spawned-binary tests run dist/: it is built for each run (tests/global-setup.ts).
    globalSetup: ['tests/global-setup.ts'],
    // End-to-end tests spawn the built CLI in pseudo-terminals; give slow CI machines room.
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
