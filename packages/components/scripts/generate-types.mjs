// Generates, from custom-elements.json, what editors and frameworks need to know the elements:
//   dist/types/html-custom-data.json  VS Code `html.customData` (tags, attributes, values)
//   dist/types/jsx.d.ts               React 19 `JSX.IntrinsicElements`
//   dist/types/vue.d.ts               Vue `GlobalComponents`
// Run by build-dist.mjs after the analyzer; `node scripts/generate-types.mjs` runs it alone.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { distDir, packageDir } from './elements.mjs';

/** The manifest's custom element declarations, with the module path each is declared in. */
export function readElements(manifestFile = join(packageDir, 'custom-elements.json')) {
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const out = [];
  for (const mod of manifest.modules ?? []) {
    for (const decl of mod.declarations ?? []) {
      if (!decl.customElement || !decl.tagName) continue;
      out.push({ ...decl, modulePath: mod.path });
    }
  }
  return out.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

const comment = (text, indent) =>
  text
    ? `${indent}/** ${String(text)
        .replaceAll('*/', '*\\/')
        .replace(/\s*\n\s*/g, ' ')} */\n`
    : '';

/** String literal members of a type like `'light' | 'dark' | undefined`, or null if it has others. */
function literalValues(typeText) {
  if (!typeText) return null;
  const parts = typeText
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p && p !== 'undefined' && p !== 'null');
  if (!parts.length || !parts.every((p) => /^(['"]).*\1$/.test(p))) return null;
  return parts.map((p) => p.slice(1, -1));
}

/** The attribute's type as the markup sees it: a literal union, number, boolean or string. */
function attributeType(attr) {
  const text = attr.type?.text ?? '';
  const values = literalValues(text);
  if (values) return values.map((v) => JSON.stringify(v)).join(' | ');
  if (/\bboolean\b/.test(text)) return 'boolean | ""';
  if (/\bnumber\b/.test(text)) return 'number | string';
  return 'string';
}

const publicFields = (el) =>
  (el.members ?? []).filter(
    (m) => m.kind === 'field' && !m.static && !m.privacy && !m.name.startsWith('_') && !m.readonly,
  );

const eventProp = (name, style) =>
  style === 'vue' ? `on${name.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase())}` : `on${name}`;

function customData(elements) {
  return {
    $schema:
      'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((el) => ({
      name: el.tagName,
      description: [el.summary ?? el.description ?? '', ...(el.events ?? []).map((e) => `@fires ${e.name}`)]
        .filter(Boolean)
        .join('\n\n'),
      attributes: (el.attributes ?? []).map((a) => {
        const values = literalValues(a.type?.text);
        return {
          name: a.name,
          ...(a.description ? { description: a.description } : {}),
          ...(values ? { values: values.map((name) => ({ name })) } : {}),
        };
      }),
    })),
  };
}

function declarations(elements, style) {
  const typesDir = join(distDir, 'types');
  const imports = elements.map((el) => {
    const js = el.modulePath.replace(/^src\//, '').replace(/\.ts$/, '.js');
    const from = relative(typesDir, join(distDir, js)).replaceAll('\\', '/');
    return `import type { ${el.name} } from '${from.startsWith('.') ? from : `./${from}`}';`;
  });
  const propsOf = (el, indent) => {
    const lines = [];
    const attrNames = new Set();
    for (const a of el.attributes ?? []) {
      attrNames.add(a.name);
      // React's `style` prop is the CSS object; the course finder's `training-style` alias covers it.
      if (style === 'react' && a.name === 'style') continue;
      lines.push(`${comment(a.description, indent)}${indent}'${a.name}'?: ${attributeType(a)};`);
    }
    for (const f of publicFields(el)) {
      if (attrNames.has(f.name)) continue;
      lines.push(`${comment(f.description, indent)}${indent}${f.name}?: ${el.name}['${f.name}'];`);
    }
    for (const e of el.events ?? []) {
      if (!e.name) continue;
      lines.push(
        `${comment(e.description, indent)}${indent}'${eventProp(e.name, style)}'?: (event: CustomEvent) => void;`,
      );
    }
    return lines.join('\n');
  };
  const header = '// Generated from custom-elements.json by scripts/generate-types.mjs. Do not edit.\n';
  if (style === 'react') {
    return `${header}import type { DetailedHTMLProps, HTMLAttributes } from 'react';
${imports.join('\n')}

type ElementProps<E> = DetailedHTMLProps<HTMLAttributes<E>, E>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements
  .map(
    (el) =>
      `${comment(el.summary ?? el.description, '      ')}      '${el.tagName}': ElementProps<${el.name}> & {\n${propsOf(el, '        ')}\n      };`,
  )
  .join('\n')}
    }
  }
}
`;
  }
  return `${header}import type { DefineComponent } from 'vue';
${imports.join('\n')}

declare module 'vue' {
  interface GlobalComponents {
${elements
  .map(
    (el) =>
      `${comment(el.summary ?? el.description, '    ')}    '${el.tagName}': DefineComponent<{\n${propsOf(el, '      ')}\n    }>;`,
  )
  .join('\n')}
  }
}
`;
}

export function generateTypes() {
  const elements = readElements();
  const typesDir = join(distDir, 'types');
  mkdirSync(typesDir, { recursive: true });
  writeFileSync(
    join(typesDir, 'html-custom-data.json'),
    `${JSON.stringify(customData(elements), null, 2)}\n`,
  );
  writeFileSync(join(typesDir, 'jsx.d.ts'), declarations(elements, 'react'));
  writeFileSync(join(typesDir, 'vue.d.ts'), declarations(elements, 'vue'));
  // Types-only subpaths still need a module for runtimes that resolve them.
  writeFileSync(join(typesDir, 'jsx.js'), 'export {};\n');
  writeFileSync(join(typesDir, 'vue.js'), 'export {};\n');
  return elements;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const elements = generateTypes();
  console.log(`generate-types: ${elements.length} element(s) → dist/types`);
}
