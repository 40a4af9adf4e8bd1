/** Where keys type or move a control's own value: presentation keys leave them alone. */
const TYPING = [
  'input',
  'textarea',
  'select',
  '[contenteditable]:not([contenteditable="false"])',
  '[role="textbox"]',
  '[role="combobox"]',
  '[role="listbox"]',
  '[role="slider"]',
  '[role="spinbutton"]',
  '[role="radiogroup"]',
  '[role="tablist"]',
  '[role="menu"]',
  '[role="grid"]',
].join(',');

/** Where Space presses a control (a button, a link, a summary) rather than turning a page. */
const PRESSABLE = ['button', 'a[href]', 'summary', '[role="button"]', '[role="link"]', '[role="checkbox"]'].join(',');

/**
 * Whether a key press belongs to what has the focus (or to the browser's shortcuts) rather than to
 * presentation mode: a field being typed in, a control with its own arrow keys, Space on a button,
 * or a key held with Ctrl, Alt or Meta.
 */
export function keyBelongsElsewhere(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || event.isComposing) return true;
  const target = event.target instanceof Element ? event.target : null;
  if (!target) return false;
  if (target.closest(TYPING)) return true;
  return event.key === ' ' && target.closest(PRESSABLE) !== null;
}
