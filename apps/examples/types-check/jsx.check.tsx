// Type-checked only (not built): the generated JSX declarations let a React 19 page use the
// elements as plain tags, with their attributes and events typed.
import type {} from '@skills-huaian/components/jsx';

export function PlainTags() {
  return (
    <>
      <skills-course-finder provider-id="prv_hatc_tech" page-size={5} training-style="order" />
      <skills-competition-board mode="kiosk" onskills-competition-select={(e) => console.log(e.detail)} />
    </>
  );
}
