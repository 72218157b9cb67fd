// Vue's full ESM build (runtime + template compiler) has the types of `vue` itself.
declare module 'vue/dist/vue.esm-browser.js' {
  export * from 'vue';
}
