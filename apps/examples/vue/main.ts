// A Vue 3 host: the elements used directly in a template (vite.config.ts tells Vue's compiler
// that skills-* tags are custom elements); importing the subpaths registers them.
import '@skills-huaian/components/provider';
import '@skills-huaian/components/course-finder';
import '@skills-huaian/components/competition-board';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
