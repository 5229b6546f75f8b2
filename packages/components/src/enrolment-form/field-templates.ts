// Native form controls with their <label>, hint and error wired up for assistive technology:
// the error sits next to the field, aria-invalid marks it, aria-describedby reads hint and error.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { errorId, fieldId } from './field-errors.js';

export interface FieldCommon {
  path: string;
  label: string;
  /** Rendered error text, or undefined when the field is fine. */
  error?: string;
  hint?: string;
  /** Extra ids to describe the field by (e.g. the ID number's birth-date confirmation). */
  describedBy?: string[];
  optionalText?: string;
}

const hintId = (path: string) => `${fieldId(path)}-hint`;

function describedBy(f: FieldCommon): string | undefined {
  const ids = [f.hint ? hintId(f.path) : '', ...(f.describedBy ?? []), f.error ? errorId(f.path) : ''].filter(
    Boolean,
  );
  return ids.length ? ids.join(' ') : undefined;
}

function labelText(f: FieldCommon) {
  return html`${f.label}${f.optionalText ? html` <span class="muted">${f.optionalText}</span>` : nothing}`;
}

export function hintTemplate(f: FieldCommon) {
  return f.hint ? html`<p class="hint muted" id=${hintId(f.path)}>${f.hint}</p>` : nothing;
}

export function errorTemplate(path: string, error: string | undefined) {
  return error ? html`<p class="field-error" part="field-error" id=${errorId(path)}>${error}</p>` : nothing;
}

export interface TextFieldOptions extends FieldCommon {
  value: string;
  type?: 'text' | 'tel';
  autocomplete?: string;
  inputmode?: 'text' | 'numeric' | 'tel';
  maxlength?: number;
  spellcheck?: boolean;
  multiline?: boolean;
  onInput: (value: string) => void;
  onBlur: () => void;
  after?: TemplateResult | typeof nothing;
}

export function textField(o: TextFieldOptions) {
  const id = fieldId(o.path);
  const control = o.multiline
    ? html`<textarea
        id=${id}
        name=${o.path}
        rows="3"
        maxlength=${ifDefined(o.maxlength)}
        aria-invalid=${o.error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(o))}
        ?required=${!o.optionalText}
        .value=${live(o.value)}
        @input=${(e: Event) => o.onInput((e.target as HTMLTextAreaElement).value)}
        @blur=${o.onBlur}
      ></textarea>`
    : html`<input
        id=${id}
        name=${o.path}
        type=${o.type ?? 'text'}
        autocomplete=${ifDefined(o.autocomplete)}
        inputmode=${ifDefined(o.inputmode)}
        maxlength=${ifDefined(o.maxlength)}
        spellcheck=${o.spellcheck === false ? 'false' : nothing}
        aria-invalid=${o.error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(o))}
        ?required=${!o.optionalText}
        .value=${live(o.value)}
        @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)}
        @blur=${o.onBlur}
      />`;
  return html`<div class="field" part="field">
    <label for=${id}>${labelText(o)}</label>
    ${hintTemplate(o)} ${control} ${errorTemplate(o.path, o.error)} ${o.after ?? nothing}
  </div>`;
}

export interface SelectFieldOptions extends FieldCommon {
  value: string;
  placeholder: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
  onBlur: () => void;
}

export function selectField(o: SelectFieldOptions) {
  const id = fieldId(o.path);
  return html`<div class="field" part="field">
    <label for=${id}>${labelText(o)}</label>
    ${hintTemplate(o)}
    <select
      id=${id}
      name=${o.path}
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(o))}
      ?required=${!o.optionalText}
      @change=${(e: Event) => o.onChange((e.target as HTMLSelectElement).value)}
      @blur=${o.onBlur}
    >
      <option value="" ?selected=${o.value === ''}>${o.placeholder}</option>
      ${o.options.map((op) => html`<option value=${op.value} ?selected=${op.value === o.value}>${op.label}</option>`)}
    </select>
    ${errorTemplate(o.path, o.error)}
  </div>`;
}

export interface ChoiceGroupOptions extends FieldCommon {
  /** radio: one value; checkbox: several. */
  type: 'radio' | 'checkbox';
  selected: readonly string[];
  options: { value: string; label: string; description?: string }[];
  onToggle: (value: string, checked: boolean) => void;
  columns?: boolean;
}

/** A fieldset of radios or checkboxes; the first control carries the field's id for focus. */
export function choiceGroup(o: ChoiceGroupOptions) {
  const id = fieldId(o.path);
  return html`<fieldset
    class="field choices"
    part="field"
    aria-invalid=${o.error ? 'true' : nothing}
    aria-describedby=${ifDefined(describedBy(o))}
  >
    <legend>${labelText(o)}</legend>
    ${hintTemplate(o)} ${errorTemplate(o.path, o.error)}
    <div class=${o.columns ? 'choice-list columns' : 'choice-list'}>
      ${o.options.map(
        (op, i) => html`<label class="check">
          <input
            type=${o.type}
            id=${i === 0 ? id : `${id}-${i}`}
            name=${o.path}
            value=${op.value}
            .checked=${live(o.selected.includes(op.value))}
            @change=${(e: Event) => o.onToggle(op.value, (e.target as HTMLInputElement).checked)}
          />
          <span
            >${op.label}${op.description ? html`<span class="muted choice-description">${op.description}</span>` : nothing}</span
          >
        </label>`,
      )}
    </div>
  </fieldset>`;
}

export interface CheckboxFieldOptions extends FieldCommon {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** One required checkbox (consent), its error next to it. */
export function checkboxField(o: CheckboxFieldOptions) {
  const id = fieldId(o.path);
  return html`<div class="field" part="field">
    ${errorTemplate(o.path, o.error)}
    <label class="check consent" for=${id}>
      <input
        type="checkbox"
        id=${id}
        name=${o.path}
        required
        aria-invalid=${o.error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(o))}
        .checked=${live(o.checked)}
        @change=${(e: Event) => o.onChange((e.target as HTMLInputElement).checked)}
      />
      <span>${o.label}</span>
    </label>
  </div>`;
}
