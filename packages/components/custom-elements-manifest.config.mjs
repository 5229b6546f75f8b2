// @custom-elements-manifest/analyzer: reads the elements' JSDoc (@summary, @attr, @fires,
// @csspart, @cssprop) into custom-elements.json, which Storybook's controls and the generated
// editor/framework types are made from.

/**
 * Our elements register through `defineElement('skills-x', SkillsX)` (a guarded
 * customElements.define), which the analyzer does not know: record those calls and give each
 * class its tag name and each define module its custom-element-definition export.
 */
function defineElementPlugin() {
  const definitions = []; // { tag, className, modulePath }
  return {
    name: 'skills-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node)) return;
      if (!ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, ctor] = node.arguments;
      if (!tag || !ctor || !ts.isStringLiteralLike(tag) || !ts.isIdentifier(ctor)) return;
      definitions.push({ tag: tag.text, className: ctor.text, modulePath: moduleDoc.path });
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const { tag, className, modulePath } of definitions) {
        // The class is a custom element even when it extends our SkillsElement rather than
        // LitElement directly (which is all the analyzer recognises by itself).
        const owner = customElementsManifest.modules.find((m) =>
          m.declarations?.some((d) => d.kind === 'class' && d.name === className),
        );
        if (!owner) continue;
        const decl = owner.declarations.find((d) => d.kind === 'class' && d.name === className);
        decl.customElement = true;
        decl.tagName = tag;
        // `dispatchEvent(new CustomEvent(name, …))` with a variable shows up as an event called
        // "name"; our events are all `skills-…` and documented with @fires.
        if (decl.events) decl.events = decl.events.filter((e) => e.name?.startsWith('skills-'));
        // Only the public API: not `#private`, `private`/`protected` (internal @state) or static members.
        if (decl.members) {
          decl.members = decl.members.filter((m) => !m.privacy && !m.static && !m.name.startsWith('#'));
        }
        const defineModule = customElementsManifest.modules.find((m) => m.path === modulePath);
        if (defineModule) {
          defineModule.exports ??= [];
          defineModule.exports.push({
            kind: 'custom-element-definition',
            name: tag,
            declaration: { name: className, module: owner.path },
          });
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/test-support/**', 'src/react/**', 'src/autoloader.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
  plugins: [defineElementPlugin()],
};
