// Every shared design token is documented on every element, as the custom elements manifest
// (which Storybook's docs pages and the editor types are made from) lists it.
import { expect } from '@open-wc/testing';
import { baseStyles } from './styles.js';

interface Declaration {
  tagName?: string;
  cssProperties?: { name: string; description?: string }[];
}

/** The public tokens the shared styles read, straight from the CSS. */
const tokens = [...new Set(baseStyles.cssText.match(/--skills-[a-z-]+/g) ?? [])].sort();
const elements = [
  'skills-provider',
  'skills-course-finder',
  'skills-enrolment-form',
  'skills-competition-board',
];

describe('design tokens', () => {
  it('documents every shared --skills-* token on every element, keeping their own', async () => {
    // Written by `pnpm --filter @skills-huaian/components build`, which npm test runs first.
    const res = await fetch('/packages/components/custom-elements.json');
    expect(
      res.ok,
      'custom-elements.json is missing: run pnpm --filter @skills-huaian/components build',
    ).to.equal(true);
    const manifest = (await res.json()) as { modules: { declarations?: Declaration[] }[] };
    const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
    expect(tokens.length).to.be.greaterThan(15);
    for (const tag of elements) {
      const declaration = declarations.find((d) => d.tagName === tag);
      expect(declaration, tag).to.exist;
      const documented = new Set(declaration?.cssProperties?.map((p) => p.name));
      expect(
        tokens.filter((t) => !documented.has(t)),
        `${tag}: undocumented tokens`,
      ).to.deep.equal([]);
      for (const p of declaration?.cssProperties ?? [])
        expect(p.description, `${tag} ${p.name}`).to.not.equal('');
    }
    const props = (tag: string) => declarations.find((d) => d.tagName === tag)?.cssProperties ?? [];
    // An element's own tokens and descriptions stay.
    expect(props('skills-competition-board').map((p) => p.name)).to.include('--skills-medal-gold');
    expect(
      props('skills-course-finder').find((p) => p.name === '--skills-color-primary')?.description,
    ).to.equal('Buttons, links, focus ring.');
  });
});
