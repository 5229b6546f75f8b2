import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// Builds the React and Vue example pages (react/index.html, vue/index.html) into dist/. They use
// @skills-huaian/components through its package exports, i.e. its built dist/.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [
    react(),
    vue({
      // The skills-* tags are custom elements, not Vue components.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('skills-') } },
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1000,
    rollupOptions: {
      input: {
        react: fileURLToPath(new URL('./react/index.html', import.meta.url)),
        vue: fileURLToPath(new URL('./vue/index.html', import.meta.url)),
      },
    },
  },
});
